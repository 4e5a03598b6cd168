using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Nominations;

/// <summary>
/// The reviewer's nominations for a round: take over a unit's proposal (keeping the link), record
/// discipline or an override, publish for public posting. Nominations are never deleted.
/// </summary>
[Authorize(Policy = Policies.Review)]
[Route("Nominations/{round:round}")]
public sealed class NominationsController(NominationQueries queries, NominationActions actions) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(ReviewRound round, CancellationToken cancellationToken) =>
        View(await queries.LoadAsync(round, cancellationToken));

    /// <summary>Takes a unit's proposal into the round's list, once: a second click (or a simultaneous one) finds it there.</summary>
    [HttpPost("FromProposal/{proposalId:int}")]
    public async Task<IActionResult> FromProposal(ReviewRound round, int proposalId, CancellationToken cancellationToken) =>
        BackToList(round, await actions.FromProposalAsync(round, proposalId, User.ToActor(), cancellationToken));

    [HttpGet("New")]
    public async Task<IActionResult> New(ReviewRound round, CancellationToken cancellationToken) =>
        View(new NominationFormPage(round, new NominationForm(), await queries.UnitsAsync(cancellationToken)));

    /// <summary>Creates the nomination as typed; a form the checks or the entity refuse comes back with what was typed (422).</summary>
    [HttpPost("New")]
    public async Task<IActionResult> Create(ReviewRound round, NominationForm form, [FromServices] IValidator<NominationForm> validator, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(form, cancellationToken)).AddToModelState(ModelState);
        if (form.UnitId is { } unitId && !await queries.IsActiveUnitAsync(unitId, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.UnitId), "Đơn vị đã chọn không tồn tại hoặc đã ngừng hoạt động.");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await FormAgainAsync(round, form, cancellationToken);
        }

        return await this.AnswerForm(await actions.CreateAsync(round, form, User.ToActor(), cancellationToken), () => RedirectToAction(nameof(Index), new { round = round.Code }),
            error =>
            {
                ModelState.AddModelError(string.Empty, error);
                return FormAgainAsync(round, form, cancellationToken);
            });
    }

    [HttpPost("{id:int}/Objections")]
    public async Task<IActionResult> RecordObjection(ReviewRound round, int id, string? fromWhom, string? content, DateOnly? receivedOn, CancellationToken cancellationToken) =>
        BackToList(round, await actions.RecordObjectionAsync(round, id, fromWhom, content, receivedOn, User.ToActor(), cancellationToken));

    [HttpPost("{id:int}/Objections/{objectionId:int}/Resolve")]
    public async Task<IActionResult> Resolve(ReviewRound round, int id, int objectionId, string? resolution, CancellationToken cancellationToken) =>
        BackToList(round, await actions.ResolveObjectionAsync(round, id, objectionId, resolution, User.ToActor(), cancellationToken));

    /// <summary>Publishes the nominee for public posting; a second post while it is posted changes nothing.</summary>
    [HttpPost("{id:int}/Post")]
    public async Task<IActionResult> Post(ReviewRound round, int id, bool confirmFailing, CancellationToken cancellationToken) =>
        BackToList(round, await actions.PostAsync(round, id, confirmFailing, User.ToActor(), cancellationToken));

    [HttpPost("{id:int}/Discipline")]
    public async Task<IActionResult> Discipline(ReviewRound round, int id, bool underDiscipline, string? note, CancellationToken cancellationToken) =>
        BackToList(round, await actions.RecordDisciplineAsync(round, id, underDiscipline, note, User.ToActor(), cancellationToken));

    [HttpPost("{id:int}/Override")]
    public async Task<IActionResult> Override(ReviewRound round, int id, string? reason, CancellationToken cancellationToken) =>
        BackToList(round, await actions.OverrideAsync(round, id, reason, User.ToActor(), cancellationToken));

    private async Task<IActionResult> FormAgainAsync(ReviewRound round, NominationForm form, CancellationToken cancellationToken) =>
        View("New", new NominationFormPage(round, form, await queries.UnitsAsync(cancellationToken)));

    private IActionResult BackToList(ReviewRound round, ChangeOutcome outcome) => this.Answer(outcome, RedirectToAction(nameof(Index), new { round = round.Code }));
}
