using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Registrations;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Registration;

public sealed class RegistrationForm
{
    public List<int> Areas { get; set; } = [];

    /// <summary>Target per indicator id, as typed ("95" or "1.250").</summary>
    public Dictionary<int, string?> Targets { get; set; } = [];
}

/// <summary>
/// Yearly emulation registration (đăng ký thi đua): the unit commits to content areas and targets;
/// the reviewer confirms or returns it.
/// </summary>
public sealed class RegistrationController(RegistrationQueries queries, RegistrationActions actions) : Controller
{
    [Authorize(Policy = Policies.UnitStaff)]
    [HttpGet("Registration/{year:int}")]
    public async Task<IActionResult> Edit(int year, CancellationToken cancellationToken) =>
        year is < ReviewRound.FirstYear or > ReviewRound.FinalYear
            ? NotFound()
            : View(await queries.EditAsync(User.GetUnitId()!.Value, year, null, null, cancellationToken));

    [Authorize(Policy = Policies.UnitStaff)]
    [HttpPost("Registration/{year:int}")]
    public async Task<IActionResult> Edit(int year, RegistrationForm form, Infrastructure.FormIntent? intent, CancellationToken cancellationToken)
    {
        if (year is < ReviewRound.FirstYear or > ReviewRound.FinalYear)
        {
            return NotFound();
        }

        var unitId = User.GetUnitId()!.Value;
        var check = await actions.CheckAsync(unitId, form, HasUnreadable("Areas"), HasUnreadable("Targets"), cancellationToken);
        if (check.Errors.Count > 0)
        {
            return View(await queries.EditAsync(unitId, year, form, check.Errors, cancellationToken));
        }

        var outcome = await actions.SaveAsync(unitId, year, form, check, intent == Infrastructure.FormIntent.Submit, User.ToActor(), cancellationToken);
        return await this.AnswerForm(outcome, () => RedirectToAction(nameof(Edit), new { year }),
            async error => View(await queries.EditAsync(unitId, year, form, [error], cancellationToken)));
    }

    [Authorize(Policy = Policies.Review)]
    [HttpGet("Review/Registrations")]
    public async Task<IActionResult> List(int? year, CancellationToken cancellationToken) => View(await queries.ListAsync(year, cancellationToken));

    [Authorize(Policy = Policies.ReadAllReports)]
    [HttpGet("Review/Registrations/{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken cancellationToken) =>
        await queries.ShowAsync(id, cancellationToken) is { } page ? View("Edit", page with { ReadByReviewer = User.IsInRole(Roles.Reviewer) }) : NotFound();

    /// <summary>The reviewer confirms a unit's registration; confirming again changes nothing and tells the unit nothing new.</summary>
    [Authorize(Policy = Policies.Review)]
    [HttpPost("Review/Registrations/{id:int}/Confirm")]
    public async Task<IActionResult> Confirm(int id, CancellationToken cancellationToken)
    {
        var year = await queries.YearOfAsync(id, cancellationToken);
        return Decided(id, year, await actions.ConfirmAsync(id, User.ToActor(), cancellationToken));
    }

    /// <summary>The reviewer returns a unit's registration with a comment.</summary>
    [Authorize(Policy = Policies.Review)]
    [HttpPost("Review/Registrations/{id:int}/Return")]
    public async Task<IActionResult> Return(int id, string? comment, CancellationToken cancellationToken)
    {
        var year = await queries.YearOfAsync(id, cancellationToken);
        return Decided(id, year, await actions.ReturnAsync(id, comment, User.ToActor(), cancellationToken));
    }

    /// <summary>Refused: back to the registration, which says why it cannot be; otherwise back to the year's list.</summary>
    private IActionResult Decided(int id, int? year, ChangeOutcome outcome) =>
        this.Answer(outcome, outcome.Result == ChangeResult.Refused ? RedirectToAction(nameof(Show), new { id }) : RedirectToAction(nameof(List), new { year }));

    /// <summary>A value of that list the binder could not read (a choice that is not a number): refused, never dropped quietly.</summary>
    private bool HasUnreadable(string list) =>
        ModelState.Any(e => (e.Key == list || e.Key.StartsWith(list + "[", StringComparison.Ordinal)) && e.Value?.Errors.Count > 0);
}

public sealed record RegistrationPage(int Year, string UnitName, int? Id, RegistrationStatus? Status, string? ReviewerComment,
    IReadOnlyList<(ContentArea Area, IReadOnlyList<Indicator> Indicators)> Areas, RegistrationForm Form, IReadOnlyList<string> Errors, bool ReadOnly)
{
    public bool Editable => !ReadOnly && Status is null or RegistrationStatus.Draft or RegistrationStatus.Returned;

    /// <summary>Read by the reviewer, who confirms or returns a submitted registration here.</summary>
    public bool ReadByReviewer { get; init; }

    /// <summary>The reviewer's confirm and return forms are shown: a submitted registration, read by the reviewer.</summary>
    public bool Decidable => ReadOnly && ReadByReviewer && Status == RegistrationStatus.Submitted;
}

public sealed record RegistrationRow(int UnitId, string UnitName, int? Id, RegistrationStatus? Status, int Areas, int Targets);

public sealed record RegistrationList(int Year, IReadOnlyList<RegistrationRow> Rows);
