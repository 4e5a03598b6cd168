using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NguyenLuongBang.Emulation.Domain.Reports;
using NguyenLuongBang.Emulation.Web.Identity;

using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Review;

/// <summary>Phòng Văn hóa - Xã hội's view of every unit's report for a year, and its decisions on them.</summary>
[Authorize(Policy = Policies.Review)]
public sealed class ReviewController(ReviewQueries queries, ReviewActions actions) : Controller
{
    public async Task<IActionResult> Index(int? year, ReportStatus? status, string? unitType, bool? late, int? page, ReviewStage? stage, CancellationToken cancellationToken) =>
        View(await queries.ListAsync(new ReviewFilter(year, status, unitType, late, page, stage), cancellationToken));

    /// <summary>Reminds the units ticked on the list (not started, or not sent) to send their report; back to the same list.</summary>
    [HttpPost]
    public async Task<IActionResult> Remind(int year, int[] unitIds, ReviewStage? stage, string? unitType, [FromServices] ReviewReminders reminders, CancellationToken cancellationToken)
    {
        var (refused, message) = await reminders.RemindAsync(year, unitIds, cancellationToken);
        TempData[refused ? "Error" : "Message"] = message;
        return RedirectToAction(nameof(Index), new { year, stage, unitType = string.IsNullOrEmpty(unitType) ? null : unitType });
    }

    [HttpPost]
    public async Task<IActionResult> Return(int id, ReturnForm form, [FromServices] IValidator<ReturnForm> validator, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(form, cancellationToken);
        var refusal = validation.IsValid ? null : string.Join(" ", validation.Errors.Select(e => e.ErrorMessage).Distinct());
        return Done(id, await actions.ReturnAsync(id, form, refusal, User.ToActor(), cancellationToken));
    }

    /// <summary>Accepts; refused (a note is needed for the points to check), the page shows why at the note, with the text typed.</summary>
    [HttpPost]
    public async Task<IActionResult> Accept(int id, string? note, CancellationToken cancellationToken)
    {
        var outcome = await actions.AcceptAsync(id, note, User.ToActor(), cancellationToken);
        if (outcome.Result == ChangeResult.Refused)
        {
            TempData[AcceptRefusal] = outcome.Message;
            TempData[AcceptNote] = note;
            return RedirectToAction("Details", "Reports", new { id }, "review-actions");
        }

        return Done(id, outcome);
    }

    /// <summary>The refusal of an acceptance and the note typed, shown by the review actions at the note.</summary>
    public const string AcceptRefusal = "AcceptRefusal", AcceptNote = "AcceptNote";

    [HttpPost]
    public async Task<IActionResult> Reopen(int id, string? reason, CancellationToken cancellationToken) =>
        Done(id, await actions.ReopenAsync(id, reason, User.ToActor(), cancellationToken));

    [HttpPost]
    public async Task<IActionResult> Unlock(int id, int days, string? reason, CancellationToken cancellationToken) =>
        Done(id, await actions.UnlockAsync(id, days, reason, User.ToActor(), cancellationToken));

    private IActionResult Done(int id, ChangeOutcome outcome) => this.Answer(outcome, RedirectToAction("Details", "Reports", new { id }));
}
