using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Council;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Council;

/// <summary>
/// Council sessions: the reviewer opens one with the posted nominees and the members present;
/// each member votes once per nominee (or recuses); closing decides by quorum and threshold.
/// Results show counts, never who voted what.
/// </summary>
[Authorize(Roles = Roles.Reviewer + "," + Roles.CouncilMember)]
[Route("Council")]
public sealed class CouncilController(CouncilQueries queries, CouncilActions actions) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await queries.ListAsync(cancellationToken));

    [Authorize(Policy = Policies.Review)]
    [HttpGet("New")]
    public async Task<IActionResult> New([BindRequired] ReviewRound round, CancellationToken cancellationToken) =>
        BadRound() ? NotFound() : View(await queries.NewSessionAsync(round, null, null, cancellationToken));

    [Authorize(Policy = Policies.Review)]
    [HttpPost("New")]
    [ShowsBindingErrors]
    public async Task<IActionResult> Open([BindRequired] ReviewRound round, DateOnly? heldOn, string? place, List<string> present, List<int> nominations,
        string? chair, string? secretary, CancellationToken cancellationToken)
    {
        if (BadRound())
        {
            return NotFound();
        }

        var opening = new SessionOpening(heldOn, place, present, nominations, chair, secretary);
        var outcome = ModelState.TryGetValue(nameof(heldOn), out var date) && date.Errors.Count > 0
            // An impossible date is refused, never replaced by today.
            ? ChangeOutcome.Refused($"Ngày họp \"{date.AttemptedValue}\" không hợp lệ.")
            : await actions.OpenAsync(round, opening, User.ToActor(), cancellationToken);
        return await this.AnswerForm(outcome, () => RedirectToAction(nameof(Show), new { id = outcome.RecordId }),
            async error => View("New", await queries.NewSessionAsync(round, opening, error, cancellationToken)));
    }

    /// <summary>Whether the <c>?round=</c> code was missing or not a round (the binder recorded why).</summary>
    private bool BadRound() => ModelState.TryGetValue("round", out var entry) && entry.Errors.Count > 0;

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken cancellationToken) =>
        await queries.SessionAsync(id, new SessionViewer(User.FindFirstValue(ClaimTypes.NameIdentifier)!, User.IsInRole(Roles.CouncilMember), User.IsInRole(Roles.Reviewer)),
            cancellationToken) is { } page
            ? View(page)
            : NotFound();

    /// <summary>Corrects who is present, until the first vote.</summary>
    [Authorize(Policy = Policies.Review)]
    [HttpPost("{id:int}/Attendance")]
    public async Task<IActionResult> Attendance(int id, List<string> present, CancellationToken cancellationToken) =>
        BackToSession(id, await actions.CorrectAttendanceAsync(id, present, User.ToActor(), cancellationToken));

    /// <summary>Hoãn: ends a session that cannot decide, with a reason; its nominees go back to posted.</summary>
    [Authorize(Policy = Policies.Review)]
    [HttpPost("{id:int}/Adjourn")]
    public async Task<IActionResult> Adjourn(int id, string? reason, CancellationToken cancellationToken) =>
        BackToSession(id, await actions.AdjournAsync(id, reason, User.ToActor(), cancellationToken));

    /// <summary>The minutes (biên bản) of a closed session as issued when it closed: counts only, chair and secretary as recorded.</summary>
    [HttpGet("{id:int}/Minutes.pdf")]
    public async Task<IActionResult> Minutes(int id, [FromServices] IssuedFiles files, CancellationToken cancellationToken) =>
        await files.DownloadAsync(await queries.MinutesDocumentAsync(id, cancellationToken), IssuedFileFormat.Pdf, cancellationToken);

    /// <summary>The minutes' Word file as stored when they were issued (for the office's own copies and edits of layout only).</summary>
    [HttpGet("{id:int}/Minutes.docx")]
    public async Task<IActionResult> MinutesWord(int id, [FromServices] IssuedFiles files, CancellationToken cancellationToken) =>
        await files.DownloadAsync(await queries.MinutesDocumentAsync(id, cancellationToken), IssuedFileFormat.Word, cancellationToken);

    /// <summary>The chair or the secretary signs the minutes with their own key.</summary>
    [Authorize(Policy = Policies.Council)]
    [HttpPost("{id:int}/Minutes/Sign")]
    public async Task<IActionResult> SignMinutes(int id, [FromServices] MinutesSigning signing, CancellationToken cancellationToken) =>
        BackToSession(id, await signing.SignAsync(id, User.ToActor(), cancellationToken));

    /// <summary>A member's vote on one nominee, under the session's lock: it waits for a closing in progress, and a second vote is refused.</summary>
    [Authorize(Policy = Policies.Council)]
    [HttpPost("{id:int}/Vote")]
    public async Task<IActionResult> Vote(int id, int nominationId, VoteChoice choice, CancellationToken cancellationToken) =>
        BackToSession(id, await actions.VoteAsync(id, nominationId, choice, User.ToActor(), cancellationToken));

    [Authorize(Policy = Policies.Review)]
    [HttpPost("{id:int}/Close")]
    public async Task<IActionResult> Close(int id, CancellationToken cancellationToken) =>
        BackToSession(id, await actions.CloseAsync(id, User.ToActor(), cancellationToken));

    private IActionResult BackToSession(int id, ChangeOutcome outcome) => this.Answer(outcome, RedirectToAction(nameof(Show), new { id }));
}
