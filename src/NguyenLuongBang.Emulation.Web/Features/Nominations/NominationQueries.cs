using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.Domain.Reports;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Nominations;

/// <summary>A round's nominations with their eligibility checklist, and the units' proposals not yet taken over; fixed queries.</summary>
public sealed class NominationQueries(AppDbContext db, PortalSettings settings)
{
    public async Task<NominationsPage> LoadAsync(ReviewRound round, CancellationToken cancellationToken)
    {
        var years = round.Years.ToArray();
        var nominations = await db.Nominations.AsNoTracking().Include(n => n.Objections)
            .Where(n => n.RoundKind == round.Kind && n.RoundYear == round.Year)
            .OrderBy(n => n.Id).ToListAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var reports = await db.AnnualReports.AsNoTracking().Where(r => years.Contains(r.Year))
            .Select(r => new { r.UnitId, r.Year, r.Status, r.SubmittedLate }).ToListAsync(cancellationToken);
        var awarded = await db.Nominations.AsNoTracking()
            .Where(n => n.RoundKind == round.Kind && n.RoundYear == round.Year && n.Status == NominationStatus.Approved)
            .Select(n => new { n.Id, n.SearchName, n.UnitId }).ToListAsync(cancellationToken);
        var taken = nominations.Where(n => n.ProposedCommendationId != null).Select(n => n.ProposedCommendationId!.Value).ToHashSet();
        var proposals = await (
                from r in db.AnnualReports.AsNoTracking()
                where years.Contains(r.Year) && r.Status == ReportStatus.Accepted
                join p in db.Set<ProposedCommendation>() on r.Id equals p.AnnualReportId
                select new { p.Id, r.UnitId, r.Year, p.Kind, p.NomineeName, p.Position, p.Achievement })
            .ToListAsync(cancellationToken);
        var quota = (int)await settings.NumberAsync(PortalSettings.MaxNomineesPerUnitKey);

        var rows = nominations.Select(n =>
        {
            var facts = new EligibilityFacts(round, n.NomineeKind, n.Gender, n.UnitId is not null,
                reports.Where(r => r.UnitId == n.UnitId).ToDictionary(r => r.Year, r => (r.Status, r.SubmittedLate)),
                awarded.Any(a => a.Id != n.Id && a.SearchName == n.SearchName && a.UnitId == n.UnitId),
                n.UnderDiscipline,
                nominations.Count(x => x.UnitId == n.UnitId),
                quota);
            return new NominationRow(n, n.UnitId is { } u ? units.GetValueOrDefault(u) : null, Eligibility.Check(facts));
        }).ToList();
        var open = proposals.Where(p => !taken.Contains(p.Id))
            .Select(p => new ProposalRow(p.Id, units.GetValueOrDefault(p.UnitId) ?? string.Empty, p.Year, StatusText.Of(p.Kind), p.NomineeName, p.Position, p.Achievement))
            .ToList();
        return new NominationsPage(round, rows, open);
    }

    /// <summary>The active units a nominee may belong to, by name.</summary>
    public async Task<IReadOnlyList<KeyValuePair<int, string>>> UnitsAsync(CancellationToken cancellationToken) =>
        await db.Units.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.Name)
            .Select(u => new KeyValuePair<int, string>(u.Id, u.Name)).ToListAsync(cancellationToken);

    /// <summary>Whether the unit chosen on a form is one of the commune's active units.</summary>
    public Task<bool> IsActiveUnitAsync(int unitId, CancellationToken cancellationToken) =>
        db.Units.AnyAsync(u => u.Id == unitId && u.IsActive, cancellationToken);

    /// <summary>One nominee's checklist now, as its row on the page shows it (null: not in this round).</summary>
    public async Task<IReadOnlyList<EligibilityLine>?> EligibilityAsync(ReviewRound round, int id, CancellationToken cancellationToken) =>
        (await LoadAsync(round, cancellationToken)).Rows.SingleOrDefault(r => r.Nomination.Id == id)?.Eligibility;
}

public sealed record NominationRow(Nomination Nomination, string? UnitName, IReadOnlyList<EligibilityLine> Eligibility)
{
    public bool Blocked => Domain.Nominations.Eligibility.Blocks(Eligibility) && Nomination.OverrideReason is null;

    /// <summary>The failing lines ("Không đạt") the posting warning names.</summary>
    public IReadOnlyList<EligibilityLine> Failing => Eligibility.Where(l => l.Outcome == CheckOutcome.Fail).ToList();
}

public sealed record ProposalRow(int Id, string UnitName, int Year, string Kind, string NomineeName, string? Position, string Achievement);

public sealed record NominationsPage(ReviewRound Round, IReadOnlyList<NominationRow> Rows, IReadOnlyList<ProposalRow> Proposals);
