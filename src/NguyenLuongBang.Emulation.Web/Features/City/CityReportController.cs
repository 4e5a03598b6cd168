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
using NguyenLuongBang.Emulation.Web.Features.Consolidation;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;
using NguyenLuongBang.Emulation.Web.Identity;

namespace NguyenLuongBang.Emulation.Web.Features.City;

/// <summary>What the city's report page shows: the report's state, the assessment being written, and the figures it will print.</summary>
/// <param name="SubmittedByMe">The signed-in user sent it for signature: another member of the Ban signs it.</param>
public sealed record CityReportPage(int Year, ConsolidatedReportStatus Status, string? Number, DateOnly? IssuedOn, AssessmentForm Form, CityReportData Data,
    IReadOnlyList<string> MissingParts, string? SentBackComment, IReadOnlyList<ConsolidatedReportStatusChange> History, bool CanEdit, bool CanSign, bool SubmittedByMe)
{
    /// <summary>The signed-in leader's office in the Ban and name, as the report would be signed; null: they hold no signing office.</summary>
    public Domain.Documents.Signatory? SignsAs { get; init; }
}

/// <summary>
/// The city's own consolidated report across communes, by the Ban Thi đua - Khen thưởng: one of its
/// officers writes the assessment and sends it for signature; a leader of the Ban (role CityLeader)
/// other than the one who sent it signs it as the head, or as a deputy for him, with the name the
/// city's settings give that title; only then is it numbered in the city's register (…/BC-BTĐKT)
/// and its PDF and Word stored for good. The same report, rules and sign-off as a commune's.
/// </summary>
[Authorize(Policy = Policies.City)]
[Route("Thanh-pho/Bao-cao-tong-hop")]
public sealed class CityReportController(AppDbContext db, CityQueries queries, ConsolidationSignOff signOff, IssuedFiles files, Signatories signatories, TimeProvider clock)
    : Controller
{
    /// <summary>This year's report (the last year of the movement after it ends).</summary>
    [HttpGet("")]
    public IActionResult Current() =>
        RedirectToAction(nameof(Index), new { year = Math.Clamp(VietnamTime.Today(clock).Year, ReviewRound.FirstYear, ReviewRound.FinalYear) });

    [HttpGet("{year:int}")]
    public async Task<IActionResult> Index(int year, CancellationToken cancellationToken) =>
        Known(year) ? View(await PageAsync(year, null, cancellationToken)) : NotFound();

    [HttpPost("{year:int}")]
    public async Task<IActionResult> Save(int year, AssessmentForm form, [FromServices] IValidator<AssessmentForm> validator, CancellationToken cancellationToken)
    {
        if (!Known(year))
        {
            return NotFound();
        }

        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Index), await PageAsync(year, form, cancellationToken));
        }

        return await DoAsync(year, () => signOff.SaveAssessmentAsync(ReviewRound.Annual(year), form, User.ToActor(), cancellationToken), "Đã lưu phần đánh giá của báo cáo.");
    }

    /// <summary>Trình ký: before the units' deadline, or with unit reports not accepted anywhere in the city, only with a reason.</summary>
    [HttpPost("{year:int}/Trinh-ky")]
    public Task<IActionResult> Submit(int year, string? reason, CancellationToken cancellationToken) =>
        DoAsync(year, () => signOff.SubmitForSignatureAsync(ReviewRound.Annual(year), reason, User.ToActor(),
            async ct => (await queries.OverviewAsync(year, ct)).Communes.Sum(c => c.Units - c.Accepted), cancellationToken), "Đã trình ký báo cáo của thành phố.");

    [Authorize(Policy = Policies.CitySign)]
    [HttpPost("{year:int}/Tra-lai")]
    public Task<IActionResult> SendBack(int year, string? comment, CancellationToken cancellationToken) =>
        DoAsync(year, () => signOff.SendBackAsync(ReviewRound.Annual(year), comment, User.ToActor(), cancellationToken), "Đã trả lại báo cáo để chỉnh sửa.");

    /// <summary>Signs and issues: the number in the city's register, today's date, the signer's name from the city's settings, the stored files.</summary>
    [Authorize(Policy = Policies.CitySign)]
    [HttpPost("{year:int}/Ky")]
    public Task<IActionResult> Approve(int year, CancellationToken cancellationToken)
    {
        var by = User.ToActor();
        return DoAsync(year, async () =>
        {
            var issued = await signOff.ApproveAsync(ReviewRound.Annual(year), by, new ReportIssue(DocumentNumbers.CityBoard,
                    $"Báo cáo kết quả Phong trào thi đua năm {year} trên địa bàn thành phố", "bao-cao-thanh-pho",
                    ct => signatories.CityBoardAsync(by, ct),
                    async (numbered, signer, ct) => CityReportDocument.Compose(await queries.ReportAsync(year, signer, numbered, ct))),
                cancellationToken);
            TempData["Message"] = $"Đã ký ban hành báo cáo số {issued.Number}.";
        }, null);
    }

    [HttpGet("{year:int}.pdf")]
    public Task<IActionResult> Pdf(int year, CancellationToken cancellationToken) =>
        DownloadAsync(year, IssuedFileFormat.Pdf, d => PdfRenderer.Render(d), DocumentIssuer.PdfType, "pdf", cancellationToken);

    [HttpGet("{year:int}.docx")]
    public Task<IActionResult> Word(int year, CancellationToken cancellationToken) =>
        DownloadAsync(year, IssuedFileFormat.Word, WordRenderer.Render, DocumentIssuer.WordType, "docx", cancellationToken);

    private static bool Known(int year) => year >= ReviewRound.FirstYear && year <= ReviewRound.FinalYear;

    /// <summary>The issued report's stored file, never drawn again; before issue, the draft drawn from today's figures, marked DỰ THẢO.</summary>
    private async Task<IActionResult> DownloadAsync(int year, IssuedFileFormat format, Func<OfficialDocument, byte[]> render, string contentType, string extension,
        CancellationToken cancellationToken)
    {
        if (!Known(year))
        {
            return NotFound();
        }

        var issued = await Reports(year).Where(r => r.Status == ConsolidatedReportStatus.Issued).Select(r => new { r.DocumentId }).FirstOrDefaultAsync(cancellationToken);
        if (issued is not null)
        {
            return await files.DownloadAsync(issued.DocumentId, format, cancellationToken);
        }

        var document = CityReportDocument.Compose(await queries.ReportAsync(year, null, null, cancellationToken));
        return File(render(document), contentType, $"du-thao-bao-cao-thanh-pho-{year}.{extension}");
    }

    private async Task<IActionResult> DoAsync(int year, Func<Task> step, string? message)
    {
        if (!Known(year))
        {
            return NotFound();
        }

        try
        {
            await step();
            if (message is not null)
            {
                TempData["Message"] = message;
            }
        }
        catch (DomainException refused)
        {
            TempData["Error"] = refused.Message;
        }

        return RedirectToAction(nameof(Index), new { year });
    }

    private IQueryable<ConsolidatedReport> Reports(int year) =>
        db.ConsolidatedReports.AsNoTracking().Where(r => r.RoundKind == RoundKind.Annual && r.RoundYear == year);

    private async Task<CityReportPage> PageAsync(int year, AssessmentForm? typed, CancellationToken cancellationToken)
    {
        var stored = await Reports(year).Include(r => r.History).SingleOrDefaultAsync(cancellationToken);
        var data = await queries.ReportAsync(year, null, null, cancellationToken);
        var form = typed ?? new AssessmentForm
        {
            Direction = stored?.Direction, Strengths = stored?.Strengths, Limitations = stored?.Limitations, TasksAhead = stored?.TasksAhead, Recommendations = stored?.Recommendations,
        };
        var history = stored?.History.OrderBy(h => h.At).ToList() ?? [];
        var lastReturn = history.LastOrDefault(h => h.From == ConsolidatedReportStatus.AwaitingSignature && h.To == ConsolidatedReportStatus.Draft);
        var submittedBy = history.LastOrDefault(h => h.To == ConsolidatedReportStatus.AwaitingSignature)?.ActorUserId;
        return new CityReportPage(year, stored?.Status ?? ConsolidatedReportStatus.Draft, stored?.Number, stored?.IssuedOn, form, data,
            stored?.MissingParts() ?? new ConsolidatedReport(ReviewRound.Annual(year), Actor.System, default).MissingParts(), lastReturn?.Comment, history,
            stored?.CanEdit ?? true, stored?.CanSign ?? false, stored?.CanSign == true && submittedBy == User.ToActor().UserId)
        {
            SignsAs = await signatories.HeldByAsync(User.ToActor().UserId, Domain.Documents.Signatory.CityOffices, cancellationToken),
        };
    }
}
