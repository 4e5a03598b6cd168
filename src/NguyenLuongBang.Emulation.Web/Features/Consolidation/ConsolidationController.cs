using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Consolidation;
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

    public string? Proposals { get; set; }
}

public sealed class AssessmentFormValidator : AbstractValidator<AssessmentForm>
{
    public AssessmentFormValidator()
    {
        foreach (var part in new System.Linq.Expressions.Expression<Func<AssessmentForm, string?>>[] { f => f.Direction, f => f.Strengths, f => f.Limitations, f => f.TasksAhead, f => f.Proposals })
        {
            RuleFor(part).MaximumLength(ConsolidatedReport.SectionMaxLength).WithMessage("Mỗi phần tối đa {MaxLength} ký tự.");
        }
    }
}

/// <summary>The consolidated report to the city for a year or a review round: draft, edit the assessment, issue, download.</summary>
[Authorize(Policy = Policies.ReadAllReports)]
[Route("Consolidation/{round:round}")]
public sealed class ConsolidationController(AppDbContext db, ConsolidationQuery query, AuditLog audit, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(ReviewRound round, CancellationToken cancellationToken)
    {
        var stored = await db.ConsolidatedReports.AsNoTracking().SingleOrDefaultAsync(r => r.RoundKind == round.Kind && r.RoundYear == round.Year, cancellationToken);
        return View(new ConsolidationPage(round, stored?.Status ?? ConsolidatedReportStatus.Draft, stored?.Number, stored?.IssuedOn, new AssessmentForm
        {
            Direction = stored?.Direction, Strengths = stored?.Strengths, Limitations = stored?.Limitations, TasksAhead = stored?.TasksAhead, Proposals = stored?.Proposals,
        }, await query.LoadAsync(round, cancellationToken)));
    }

    [Authorize(Policy = Policies.Review)]
    [HttpPost("")]
    public async Task<IActionResult> Save(ReviewRound round, AssessmentForm form, [FromServices] IValidator<AssessmentForm> validator, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState);
            return View("Index", new ConsolidationPage(round, ConsolidatedReportStatus.Draft, null, null, form, await query.LoadAsync(round, cancellationToken)));
        }

        var report = await FindOrCreateAsync(round, cancellationToken);
        try
        {
            report.UpdateAssessment(Clean(form.Direction), Clean(form.Strengths), Clean(form.Limitations), Clean(form.TasksAhead), Clean(form.Proposals), User.ToActor(), clock.GetUtcNow());
        }
        catch (DomainException refused)
        {
            TempData["Error"] = refused.Message;
            return RedirectToAction(nameof(Index), new { round = round.Code });
        }

        audit.Add("Sửa báo cáo tổng hợp", "Báo cáo tổng hợp", round.Code);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = "Đã lưu phần đánh giá của báo cáo tổng hợp.";
        return RedirectToAction(nameof(Index), new { round = round.Code });
    }

    /// <summary>Gives the report its number from the register and today's date; afterwards it cannot change.</summary>
    [Authorize(Policy = Policies.Review)]
    [HttpPost("Issue")]
    public async Task<IActionResult> Issue(ReviewRound round, [FromServices] DocumentNumbers numbers, CancellationToken cancellationToken)
    {
        var report = await FindOrCreateAsync(round, cancellationToken);
        if (report.Status != ConsolidatedReportStatus.Draft)
        {
            TempData["Error"] = $"Báo cáo đã ban hành với số {report.Number}.";
            return RedirectToAction(nameof(Index), new { round = round.Code });
        }

        var today = VietnamTime.Today(clock);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var registered = await numbers.IssueAsync(DocumentNumbers.CommuneCommittee, "BC", $"Báo cáo kết quả Phong trào thi đua {round.Title.ToLowerInvariant()}", today, User.ToActor(), cancellationToken);
        report.Issue(registered.Number, today, User.ToActor(), clock.GetUtcNow());
        audit.Add("Ban hành báo cáo tổng hợp", "Báo cáo tổng hợp", round.Code, registered.Number);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        TempData["Message"] = $"Đã ban hành báo cáo số {registered.Number}.";
        return RedirectToAction(nameof(Index), new { round = round.Code });
    }

    [HttpGet("Pdf")]
    public async Task<IActionResult> Pdf(ReviewRound round, CancellationToken cancellationToken)
    {
        var document = ConsolidatedReportDocument.Compose(await query.LoadAsync(round, cancellationToken));
        return File(PdfRenderer.Render(document), "application/pdf", ConsolidationExcel.FileName(round, "pdf"));
    }

    [HttpGet("Word")]
    public async Task<IActionResult> Word(ReviewRound round, CancellationToken cancellationToken)
    {
        var document = ConsolidatedReportDocument.Compose(await query.LoadAsync(round, cancellationToken));
        return File(WordRenderer.Render(document), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ConsolidationExcel.FileName(round, "docx"));
    }

    [HttpGet("Excel")]
    public async Task<IActionResult> Excel(ReviewRound round, CancellationToken cancellationToken)
    {
        return File(ConsolidationExcel.Render(await query.LoadAsync(round, cancellationToken)),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ConsolidationExcel.FileName(round, "xlsx"));
    }

    private async Task<ConsolidatedReport> FindOrCreateAsync(ReviewRound round, CancellationToken cancellationToken)
    {
        var report = await db.ConsolidatedReports.SingleOrDefaultAsync(r => r.RoundKind == round.Kind && r.RoundYear == round.Year, cancellationToken);
        if (report is null)
        {
            report = new ConsolidatedReport(round, User.ToActor(), clock.GetUtcNow());
            db.ConsolidatedReports.Add(report);
        }

        return report;
    }

    private static string? Clean(string? text) => Reports.ReportEditor.Clean(text);
}

public sealed record ConsolidationPage(ReviewRound Round, ConsolidatedReportStatus Status, string? Number, DateOnly? IssuedOn, AssessmentForm Form, ConsolidationData Data);
