using Microsoft.AspNetCore.Mvc;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.AdminUsers;

/// <summary>
/// What a commune's administrator and the city's do alike to an account on their list, at the same
/// Vietnamese addresses under each page (<see cref="AccountScope.Path"/>): lock it, unlock it, give
/// it a temporary password. An account the scope does not look after is not found (404).
/// </summary>
public abstract class AccountAdministrationController(UserAdministration actions) : Controller
{
    /// <summary>The account administration's actions, for the pages' own actions too.</summary>
    protected UserAdministration Actions { get; } = actions;

    /// <summary>Whose accounts this page looks after.</summary>
    protected abstract AccountScope Scope { get; }

    [HttpPost("{id}/Khoa")]
    public async Task<IActionResult> Lock(string id, CancellationToken cancellationToken) =>
        ToList(await Actions.SetLockedAsync(id, true, User.ToActor().UserId, Scope, cancellationToken));

    [HttpPost("{id}/Mo-khoa")]
    public async Task<IActionResult> Unlock(string id, CancellationToken cancellationToken) =>
        ToList(await Actions.SetLockedAsync(id, false, User.ToActor().UserId, Scope, cancellationToken));

    [HttpPost("{id}/Dat-lai-mat-khau")]
    public async Task<IActionResult> ResetPassword(string id, CancellationToken cancellationToken) =>
        ToList(await Actions.ResetPasswordAsync(id, Scope, cancellationToken));

    /// <summary>The answer to a change: back to the list with its message (or 404).</summary>
    protected IActionResult ToList(ChangeOutcome outcome) => this.Answer(outcome, RedirectToAction("Index"));
}
