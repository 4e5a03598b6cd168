using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NguyenLuongBang.Emulation.Domain.Reports;
using NguyenLuongBang.Emulation.Web.Identity;

namespace NguyenLuongBang.Emulation.Web.Features.Review;

/// <summary>Phòng Văn hóa - Xã hội's view of every unit's report for a year, and its decisions on them.</summary>
[Authorize(Policy = Policies.Review)]
public sealed class ReviewController(ReviewQueries queries, ReviewActions actions) : Controller
{
    public async Task<IActionResult> Index(int? year, ReportStatus? status, string? unitType, bool? late, CancellationToken cancellationToken) =>
        View(await queries.ListAsync(new ReviewFilter(year, status, unitType, late), cancellationToken));

    [HttpPost]
    public async Task<IActionResult> Return(int id, ReturnForm form, [FromServices] IValidator<ReturnForm> validator, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(form, cancellationToken);
        var error = validation.IsValid
            ? await actions.ReturnAsync(id, form, User.ToActor(), cancellationToken)
            : string.Join(" ", validation.Errors.Select(e => e.ErrorMessage).Distinct());
        return Done(id, error, "Đã trả lại báo cáo cho đơn vị kèm nhận xét.");
    }

    [HttpPost]
    public async Task<IActionResult> Accept(int id, CancellationToken cancellationToken) =>
        Done(id, await actions.AcceptAsync(id, User.ToActor(), cancellationToken), "Đã tiếp nhận báo cáo.");

    [HttpPost]
    public async Task<IActionResult> Reopen(int id, string? reason, CancellationToken cancellationToken) =>
        Done(id, await actions.ReopenAsync(id, reason, User.ToActor(), cancellationToken), "Đã mở lại báo cáo để đơn vị bổ sung.");

    [HttpPost]
    public async Task<IActionResult> Unlock(int id, int days, string? reason, CancellationToken cancellationToken) =>
        Done(id, await actions.UnlockAsync(id, days, reason, User.ToActor(), cancellationToken), $"Đã mở khóa báo cáo cho đơn vị trong {days} ngày.");

    private RedirectToActionResult Done(int id, string? error, string success)
    {
        TempData[error is null ? "Message" : "Error"] = error ?? success;
        return RedirectToAction("Details", "Reports", new { id });
    }
}
