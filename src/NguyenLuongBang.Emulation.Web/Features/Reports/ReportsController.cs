using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Web.Identity;

namespace NguyenLuongBang.Emulation.Web.Features.Reports;

/// <summary>A unit's yearly report: start, edit, save, submit; and reading it (unit, reviewers, chairman).</summary>
public sealed class ReportsController(ReportQueries queries, ReportEditor editor, ReportDrafts drafts, IAuthorizationService authorization)
    : Controller
{
    /// <summary>The unit's report of a year: opens it, or offers to start it.</summary>
    [Authorize(Policy = Policies.UnitStaff)]
    [HttpGet("Reports/Year/{year:int}")]
    public async Task<IActionResult> Year(int year, CancellationToken cancellationToken)
    {
        if (year is < ReviewRound.FirstYear or > ReviewRound.FinalYear)
        {
            return NotFound();
        }

        var id = await queries.FindIdAsync(User.GetUnitId()!.Value, year, cancellationToken);
        if (id is null)
        {
            return View(editor.HasBegun(year) ? "Start" : "NotYet", year);
        }

        return RedirectToAction(nameof(Edit), new { id });
    }

    [Authorize(Policy = Policies.UnitStaff)]
    [HttpPost]
    public async Task<IActionResult> Start(int year, CancellationToken cancellationToken)
    {
        if (year is < ReviewRound.FirstYear or > ReviewRound.FinalYear)
        {
            return NotFound();
        }

        if (!editor.HasBegun(year))
        {
            // A year not begun (a forged or an old page): its page says from when it opens.
            return RedirectToAction(nameof(Year), new { year });
        }

        var id = await editor.StartAsync(User.GetUnitId()!.Value, year, User.ToActor(), cancellationToken);
        return RedirectToAction(nameof(Edit), new { id });
    }

    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        if (await DenyAsync(id, UnitOperations.Edit, cancellationToken) is { } denied)
        {
            return denied;
        }

        var report = await queries.ViewAsync(id, cancellationToken);
        if (!report.IsEditable)
        {
            return RedirectToAction(nameof(Details), new { id });
        }

        return View(new ReportEditPage(report, ReportForm.From(report)));
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, ReportForm form, Infrastructure.FormIntent? intent, CancellationToken cancellationToken)
    {
        if (await DenyAsync(id, UnitOperations.Edit, cancellationToken) is { } denied)
        {
            return denied;
        }

        var saved = await drafts.SaveAsync(id, form, intent == Infrastructure.FormIntent.Submit, User.ToActor(), cancellationToken);
        if (await this.UnlessSavedAsync(id, form, saved, queries, cancellationToken) is { } page)
        {
            if (intent == Infrastructure.FormIntent.Submit && saved.Errors.Count > 0)
            {
                ViewData["Error"] = "Báo cáo chưa được nộp. " + ViewData["Error"];
            }

            return page;
        }

        switch (saved.Result.Outcome)
        {
            case SaveOutcome.Submitted:
                TempData["Message"] = "Đã nộp báo cáo cho Phòng Văn hóa - Xã hội. " + saved.Result.Message;
                return RedirectToAction(nameof(Details), new { id });
            case SaveOutcome.Incomplete:
                ViewData["Error"] = "Đã lưu nháp, nhưng chưa thể nộp vì báo cáo còn thiếu:";
                var incomplete = await queries.ViewAsync(id, cancellationToken);
                return View(new ReportEditPage(incomplete, ReportForm.From(incomplete)) { Missing = saved.Result.Missing! });
            default:
                TempData["Message"] = "Đã lưu nháp báo cáo.";
                return RedirectToAction(nameof(Edit), new { id });
        }
    }

    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        if (await DenyAsync(id, UnitOperations.Read, cancellationToken) is { } denied)
        {
            return denied;
        }

        var report = await queries.ViewAsync(id, cancellationToken);
        return View(report with
        {
            ReadByOwnUnit = User.IsInRole(Roles.UnitStaff) && User.GetUnitId() == report.UnitId,
            ReadByReviewer = User.IsInRole(Roles.Reviewer),
        });
    }

    /// <summary>What changed in a submission since the previous one, area by area.</summary>
    public async Task<IActionResult> Changes(int id, int version, CancellationToken cancellationToken)
    {
        if (await DenyAsync(id, UnitOperations.Read, cancellationToken) is { } denied)
        {
            return denied;
        }

        return await queries.ChangesAsync(id, version, cancellationToken) is { } page ? View(page) : NotFound();
    }

    private Task<IActionResult?> DenyAsync(int id, OperationAuthorizationRequirement operation, CancellationToken cancellationToken) =>
        this.DenyReportAsync(id, operation, queries, authorization, cancellationToken);
}
