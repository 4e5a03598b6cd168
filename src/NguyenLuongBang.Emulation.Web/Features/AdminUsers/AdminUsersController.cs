using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.AdminUsers;

/// <summary>A commune's accounts: create, edit roles and unit, end sessions; lock, unlock and reset as the city's (<see cref="AccountAdministrationController"/>).</summary>
[Authorize(Policy = Policies.Administer)]
[Route("Admin/Users")]
public sealed class AdminUsersController(UserAdministration actions, AccountQueries queries) : AccountAdministrationController(actions)
{
    protected override AccountScope Scope => AccountScope.Commune;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await queries.ListAsync(cancellationToken));

    [HttpGet("Create")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) => View("Edit", await queries.NewAsync(null, cancellationToken));

    /// <summary>Creates the account; refused, the form comes back (422) with why and what was typed.</summary>
    [HttpPost("Create")]
    public async Task<IActionResult> Create(UserForm form, CancellationToken cancellationToken)
    {
        form.Id = null;
        if (!await ValidAsync(form, cancellationToken))
        {
            return await FormAgainAsync(async () => await queries.NewAsync(form, cancellationToken));
        }

        return await this.AnswerForm(await Actions.CreateAsync(form, cancellationToken), () => RedirectToAction(nameof(Index)),
            error => FormAgainAsync(async () => await queries.NewAsync(form, cancellationToken), error));
    }

    [HttpGet("Edit/{id}")]
    public async Task<IActionResult> Edit(string id, CancellationToken cancellationToken) =>
        await queries.EditAsync(id, null, cancellationToken) is { } page ? View(page) : NotFound();

    [HttpPost("Edit/{id}")]
    public async Task<IActionResult> Edit(string id, UserForm form, CancellationToken cancellationToken)
    {
        // The address is the account's name: shown, never changed here.
        if (await queries.EmailOfAsync(id, cancellationToken) is not { } email)
        {
            return NotFound();
        }

        form.Id = id;
        form.Email = email;
        if (!await ValidAsync(form, cancellationToken))
        {
            return await FormAgainAsync(() => queries.EditAsync(id, form, cancellationToken));
        }

        return await this.AnswerForm(await Actions.UpdateAsync(id, form, User.ToActor(), cancellationToken), () => RedirectToAction(nameof(Index)),
            error => FormAgainAsync(() => queries.EditAsync(id, form, cancellationToken), error));
    }

    /// <summary>Ends one session of the account (<paramref name="session"/>) or all of them.</summary>
    [HttpPost("EndSessions/{id}")]
    public async Task<IActionResult> EndSessions(string id, string? session, [FromServices] UserSessions sessions, CancellationToken cancellationToken) =>
        this.Answer(await Actions.EndSessionsAsync(id, string.IsNullOrEmpty(session) ? null : session, sessions, cancellationToken), RedirectToAction(nameof(Edit), new { id }));

    /// <summary>Checks the form; its failures go to the fields they concern.</summary>
    private async Task<bool> ValidAsync(UserForm form, CancellationToken cancellationToken)
    {
        (await Scope.Validator.ValidateAsync(form, cancellationToken)).AddToModelState(ModelState);
        return ModelState.IsValid;
    }

    /// <summary>The account's page again, answered 422, with what was typed and why it was refused.</summary>
    private async Task<IActionResult> FormAgainAsync(Func<Task<UserPage?>> page, string? error = null)
    {
        if (await page() is not { } typed)
        {
            return NotFound();
        }

        if (error is not null)
        {
            ModelState.AddModelError(string.Empty, error);
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("Edit", typed);
    }
}
