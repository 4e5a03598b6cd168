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
    public async Task<IActionResult> Index(int? year, ReportStatus? status, string? unitType, bool? late, int? page, CancellationToken cancellationToken) =>
        View(await queries.ListAsync(new ReviewFilter(year, status, unitType, late, page), cancellationToken));

    [HttpPost]
    public async Task<IActionResult> Return(int id, ReturnForm form, [FromServices] IValidator<ReturnForm> validator, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(form, cancellationToken);
        var refusal = validation.IsValid ? null : string.Join(" ", validation.Errors.Select(e => e.ErrorMessage).Distinct());
        return Done(id, await actions.ReturnAsync(id, form, refusal, User.ToActor(), cancellationToken));
    }

    [HttpPost]
    public async Task<IActionResult> Accept(int id, CancellationToken cancellationToken) =>
        Done(id, await actions.AcceptAsync(id, User.ToActor(), cancellationToken));

    [HttpPost]
    public async Task<IActionResult> Reopen(int id, string? reason, CancellationToken cancellationToken) =>
        Done(id, await actions.ReopenAsync(id, reason, User.ToActor(), cancellationToken));

    [HttpPost]
    public async Task<IActionResult> Unlock(int id, int days, string? reason, CancellationToken cancellationToken) =>
        Done(id, await actions.UnlockAsync(id, days, reason, User.ToActor(), cancellationToken));

    private IActionResult Done(int id, ChangeOutcome outcome) => this.Answer(outcome, RedirectToAction("Details", "Reports", new { id }));
}
