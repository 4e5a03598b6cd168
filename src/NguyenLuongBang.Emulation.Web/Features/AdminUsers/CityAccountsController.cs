using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NguyenLuongBang.Emulation.Web.Features.AdminSettings;
using NguyenLuongBang.Emulation.Web.Features.City;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.AdminUsers;

/// <summary>
/// The city's administrator looks after the city's own row: its accounts (add one of the Ban or
/// another administrator; lock, unlock and reset as a commune's administrator does, through
/// <see cref="AccountAdministrationController"/>) and its settings (the mail server that sends the
/// city's mail, the idle time). The accounts are the city's only: the user store is scoped to the
/// city's row, so a commune's account is not found here (404). The last active city administrator
/// cannot be locked.
/// </summary>
[Authorize(Policy = Policies.CityAdmin)]
[Route("Thanh-pho/Tai-khoan")]
public sealed class CityAccountsController(UserAdministration actions, AccountQueries queries) : AccountAdministrationController(actions)
{
    /// <summary>The page, kept with the rest of the account administration.</summary>
    private const string PageView = "~/Features/AdminUsers/City.cshtml";

    protected override AccountScope Scope => AccountScope.City;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(PageView, await queries.CityAsync(new CityAccountForm { Role = Roles.City }, null, null, cancellationToken));

    /// <summary>Adds an account; refused, the page comes back (422) with why above the form and what was typed in it.</summary>
    [HttpPost("")]
    public async Task<IActionResult> Create(CityAccountForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var account = form.ToUserForm();
        var invalid = (await Scope.Validator.ValidateAsync(account, cancellationToken)).Errors.Select(e => e.ErrorMessage).FirstOrDefault();
        var outcome = invalid is null ? await Actions.CreateAsync(account, cancellationToken) : ChangeOutcome.Refused(invalid);
        return await this.AnswerForm(outcome, () => RedirectToAction(nameof(Index)),
            async error => View(PageView, await queries.CityAsync(form, error, null, cancellationToken)));
    }

    [HttpPost("Cai-dat")]
    public async Task<IActionResult> Save(string key, string? value, [FromServices] SettingsEditor editor, CancellationToken cancellationToken)
    {
        if (CitySettings.Find(key) is not { } definition)
        {
            return NotFound();
        }

        var (error, text, label) = await editor.SaveAsync(definition, value, User.ToActor(), cancellationToken);
        if (error is not null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(PageView, await queries.CityAsync(new CityAccountForm { Role = Roles.City }, null, (key, text, error), cancellationToken));
        }

        TempData["Message"] = $"Đã lưu \"{label}\": {text}.";
        return RedirectToAction(nameof(Index));
    }
}
