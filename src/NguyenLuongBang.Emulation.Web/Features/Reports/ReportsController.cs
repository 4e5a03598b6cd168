using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Web.Identity;

namespace NguyenLuongBang.Emulation.Web.Features.Reports;

/// <summary>A unit's yearly report: start, edit, save, submit; and reading it (unit, reviewers, chairman).</summary>
public sealed class ReportsController(ReportQueries queries, ReportEditor editor, IAuthorizationService authorization, IValidator<ReportForm> validator)
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

        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState);
            ViewData["Error"] = "Chưa lưu được: vui lòng sửa các ô được đánh dấu bên dưới. Nội dung bạn đã nhập vẫn được giữ nguyên.";
            return View(new ReportEditPage(await queries.ViewAsync(id, cancellationToken), form));
        }

        var result = await editor.SaveAsync(id, form, intent == Infrastructure.FormIntent.Submit, User.ToActor(), cancellationToken);
        switch (result.Outcome)
        {
            case SaveOutcome.Submitted:
                TempData["Message"] = "Đã nộp báo cáo cho Phòng Văn hóa - Xã hội. " + result.Message;
                return RedirectToAction(nameof(Details), new { id });
            case SaveOutcome.Saved:
                TempData["Message"] = "Đã lưu nháp báo cáo.";
                return RedirectToAction(nameof(Edit), new { id });
            case SaveOutcome.Incomplete:
                ViewData["Error"] = "Đã lưu nháp, nhưng chưa thể nộp vì báo cáo còn thiếu:";
                var saved = await queries.ViewAsync(id, cancellationToken);
                return View(new ReportEditPage(saved, ReportForm.From(saved)) { Missing = result.Missing! });
            case SaveOutcome.Conflict:
                var current = await queries.ViewAsync(id, cancellationToken);
                ModelState.Remove(nameof(ReportForm.ConcurrencyStamp));
                form.ConcurrencyStamp = current.ConcurrencyStamp;
                ViewData["Error"] = result.Message;
                Response.StatusCode = StatusCodes.Status409Conflict;
                return View(new ReportEditPage(current, form) { Conflict = result.Conflict });
            default:
                ViewData["Error"] = "Chưa lưu được: " + result.Message;
                return View(new ReportEditPage(await queries.ViewAsync(id, cancellationToken), form));
        }
    }

    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        if (await DenyAsync(id, UnitOperations.Read, cancellationToken) is { } denied)
        {
            return denied;
        }

        return View(await queries.ViewAsync(id, cancellationToken));
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
