using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Awards;

/// <summary>
/// The dossier of a proposal for the city chairman's Bằng khen (Nghị định 152/2025/NĐ-CP): the
/// achievement report drafted from the portal's data, edited in the browser, completed, downloaded
/// as Word and PDF; the checklist of its parts; and, once the tờ trình went up, the city's decision.
/// Reviewers write; the chairman reads.
/// </summary>
[Authorize(Policy = Policies.ReadAllReports)]
[Route("Awards/{round:round}/Dossier/{id:int}")]
public sealed class DossierController(DossierQueries queries, DossierActions actions, DossierFiles files) : Controller
{
    private const string DossierView = "~/Features/Awards/Dossier.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Index(ReviewRound round, int id, CancellationToken cancellationToken) =>
        await PageAsync(round, id, null, null, cancellationToken) is { } page ? View(DossierView, page) : NotFound();

    /// <summary>Saves the report as typed; refused with the typed text kept when it is no longer editable or someone saved in between.</summary>
    [Authorize(Policy = Policies.Review)]
    [HttpPost("")]
    public async Task<IActionResult> Save(ReviewRound round, int id, string? overview, string? achievements, string? honours, string? certifierName, string? certifierTitle,
        string? stamp, CancellationToken cancellationToken)
    {
        var typed = new AchievementParts(overview, achievements, honours, certifierName, certifierTitle);
        return await this.AnswerForm(await actions.SaveAsync(round, id, typed, stamp, User.ToActor(), cancellationToken), () => BackToDossier(round, id),
            async error => View(DossierView, await RefusedPageAsync(round, id, typed, error, cancellationToken)));
    }

    /// <summary>Marks the report final; a second click finds it done.</summary>
    [Authorize(Policy = Policies.Review)]
    [HttpPost("Complete")]
    public async Task<IActionResult> Complete(ReviewRound round, int id, string? stamp, CancellationToken cancellationToken) =>
        this.Answer(await actions.CompleteAsync(round, id, stamp, User.ToActor(), cancellationToken), BackToDossier(round, id));

    /// <summary>The city's decision as it came back: awarded or not, its number and date; recorded once. Refused (a missing choice, a date out of range): the page again, with what was typed.</summary>
    [Authorize(Policy = Policies.Review)]
    [HttpPost("CityDecision")]
    public async Task<IActionResult> CityDecision(ReviewRound round, int id, bool? awarded, string? number, DateOnly? decidedOn, CancellationToken cancellationToken) =>
        await this.AnswerForm(await actions.RecordCityDecisionAsync(round, id, awarded, number, decidedOn, User.ToActor(), cancellationToken), () => BackToDossier(round, id),
            async error => View(DossierView, await RefusedPageAsync(round, id, null, error, cancellationToken) with
            {
                TypedDecision = new CityDecisionForm(awarded, number, decidedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            }));

    [HttpGet("~/Awards/{round:round}/Dossier/{id:int}.docx")]
    public Task<IActionResult> Word(ReviewRound round, int id, CancellationToken cancellationToken) =>
        FileAsync(round, id, WordRenderer.Render, DocumentIssuer.WordType, "docx", cancellationToken);

    [HttpGet("~/Awards/{round:round}/Dossier/{id:int}.pdf")]
    public Task<IActionResult> Pdf(ReviewRound round, int id, CancellationToken cancellationToken) =>
        FileAsync(round, id, d => PdfRenderer.Render(d), DocumentIssuer.PdfType, "pdf", cancellationToken);

    private async Task<IActionResult> FileAsync(ReviewRound round, int id, Func<OfficialDocument, byte[]> render, string type, string extension, CancellationToken cancellationToken) =>
        await files.RenderAsync(id, round, render, extension, cancellationToken) is { } file ? File(file.Content, type, file.FileName) : NotFound();

    private Task<DossierPage?> PageAsync(ReviewRound round, int id, AchievementParts? typed, string? error, CancellationToken cancellationToken) =>
        queries.PageAsync(round, id, User.IsInRole(Roles.Reviewer), typed, error, cancellationToken);

    /// <summary>The page again after a refusal, as stored now: a refusal means the proposal was found (proposals are never deleted).</summary>
    private async Task<DossierPage> RefusedPageAsync(ReviewRound round, int id, AchievementParts? typed, string? error, CancellationToken cancellationToken) =>
        (await PageAsync(round, id, typed, error, cancellationToken))!;

    private RedirectToActionResult BackToDossier(ReviewRound round, int id) => RedirectToAction(nameof(Index), new { round = round.Code, id });
}
