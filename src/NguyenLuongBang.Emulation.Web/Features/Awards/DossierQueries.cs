using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.Web.Data;

namespace NguyenLuongBang.Emulation.Web.Features.Awards;

/// <summary>The dossier page: the nominee, the checklist, the report as saved (or as drafted), the city's decision.</summary>
/// <param name="Stamp">A fingerprint of the report as shown, so two people editing at once do not overwrite each other unknowingly.</param>
public sealed record DossierPage(ReviewRound Round, Nomination Nomination, string? UnitName, AchievementParts Parts, bool Drafted, string? Stamp, string? Error,
    DateOnly Today)
{
    /// <summary>The city's decision as typed, when it was refused: shown again in its form.</summary>
    public CityDecisionForm? TypedDecision { get; init; }

    /// <summary>The reader writes the dossier and records the city's decision (the reviewer); others read.</summary>
    public bool MayWrite { get; init; }

    /// <summary>The report can be edited by this reader now.</summary>
    public bool Editable => MayWrite && Nomination.CanWriteDossier;
}

/// <summary>The city's decision as the reviewer typed it.</summary>
public sealed record CityDecisionForm(bool? Awarded, string? Number, string? DecidedOn);

/// <summary>What the dossier page shows, read as it is stored now (never what a refused change left in memory).</summary>
public sealed class DossierQueries(AppDbContext db, AwardQueries queries, TimeProvider clock)
{
    /// <param name="mayWrite">Whether the reader writes the dossier: only a writer is offered a draft drawn from the portal's data.</param>
    /// <param name="typed">The report as typed, when a save was refused: shown again instead of what is stored.</param>
    /// <returns>Null when the round has no such Bằng khen proposal.</returns>
    public async Task<DossierPage?> PageAsync(ReviewRound round, int id, bool mayWrite, AchievementParts? typed, string? error, CancellationToken cancellationToken)
    {
        var nomination = await db.Nominations.AsNoTracking().Include(n => n.Objections).Include(n => n.Dossier)
            .SingleOrDefaultAsync(n => n.Id == id && n.RoundKind == round.Kind && n.RoundYear == round.Year && n.AwardForm == AwardForm.CityCertificate, cancellationToken);
        if (nomination is null)
        {
            return null;
        }

        var unit = nomination.UnitId is { } u ? await db.Units.AsNoTracking().Where(x => x.Id == u).Select(x => x.Name).FirstOrDefaultAsync(cancellationToken) : null;
        var today = VietnamTime.Today(clock);
        var stamp = DossierChanges.Stamp(nomination);
        var page = typed is not null
            ? new DossierPage(round, nomination, unit, typed, false, stamp, error, today)
            : nomination.Dossier is { } saved
                ? new DossierPage(round, nomination, unit, new AchievementParts(saved.Overview, saved.Achievements, saved.Honours, saved.CertifierName, saved.CertifierTitle),
                    false, stamp, error, today)
                : !(mayWrite && nomination.CanWriteDossier)
                    // Nothing saved, and this reader cannot write: no draft to offer.
                    ? new DossierPage(round, nomination, unit, new AchievementParts(null, null, null, null, null), false, null, error, today)
                    : new DossierPage(round, nomination, unit, AchievementReportDocument.Draft(await queries.AchievementSourcesAsync(round, nomination, unit, cancellationToken)), true, null, error, today);
        return page with { MayWrite = mayWrite };
    }
}
