using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Registrations;
using NguyenLuongBang.Emulation.Domain.Reports;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Infrastructure;

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
        // The figures are the consolidated report's: accepted reports only, indicators applying to the unit's type, added up by their rule.
        var values = (await Consolidation.AcceptedValues.LoadAsync(db, [chosen - 1, chosen], cancellationToken))
            .Where(v => unitIds.Contains(v.UnitId)).ToList();
        var areas = await catalog.AreasAsync(cancellationToken);
        var allIndicators = await catalog.AllAsync(cancellationToken);
        var indicators = allIndicators.Values.Where(i => !i.IsRetired).OrderBy(i => i.Code, StringComparer.Ordinal).ToList();
        var unitTypes = await catalog.UnitTypesAsync(cancellationToken);

        var typeOf = units.ToDictionary(u => u.Id, u => u.Type);

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
        var byIndicatorYear = values.ToLookup(v => (v.IndicatorId, v.Year), v => v.ForFigure);

        // Registered targets of the year (units shown here), each met or not by the unit's accepted report, as in the consolidated report.
        var targets = (await (
                    from r in db.Registrations.AsNoTracking()
                    where r.Year == chosen && (r.Status == RegistrationStatus.Submitted || r.Status == RegistrationStatus.Confirmed)
                    join t in db.Set<RegistrationTarget>() on r.Id equals t.EmulationRegistrationId
                    select new { r.UnitId, t.IndicatorId, t.Target })
                .ToListAsync(cancellationToken))
            .Where(t => unitIds.Contains(t.UnitId)).ToList();
        var achieved = values.Where(v => v.Year == chosen).ToLookup(v => (v.UnitId, v.IndicatorId), v => (decimal?)v.Value);
        var targetsByArea = targets.Where(t => allIndicators.TryGetValue(t.IndicatorId, out var i) && i.AppliesTo(typeOf[t.UnitId])).ToLookup(t => allIndicators[t.IndicatorId].ContentAreaId, t =>
            TargetCheck.Evaluate(allIndicators[t.IndicatorId], t.Target, achieved[(t.UnitId, t.IndicatorId)].FirstOrDefault()) == TargetResult.Met);

        var areaCharts = areas.Select(area => new AreaChart(area.Number, area.ShortTitle, indicators.Where(i => i.ContentAreaId == area.Id).Select(i =>
        {
            var now = byIndicatorYear[(i.Id, chosen)].ToList();
            var figure = Consolidation.IndicatorFigures.Consolidate(i, now, [chosen]);
            var before = Consolidation.IndicatorFigures.Consolidate(i, byIndicatorYear[(i.Id, chosen - 1)], [chosen - 1]);
            return new DashboardFigure(i, figure, figure.Years.SingleOrDefault(), before.Years.SingleOrDefault(),
                now.Count == 0 ? null : now.Min(v => v.Value), now.Count == 0 ? null : now.Max(v => v.Value));
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
        var values = await Consolidation.AcceptedValues.LoadAsync(db, [chosen - 1, chosen], cancellationToken, indicatorId);
        var units = await db.Units.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.Name).Select(u => new UnitLine(u.Id, u.Name)).ToListAsync(cancellationToken);
        var byUnit = values.ToLookup(v => (v.UnitId, v.Year));
        var rows = units
            .Select(u => (Unit: u, Now: byUnit[(u.Id, chosen)].FirstOrDefault(), Before: byUnit[(u.Id, chosen - 1)].FirstOrDefault()))
            .Where(x => x.Now is not null || x.Before is not null)
            .Select(x => new IndicatorUnitRow(x.Unit.Id, x.Unit.Name, x.Now?.ReportId, x.Now?.Value, x.Before?.Value))
            .OrderByDescending(r => r.ThisYear ?? decimal.MinValue).ThenBy(r => r.UnitName, StringComparer.Ordinal)
            .ToList();
        var figure = Consolidation.IndicatorFigures.Consolidate(indicator, values.Where(v => v.Year == chosen).Select(v => v.ForFigure), [chosen]);
        return new IndicatorPage(indicator, chosen, rows) { Figure = figure };
    }
}

public sealed record UnitLine(int Id, string Name);

public sealed record IndicatorUnitRow(int UnitId, string UnitName, int? ReportId, decimal? ThisYear, decimal? LastYear);

public sealed record IndicatorPage(Indicator Indicator, int Year, IReadOnlyList<IndicatorUnitRow> Rows)
{
    /// <summary>The dashboard's figure of the year, made from the rows' values of that year by the indicator's rule.</summary>
    public Consolidation.IndicatorFigure? Figure { get; init; }
}

public sealed record ReportLine(int Id, int UnitId, int Year, ReportStatus Status, bool Late);

public sealed record Completeness(int Units, int NotStarted, int Drafting, int OnTime, int Late, int Returned, int Accepted)
{
    public int Submitted => OnTime + Late;

    public int SubmittedPercent => Percentage.Of(Submitted, Units);

    public int OnTimePercent => Percentage.Of(OnTime, Units);
}

public sealed record HeatRow(int UnitId, string UnitName, string TypeCode, IReadOnlyList<ReportLine?> Years);

/// <summary>An indicator's figure this year and last, by the rule and from the reports of the consolidated report (<see cref="Consolidation.AcceptedValues"/>).</summary>
/// <param name="Min">The lowest unit's value this year; <paramref name="Max"/> the highest.</param>
public sealed record DashboardFigure(Indicator Indicator, Consolidation.IndicatorFigure Figure, Consolidation.YearFigure? ThisYear, Consolidation.YearFigure? LastYear,
    decimal? Min, decimal? Max)
{
    public int UnitsReporting => ThisYear?.UnitsReporting ?? 0;

    /// <summary>The chart's bar: a rate to one decimal as shown.</summary>
    public static decimal? Bar(Consolidation.YearFigure? year) => year is null ? null : decimal.Round(year.Value, 1, MidpointRounding.AwayFromZero);
}

public sealed record AreaChart(int Number, string Title, IReadOnlyList<DashboardFigure> Figures)
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
