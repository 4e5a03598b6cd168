using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Approvals;

/// <summary>The chairman approves or rejects, with a comment, each nominee the council has decided on.</summary>
[Authorize(Policy = Policies.Approve)]
[Route("Approvals")]
public sealed class ApprovalsController(ApprovalQueries queries, ApprovalActions actions) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await queries.WaitingAsync(cancellationToken));

    /// <summary>The chairman approves a nominee the council passed; approving again changes nothing.</summary>
    [HttpPost("{id:int}/Approve")]
    public async Task<IActionResult> Approve(int id, string? comment, CancellationToken cancellationToken) =>
        this.Answer(await actions.ApproveAsync(id, comment, User.ToActor(), cancellationToken), RedirectToAction(nameof(Index)));

    /// <summary>The chairman does not approve a nominee (a reason is required); doing it again changes nothing.</summary>
    [HttpPost("{id:int}/Reject")]
    public async Task<IActionResult> Reject(int id, string? comment, CancellationToken cancellationToken) =>
        this.Answer(await actions.RejectAsync(id, comment, User.ToActor(), cancellationToken), RedirectToAction(nameof(Index)));
}
