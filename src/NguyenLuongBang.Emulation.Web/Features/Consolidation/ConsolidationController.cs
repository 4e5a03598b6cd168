using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Awards;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Consolidation;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Consolidation;

public sealed class AssessmentForm
{
    public string? Direction { get; set; }

    public string? Strengths { get; set; }

    public string? Limitations { get; set; }

    public string? TasksAhead { get; set; }

    public string? Recommendations { get; set; }

    /// <summary>A year's report: the synthesis of each content area by its number, as the reviewer edits it.</summary>
    public Dictionary<int, string?> Areas { get; set; } = [];

    /// <summary>What the portal had drafted for each area when the page was shown: a text left as it was is not kept, even if the data moved since.</summary>
    public Dictionary<int, string?> Drafts { get; set; } = [];
}

public sealed class AssessmentFormValidator : AbstractValidator<AssessmentForm>
{
    public AssessmentFormValidator()
    {
        foreach (var part in new System.Linq.Expressions.Expression<Func<AssessmentForm, string?>>[] { f => f.Direction, f => f.Strengths, f => f.Limitations, f => f.TasksAhead, f => f.Recommendations })
        {
            RuleFor(part).MaximumLength(ConsolidatedReport.SectionMaxLength).WithMessage("Mỗi phần tối đa {MaxLength} ký tự.");
        }

        RuleForEach(f => f.Areas).Must(a => a.Key is >= 1 and <= 8).WithMessage("Nội dung thi đua không có trong kế hoạch.")
            .Must(a => (a.Value?.Length ?? 0) <= ConsolidatedReport.SectionMaxLength)
            .WithMessage($"Phần tổng hợp của mỗi nội dung tối đa {ConsolidatedReport.SectionMaxLength} ký tự.");
    }
}

/// <summary>
/// The consolidated report to the city for a year or a review round: the reviewer drafts the
/// assessment and submits it for signature; the chairman approves (number, date, stored files) or
/// sends it back. Downloads of an issued report serve its stored bytes; a draft renders live,
/// marked DỰ THẢO.
/// </summary>
[Authorize(Policy = Policies.ReadAllReports)]
[Route("Consolidation/{round:round}")]
public sealed class ConsolidationController(AppDbContext db, ConsolidationQuery query, ConsolidationSignOff signOff, IssuedFiles files) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(ReviewRound round, CancellationToken cancellationToken) =>
        View(await PageAsync(round, null, cancellationToken));

    [Authorize(Policy = Policies.Review)]
    [HttpPost("")]
    public async Task<IActionResult> Save(ReviewRound round, AssessmentForm form, [FromServices] IValidator<AssessmentForm> validator, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState);
            return View("Index", await PageAsync(round, form, cancellationToken));
        }

        try
        {
            await signOff.SaveAssessmentAsync(round, form, User.ToActor(), cancellationToken);
            TempData["Message"] = "Đã lưu phần đánh giá của báo cáo tổng hợp.";
        }
        catch (DomainException refused)
        {
            TempData["Error"] = refused.Message;
        }

        return RedirectToAction(nameof(Index), new { round = round.Code });
    }

    /// <summary>Trình ký: sends the report to the chairman; a reason is needed before the deadline or with reports not accepted.</summary>
    [Authorize(Policy = Policies.Review)]
    [HttpPost("Submit")]
    public Task<IActionResult> Submit(ReviewRound round, string? reason, CancellationToken cancellationToken) =>
        DoAsync(round, () => signOff.SubmitForSignatureAsync(round, reason, User.ToActor(), cancellationToken), "Đã trình Chủ tịch ký báo cáo tổng hợp.");

    /// <summary>The chairman sends the report back to Phòng VH-XH with a comment.</summary>
    [Authorize(Policy = Policies.Approve)]
    [HttpPost("SendBack")]
    public Task<IActionResult> SendBack(ReviewRound round, string? comment, CancellationToken cancellationToken) =>
        DoAsync(round, () => signOff.SendBackAsync(round, comment, User.ToActor(), cancellationToken), "Đã trả lại báo cáo cho Phòng Văn hóa - Xã hội.");

    /// <summary>The chairman (or the vice-chairman for him) approves and signs: number, date and the stored files.</summary>
    [Authorize(Policy = Policies.Approve)]
    [HttpPost("Approve")]
    public async Task<IActionResult> Approve(ReviewRound round, CancellationToken cancellationToken)
    {
        try
        {
            var issued = await signOff.ApproveAsync(round, User.ToActor(), cancellationToken);
            TempData["Message"] = $"Đã ký ban hành báo cáo số {issued.Number}.";
        }
        catch (DomainException refused)
        {
            TempData["Error"] = refused.Message;
        }

        return RedirectToAction(nameof(Index), new { round = round.Code });
    }

    [HttpGet("Pdf")]
    public Task<IActionResult> Pdf(ReviewRound round, CancellationToken cancellationToken) =>
        DownloadAsync(round, IssuedFileFormat.Pdf, d => PdfRenderer.Render(d), DocumentIssuer.PdfType, "pdf", cancellationToken);

    [HttpGet("Word")]
    public Task<IActionResult> Word(ReviewRound round, CancellationToken cancellationToken) =>
        DownloadAsync(round, IssuedFileFormat.Word, WordRenderer.Render, DocumentIssuer.WordType, "docx", cancellationToken);

    [HttpGet("Excel")]
    public async Task<IActionResult> Excel(ReviewRound round, CancellationToken cancellationToken)
    {
        return File(ConsolidationExcel.Render(await query.LoadAsync(round, cancellationToken)),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ConsolidationExcel.FileName(round, "xlsx"));
    }

    /// <summary>The issued report's stored file; before issue, the draft rendered from today's data.</summary>
    private async Task<IActionResult> DownloadAsync(ReviewRound round, IssuedFileFormat format, Func<OfficialDocument, byte[]> render, string contentType, string extension,
        CancellationToken cancellationToken)
    {
        var issued = await db.ConsolidatedReports.AsNoTracking().Where(r => r.RoundKind == round.Kind && r.RoundYear == round.Year && r.Status == ConsolidatedReportStatus.Issued)
            .Select(r => new { r.DocumentId }).FirstOrDefaultAsync(cancellationToken);
        if (issued is not null)
        {
            // An issued report is what was stored when it was signed, or nothing: never drawn again.
            return await files.DownloadAsync(issued.DocumentId, format, cancellationToken);
        }

        var document = ConsolidatedReportDocument.Compose(await query.LoadAsync(round, cancellationToken));
        return File(render(document), contentType, ConsolidationExcel.FileName(round, extension));
    }

    private async Task<IActionResult> DoAsync(ReviewRound round, Func<Task> step, string message)
    {
        try
        {
            await step();
            TempData["Message"] = message;
        }
        catch (DomainException refused)
        {
            TempData["Error"] = refused.Message;
        }

        return RedirectToAction(nameof(Index), new { round = round.Code });
    }

    private async Task<ConsolidationPage> PageAsync(ReviewRound round, AssessmentForm? typed, CancellationToken cancellationToken)
    {
        var stored = await db.ConsolidatedReports.AsNoTracking().Include(r => r.History)
            .SingleOrDefaultAsync(r => r.RoundKind == round.Kind && r.RoundYear == round.Year, cancellationToken);
        var data = await query.LoadAsync(round, cancellationToken);
        var form = typed ?? new AssessmentForm
        {
            Direction = stored?.Direction, Strengths = stored?.Strengths, Limitations = stored?.Limitations, TasksAhead = stored?.TasksAhead, Recommendations = stored?.Recommendations,
            Areas = data.Areas.ToDictionary(a => a.Number, a => (string?)a.Synthesis(round)),
        };
        var lastReturn = stored?.History.Where(h => h.From == ConsolidatedReportStatus.AwaitingSignature && h.To == ConsolidatedReportStatus.Draft).MaxBy(h => h.At);
        return new ConsolidationPage(round, stored?.Status ?? ConsolidatedReportStatus.Draft, stored?.Number, stored?.IssuedOn, form, data,
            stored?.MissingParts() ?? new ConsolidatedReport(round, Actor.System, default).MissingParts(),
            data.Units.Count(u => u.Status != StatusText.Of(Domain.Reports.ReportStatus.Accepted)),
            lastReturn?.Comment,
            stored?.History.OrderBy(h => h.At).ToList() ?? [])
        {
            CanEdit = stored?.CanEdit ?? true,
            CanSign = stored?.CanSign ?? false,
        };
    }
}

/// <param name="MissingParts">Assessment parts still empty: submitting for signature is refused while any remain.</param>
/// <param name="NotAccepted">Unit reports of the round not accepted: submitting then needs a reason.</param>
/// <param name="SentBackComment">The chairman's comment when the report was last sent back.</param>
public sealed record ConsolidationPage(ReviewRound Round, ConsolidatedReportStatus Status, string? Number, DateOnly? IssuedOn, AssessmentForm Form, ConsolidationData Data,
    IReadOnlyList<string> MissingParts, int NotAccepted, string? SentBackComment, IReadOnlyList<ConsolidatedReportStatusChange> History)
{
    /// <summary>Whether the assessment may be edited and sent for signature (the report's own rule; true before one exists).</summary>
    public bool CanEdit { get; init; }

    /// <summary>Whether the chairman may sign it or send it back.</summary>
    public bool CanSign { get; init; }
}
