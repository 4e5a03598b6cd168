using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Awards;

/// <summary>The dossier page: the nominee, the checklist, the report as saved (or as drafted), the city's decision.</summary>
/// <param name="Stamp">A fingerprint of the report as shown, so two people editing at once do not overwrite each other unknowingly.</param>
public sealed record DossierPage(ReviewRound Round, Nomination Nomination, string? UnitName, AchievementParts Parts, bool Drafted, string? Stamp, string? Error,
    DateOnly Today)
{
    /// <summary>The city's decision as typed, when it was refused: shown again in its form.</summary>
    public CityDecisionForm? TypedDecision { get; init; }
}

/// <summary>The city's decision as the reviewer typed it.</summary>
public sealed record CityDecisionForm(bool? Awarded, string? Number, string? DecidedOn);

/// <summary>
/// The dossier of a proposal for the city chairman's Bằng khen (Nghị định 152/2025/NĐ-CP): the
/// achievement report drafted from the portal's data, edited in the browser, completed, downloaded
/// as Word and PDF; the checklist of its parts; and, once the tờ trình went up, the city's decision.
/// Reviewers write; the chairman reads.
/// </summary>
[Authorize(Policy = Policies.ReadAllReports)]
[Route("Awards/{round:round}/Dossier/{id:int}")]
public sealed partial class DossierController(AppDbContext db, AwardQueries queries, RecordChanges changes, TimeProvider clock, DossierFiles files) : Controller
{
    private const string DossierView = "~/Features/Awards/Dossier.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Index(ReviewRound round, int id, CancellationToken cancellationToken)
    {
        var nomination = await LoadAsync(round, id, cancellationToken);
        if (nomination is null)
        {
            return NotFound();
        }

        return View(DossierView, await PageAsync(round, nomination, null, null, null, cancellationToken));
    }

    /// <summary>Saves the report as typed; refused with the typed text kept when it is no longer editable or someone saved in between.</summary>
    [Authorize(Policy = Policies.Review)]
    [HttpPost("")]
    public async Task<IActionResult> Save(ReviewRound round, int id, string? overview, string? achievements, string? honours, string? certifierName, string? certifierTitle,
        string? stamp, CancellationToken cancellationToken)
    {
        var typed = new AchievementParts(overview, achievements, honours, certifierName, certifierTitle);
        var outcome = await changes.ApplyAsync($"nomination:{id}", ct => LoadAsync(round, id, ct), nomination =>
        {
            if (nomination.CanWriteDossier && nomination.Dossier?.Holds(overview, achievements, honours, certifierName, certifierTitle) == true)
            {
                return Change.Already($"Báo cáo thành tích của {nomination.NomineeName} đã được lưu.");
            }

            if (Stamp(nomination) != NullIfEmpty(stamp))
            {
                throw new DomainException(nomination.Dossier is { } saved
                    ? $"Báo cáo thành tích vừa được {saved.UpdatedByName} lưu lúc {VietnamTime.ToLocal(saved.UpdatedAt):HH:mm dd/MM/yyyy}. Nội dung bạn nhập vẫn còn dưới đây; mở lại trang ở thẻ khác để so sánh rồi lưu lại."
                    : "Trang đã cũ so với báo cáo đã lưu. Nội dung bạn nhập vẫn còn dưới đây; bấm Lưu lần nữa để ghi.");
            }

            return DossierChanges.Write(nomination, typed, User.ToActor(), clock.GetUtcNow());
        }, cancellationToken);
        if (outcome.Result == ChangeResult.NotFound)
        {
            return NotFound();
        }

        if (outcome.Result == ChangeResult.Refused)
        {
            db.ChangeTracker.Clear();
            var nomination = (await LoadAsync(round, id, cancellationToken))!;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(DossierView, await PageAsync(round, nomination, typed, stamp, outcome.Message, cancellationToken));
        }

        TempData["Message"] = outcome.Message;
        return RedirectToAction(nameof(Index), new { round = round.Code, id });
    }

    /// <summary>Marks the report final; a second click finds it done.</summary>
    [Authorize(Policy = Policies.Review)]
    [HttpPost("Complete")]
    public async Task<IActionResult> Complete(ReviewRound round, int id, string? stamp, CancellationToken cancellationToken) =>
        this.Answer(await changes.ApplyAsync($"nomination:{id}", ct => LoadAsync(round, id, ct), nomination =>
        {
            if (nomination.Dossier?.CompletedAt is not null)
            {
                return Change.Already($"Báo cáo thành tích của {nomination.NomineeName} đã được hoàn thiện.");
            }

            if (Stamp(nomination) != NullIfEmpty(stamp))
            {
                throw new DomainException("Báo cáo thành tích vừa được sửa sau khi bạn mở trang; xem lại nội dung mới rồi mới hoàn thiện.");
            }

            return DossierChanges.Complete(nomination, User.ToActor(), clock.GetUtcNow());
        }, cancellationToken), RedirectToAction(nameof(Index), new { round = round.Code, id }));

    /// <summary>The city's decision as it came back: awarded or not, its number and date; recorded once.</summary>
    [Authorize(Policy = Policies.Review)]
    [HttpPost("CityDecision")]
    public async Task<IActionResult> CityDecision(ReviewRound round, int id, bool? awarded, string? number, DateOnly? decidedOn, CancellationToken cancellationToken)
    {
        var outcome = await changes.ApplyAsync($"nomination:{id}", ct => LoadAsync(round, id, ct),
            nomination => CityDecisions.Record(nomination, awarded, number, decidedOn, User.ToActor(), clock.GetUtcNow()), cancellationToken);
        if (outcome.Result == ChangeResult.Refused)
        {
            // Refused (a missing choice, a date out of range): the page again, with what was typed.
            db.ChangeTracker.Clear();
            var nomination = (await LoadAsync(round, id, cancellationToken))!;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(DossierView, await PageAsync(round, nomination, null, null, outcome.Message, cancellationToken) with
            {
                TypedDecision = new CityDecisionForm(awarded, number, decidedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            });
        }

        return this.Answer(outcome, RedirectToAction(nameof(Index), new { round = round.Code, id }));
    }

    [HttpGet("~/Awards/{round:round}/Dossier/{id:int}.docx")]
    public Task<IActionResult> Word(ReviewRound round, int id, CancellationToken cancellationToken) =>
        FileAsync(round, id, WordRenderer.Render, DocumentIssuer.WordType, "docx", cancellationToken);

    [HttpGet("~/Awards/{round:round}/Dossier/{id:int}.pdf")]
    public Task<IActionResult> Pdf(ReviewRound round, int id, CancellationToken cancellationToken) =>
        FileAsync(round, id, d => PdfRenderer.Render(d), DocumentIssuer.PdfType, "pdf", cancellationToken);

    private async Task<IActionResult> FileAsync(ReviewRound round, int id, Func<OfficialDocument, byte[]> render, string type, string extension, CancellationToken cancellationToken) =>
        await files.RenderAsync(id, round, render, extension, cancellationToken) is { } file ? File(file.Content, type, file.FileName) : NotFound();

    private Task<Nomination?> LoadAsync(ReviewRound round, int id, CancellationToken cancellationToken) =>
        DossierChanges.LoadAsync(db, round, id, cancellationToken);

    /// <summary>A fingerprint of the report as saved: a save from a page showing something else is a save over someone's work.</summary>
    private static string? Stamp(Nomination nomination) => nomination.Dossier is not { } d ? null
        : Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            string.Join('\u001f', d.Overview, d.Achievements, d.Honours, d.CertifierName, d.CertifierTitle, d.CompletedAt?.UtcTicks))))[..24];

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private async Task<string?> UnitNameAsync(Nomination nomination, CancellationToken cancellationToken) =>
        nomination.UnitId is { } u ? await db.Units.AsNoTracking().Where(x => x.Id == u).Select(x => x.Name).FirstOrDefaultAsync(cancellationToken) : null;

    private async Task<DossierPage> PageAsync(ReviewRound round, Nomination nomination, AchievementParts? typed, string? stamp, string? error, CancellationToken cancellationToken)
    {
        var unit = await UnitNameAsync(nomination, cancellationToken);
        var today = VietnamTime.Today(clock);
        if (typed is not null)
        {
            return new DossierPage(round, nomination, unit, typed, false, Stamp(nomination), error, today);
        }

        if (nomination.Dossier is { } saved)
        {
            return new DossierPage(round, nomination, unit, new AchievementParts(saved.Overview, saved.Achievements, saved.Honours, saved.CertifierName, saved.CertifierTitle),
                false, Stamp(nomination), error, today);
        }

        if (!(User.IsInRole(Roles.Reviewer) && nomination.CanWriteDossier))
        {
            // Nothing saved, and this reader cannot write: no draft to offer.
            return new DossierPage(round, nomination, unit, new AchievementParts(null, null, null, null, null), false, null, error, today);
        }

        return new DossierPage(round, nomination, unit, AchievementReportDocument.Draft(await queries.AchievementSourcesAsync(round, nomination, unit, cancellationToken)), true, null, error, today);
    }
}
