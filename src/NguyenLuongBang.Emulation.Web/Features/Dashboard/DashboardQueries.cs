using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Registrations;
using NguyenLuongBang.Emulation.Domain.Reports;
using NguyenLuongBang.Emulation.Web.Data;

namespace NguyenLuongBang.Emulation.Web.Features.Dashboard;

/// <summary>
/// The reviewer's and chairman's dashboard. A fixed number of queries whatever the number of
/// units: the figures are computed in memory from a few flat reads, and kept in memory for as long
/// as the data they come from has not changed (four small aggregate queries tell).
/// </summary>
public sealed class DashboardQueries(AppDbContext db, TimeProvider clock, Reports.IndicatorCatalog catalog, IMemoryCache cache)
{
    /// <summary>Also bounds how long a unit's new name or type takes to show (they do not change the data version).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private static readonly ReportStatus[] Sent = [ReportStatus.Submitted, ReportStatus.Returned, ReportStatus.Accepted, ReportStatus.Reopened];

    /// <param name="map">The unit type whose units the year-by-year map shows (one type at a time; the first by default).</param>
    public async Task<DashboardPage> LoadAsync(int? year, string? unitType, CancellationToken cancellationToken, string? map = null)
    {
        var page = await LoadAllAsync(year, unitType, cancellationToken);
        var types = page.Heat.Select(r => r.TypeCode).Distinct().ToList();
        var shown = !string.IsNullOrEmpty(unitType) ? unitType : map is not null && types.Contains(map) ? map : types.FirstOrDefault();
        return page with { MapType = shown };
    }

    private async Task<DashboardPage> LoadAllAsync(int? year, string? unitType, CancellationToken cancellationToken)
    {
        var chosen = Math.Clamp(year ?? VietnamTime.Today(clock).Year, ReviewRound.FirstYear, ReviewRound.FinalYear);

        // Every change the dashboard shows moves one of these: a unit added or (de)activated, a report
        // started, a report's status changed (submitting, returning, accepting, reopening), a
        // registration's status changed (its targets count once submitted).
        var units = await db.Units.GroupBy(_ => 1).Select(g => new { Active = g.Sum(u => u.IsActive ? u.Id : 0), Last = g.Max(u => u.Id) }).FirstOrDefaultAsync(cancellationToken);
        var lastReport = await db.AnnualReports.MaxAsync(r => (int?)r.Id, cancellationToken);
        var lastChange = await db.ReportStatusChanges.MaxAsync(h => (long?)h.Id, cancellationToken);
        var lastRegistration = await db.Set<RegistrationStatusChange>().MaxAsync(h => (long?)h.Id, cancellationToken);
        var key = $"dashboard:{db.CurrentCommuneId}:{chosen}:{unitType}:{units?.Active}:{units?.Last}:{lastReport}:{lastChange}:{lastRegistration}";
        if (cache.TryGetValue(key, out DashboardPage? cached) && cached is not null)
        {
            return cached;
        }

        var page = await ComputeAsync(chosen, unitType, cancellationToken);
        cache.Set(key, page, Lifetime);
        return page;
    }

    private async Task<DashboardPage> ComputeAsync(int chosen, string? unitType, CancellationToken cancellationToken)
    {
        var unitsQuery = db.Units.AsNoTracking().Where(u => u.IsActive);
        if (!string.IsNullOrEmpty(unitType))
        {
            unitsQuery = unitsQuery.Where(u => u.UnitType!.Code == unitType);
        }

        var units = await unitsQuery.OrderBy(u => u.UnitType!.SortOrder).ThenBy(u => u.Name)
            .Select(u => new { u.Id, u.Name, Type = u.UnitType!.Code }).ToListAsync(cancellationToken);
        var unitIds = units.Select(u => u.Id).ToHashSet();
        var reports = (await db.AnnualReports.AsNoTracking()
                .Select(r => new ReportLine(r.Id, r.UnitId, r.Year, r.Status, r.SubmittedLate))
                .ToListAsync(cancellationToken))
            .Where(r => unitIds.Contains(r.UnitId)).ToList();
        var values = (await (
                    from r in db.AnnualReports.AsNoTracking()
                    where (r.Year == chosen || r.Year == chosen - 1) && Sent.Contains(r.Status)
                    join s in db.Set<ReportAreaSection>() on r.Id equals s.AnnualReportId
                    join v in db.Set<IndicatorValue>() on s.Id equals v.ReportAreaSectionId
                    where v.Value != null
                    select new { r.UnitId, r.Year, v.IndicatorId, Value = v.Value!.Value })
                .ToListAsync(cancellationToken))
            .Where(v => unitIds.Contains(v.UnitId)).ToList();
        var areas = await catalog.AreasAsync(cancellationToken);
        var allIndicators = await catalog.AllAsync(cancellationToken);
        var indicators = allIndicators.Values.Where(i => !i.IsRetired).OrderBy(i => i.Code, StringComparer.Ordinal).ToList();
        var unitTypes = await catalog.UnitTypesAsync(cancellationToken);

        // An indicator counts only the units it applies to, as in the consolidated report.
        var typeOf = units.ToDictionary(u => u.Id, u => u.Type);
        values = values.Where(v => allIndicators.TryGetValue(v.IndicatorId, out var i) && i.AppliesTo(typeOf[v.UnitId])).ToList();

        var thisYear = reports.Where(r => r.Year == chosen).ToDictionary(r => r.UnitId);
        var completeness = new Completeness(
            units.Count,
            units.Count(u => !thisYear.ContainsKey(u.Id)),
            thisYear.Values.Count(r => r.Status is ReportStatus.Draft or ReportStatus.Reopened),
            thisYear.Values.Count(r => Sent.Contains(r.Status) && !r.Late),
            thisYear.Values.Count(r => Sent.Contains(r.Status) && r.Late),
            thisYear.Values.Count(r => r.Status == ReportStatus.Returned),
            thisYear.Values.Count(r => r.Status == ReportStatus.Accepted));

        // Lookups, not scans: the page must not grow with units × years × reports.
        var byUnitYear = reports.ToLookup(r => (r.UnitId, r.Year));
        var heat = units.Select(u => new HeatRow(u.Id, u.Name, u.Type, Enumerable.Range(ReviewRound.FirstYear, 6)
            .Select(y => byUnitYear[(u.Id, y)].FirstOrDefault()).ToArray())).ToList();
        var byIndicatorYear = values.ToLookup(v => (v.IndicatorId, v.Year), v => v.Value);

        // Registered targets of the year (units shown here), each met or not by the unit's sent report.
        var targets = (await (
                    from r in db.Registrations.AsNoTracking()
                    where r.Year == chosen && (r.Status == RegistrationStatus.Submitted || r.Status == RegistrationStatus.Confirmed)
                    join t in db.Set<RegistrationTarget>() on r.Id equals t.EmulationRegistrationId
                    select new { r.UnitId, t.IndicatorId, t.Target })
                .ToListAsync(cancellationToken))
            .Where(t => unitIds.Contains(t.UnitId)).ToList();
        var achieved = values.Where(v => v.Year == chosen).ToLookup(v => (v.UnitId, v.IndicatorId), v => v.Value);
        var targetsByArea = targets.Where(t => allIndicators.TryGetValue(t.IndicatorId, out var i) && i.AppliesTo(typeOf[t.UnitId])).ToLookup(t => allIndicators[t.IndicatorId].ContentAreaId, t =>
            TargetCheck.Evaluate(allIndicators[t.IndicatorId], t.Target, achieved[(t.UnitId, t.IndicatorId)].Cast<decimal?>().FirstOrDefault()) == TargetResult.Met);

        var areaCharts = areas.Select(area => new AreaChart(area.Number, area.ShortTitle, indicators.Where(i => i.ContentAreaId == area.Id).Select(i =>
        {
            var now = byIndicatorYear[(i.Id, chosen)].ToList();
            var before = byIndicatorYear[(i.Id, chosen - 1)].ToList();
            return new IndicatorFigure(i, Aggregate(i.Kind, now), Aggregate(i.Kind, before), now.Count, now.Count == 0 ? null : now.Min(), now.Count == 0 ? null : now.Max());
        }).ToList())
        {
            TargetsMet = targetsByArea[area.Id].Count(met => met),
            Targets = targetsByArea[area.Id].Count(),
        }).ToList();

        return new DashboardPage(chosen, unitType, unitTypes, completeness, heat, areaCharts);
    }

    public async Task<IndicatorPage?> IndicatorAsync(int indicatorId, int? year, CancellationToken cancellationToken)
    {
        if (!(await catalog.AllAsync(cancellationToken)).TryGetValue(indicatorId, out var indicator))
        {
            return null;
        }

        var chosen = Math.Clamp(year ?? VietnamTime.Today(clock).Year, ReviewRound.FirstYear, ReviewRound.FinalYear);
        var values = await (
                from r in db.AnnualReports.AsNoTracking()
                where (r.Year == chosen || r.Year == chosen - 1) && Sent.Contains(r.Status)
                join s in db.Set<ReportAreaSection>() on r.Id equals s.AnnualReportId
                join v in db.Set<IndicatorValue>() on s.Id equals v.ReportAreaSectionId
                where v.IndicatorId == indicatorId && v.Value != null
                select new { r.UnitId, r.Year, ReportId = r.Id, Value = v.Value!.Value })
            .ToListAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.Name).Select(u => new UnitLine(u.Id, u.Name)).ToListAsync(cancellationToken);
        var byUnit = values.ToLookup(v => (v.UnitId, v.Year));
        var rows = units
            .Select(u => (Unit: u, Now: byUnit[(u.Id, chosen)].FirstOrDefault(), Before: byUnit[(u.Id, chosen - 1)].FirstOrDefault()))
            .Where(x => x.Now is not null || x.Before is not null)
            .Select(x => new IndicatorUnitRow(x.Unit.Id, x.Unit.Name, x.Now?.ReportId, x.Now?.Value, x.Before?.Value))
            .OrderByDescending(r => r.ThisYear ?? decimal.MinValue).ThenBy(r => r.UnitName, StringComparer.Ordinal)
            .ToList();
        return new IndicatorPage(indicator, chosen, rows);
    }

    private static decimal? Aggregate(IndicatorKind kind, List<decimal> values) =>
        values.Count == 0 ? null : kind == IndicatorKind.Percent ? decimal.Round(values.Average(), 1, MidpointRounding.AwayFromZero) : values.Sum();
}

public sealed record UnitLine(int Id, string Name);

public sealed record IndicatorUnitRow(int UnitId, string UnitName, int? ReportId, decimal? ThisYear, decimal? LastYear);

public sealed record IndicatorPage(Indicator Indicator, int Year, IReadOnlyList<IndicatorUnitRow> Rows);

public sealed record ReportLine(int Id, int UnitId, int Year, ReportStatus Status, bool Late);

public sealed record Completeness(int Units, int NotStarted, int Drafting, int OnTime, int Late, int Returned, int Accepted)
{
    public int Submitted => OnTime + Late;

    public int SubmittedPercent => Units == 0 ? 0 : (int)Math.Round(100.0 * Submitted / Units);

    public int OnTimePercent => Units == 0 ? 0 : (int)Math.Round(100.0 * OnTime / Units);
}

public sealed record HeatRow(int UnitId, string UnitName, string TypeCode, IReadOnlyList<ReportLine?> Years);

public sealed record IndicatorFigure(Indicator Indicator, decimal? ThisYear, decimal? LastYear, int UnitsReporting, decimal? Min, decimal? Max);

public sealed record AreaChart(int Number, string Title, IReadOnlyList<IndicatorFigure> Figures)
{
    /// <summary>Registered targets of this area the units' sent reports meet, out of <see cref="Targets"/>.</summary>
    public int TargetsMet { get; init; }

    public int Targets { get; init; }
}

public sealed record DashboardPage(int Year, string? UnitType, IReadOnlyList<KeyValuePair<string, string>> UnitTypes, Completeness Completeness,
    IReadOnlyList<HeatRow> Heat, IReadOnlyList<AreaChart> Areas)
{
    /// <summary>The unit type the map shows: one type's units at a time keeps the page small whatever the number of units.</summary>
    public string? MapType { get; init; }
}
