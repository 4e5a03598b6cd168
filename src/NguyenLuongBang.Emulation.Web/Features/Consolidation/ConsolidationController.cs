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
[Route("Consolidation/{round}")]
public sealed class ConsolidationController(AppDbContext db, ConsolidationQuery query, AuditLog audit, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string round, CancellationToken cancellationToken)
    {
        if (!ReviewRound.TryParse(round, out var parsed))
        {
            return NotFound();
        }

        var stored = await db.ConsolidatedReports.AsNoTracking().SingleOrDefaultAsync(r => r.RoundKind == parsed.Kind && r.RoundYear == parsed.Year, cancellationToken);
        return View(new ConsolidationPage(parsed, stored?.Status ?? ConsolidatedReportStatus.Draft, stored?.Number, stored?.IssuedOn, new AssessmentForm
        {
            Direction = stored?.Direction, Strengths = stored?.Strengths, Limitations = stored?.Limitations, TasksAhead = stored?.TasksAhead, Proposals = stored?.Proposals,
        }, await query.LoadAsync(parsed, cancellationToken)));
    }

    [Authorize(Policy = Policies.Review)]
    [HttpPost("")]
    public async Task<IActionResult> Save(string round, AssessmentForm form, [FromServices] IValidator<AssessmentForm> validator, CancellationToken cancellationToken)
    {
        if (!ReviewRound.TryParse(round, out var parsed))
        {
            return NotFound();
        }

        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState);
            return View("Index", new ConsolidationPage(parsed, ConsolidatedReportStatus.Draft, null, null, form, await query.LoadAsync(parsed, cancellationToken)));
        }

        var report = await FindOrCreateAsync(parsed, cancellationToken);
        try
        {
            report.UpdateAssessment(Clean(form.Direction), Clean(form.Strengths), Clean(form.Limitations), Clean(form.TasksAhead), Clean(form.Proposals), User.ToActor(), clock.GetUtcNow());
        }
        catch (DomainException refused)
        {
            TempData["Error"] = refused.Message;
            return RedirectToAction(nameof(Index), new { round });
        }

        audit.Add("Sửa báo cáo tổng hợp", "Báo cáo tổng hợp", parsed.Code);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = "Đã lưu phần đánh giá của báo cáo tổng hợp.";
        return RedirectToAction(nameof(Index), new { round });
    }

    /// <summary>Gives the report its number from the register and today's date; afterwards it cannot change.</summary>
    [Authorize(Policy = Policies.Review)]
    [HttpPost("Issue")]
    public async Task<IActionResult> Issue(string round, [FromServices] DocumentNumbers numbers, CancellationToken cancellationToken)
    {
        if (!ReviewRound.TryParse(round, out var parsed))
        {
            return NotFound();
        }

        var report = await FindOrCreateAsync(parsed, cancellationToken);
        if (report.Status != ConsolidatedReportStatus.Draft)
        {
            TempData["Error"] = $"Báo cáo đã ban hành với số {report.Number}.";
            return RedirectToAction(nameof(Index), new { round });
        }

        var today = VietnamTime.Today(clock);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var registered = await numbers.IssueAsync(DocumentNumbers.CommuneCommittee, "BC", $"Báo cáo kết quả Phong trào thi đua {parsed.Title.ToLowerInvariant()}", today, User.ToActor(), cancellationToken);
        report.Issue(registered.Number, today, User.ToActor(), clock.GetUtcNow());
        audit.Add("Ban hành báo cáo tổng hợp", "Báo cáo tổng hợp", parsed.Code, registered.Number);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        TempData["Message"] = $"Đã ban hành báo cáo số {registered.Number}.";
        return RedirectToAction(nameof(Index), new { round });
    }

    [HttpGet("Pdf")]
    public async Task<IActionResult> Pdf(string round, CancellationToken cancellationToken)
    {
        if (!ReviewRound.TryParse(round, out var parsed))
        {
            return NotFound();
        }

        var document = ConsolidatedReportDocument.Compose(await query.LoadAsync(parsed, cancellationToken));
        return File(PdfRenderer.Render(document), "application/pdf", ConsolidationExcel.FileName(parsed, "pdf"));
    }

    [HttpGet("Word")]
    public async Task<IActionResult> Word(string round, CancellationToken cancellationToken)
    {
        if (!ReviewRound.TryParse(round, out var parsed))
        {
            return NotFound();
        }

        var document = ConsolidatedReportDocument.Compose(await query.LoadAsync(parsed, cancellationToken));
        return File(WordRenderer.Render(document), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ConsolidationExcel.FileName(parsed, "docx"));
    }

    [HttpGet("Excel")]
    public async Task<IActionResult> Excel(string round, CancellationToken cancellationToken)
    {
        if (!ReviewRound.TryParse(round, out var parsed))
        {
            return NotFound();
        }

        return File(ConsolidationExcel.Render(await query.LoadAsync(parsed, cancellationToken)),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ConsolidationExcel.FileName(parsed, "xlsx"));
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
