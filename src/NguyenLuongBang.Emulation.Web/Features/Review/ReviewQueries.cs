using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Registrations;
using NguyenLuongBang.Emulation.Domain.Reports;
using NguyenLuongBang.Emulation.Web.Data;

namespace NguyenLuongBang.Emulation.Web.Features.Review;

public sealed record ReviewFilter(int? Year, ReportStatus? Status, string? UnitType, bool? Late, int? Page = null);

public sealed class ReviewQueries(AppDbContext db, TimeProvider clock, Reports.IndicatorCatalog catalog)
{
    /// <summary>Units a page of the list shows: a commune's list fits on one or three pages, and a page stays quick.</summary>
    public const int PageSize = 50;

    /// <summary>A page of the active units with their report of the year: a fixed number of queries whatever the number of units.</summary>
    public async Task<ReviewList> ListAsync(ReviewFilter filter, CancellationToken cancellationToken)
    {
        var chosen = Math.Clamp(filter.Year ?? VietnamTime.Today(clock).Year, ReviewRound.FirstYear, ReviewRound.FinalYear);
        var type = string.IsNullOrEmpty(filter.UnitType) ? null : filter.UnitType;
        var late = filter.Late is true;
        var counts = await Counts(db, chosen, type, filter.Status, late);
        var (total, waiting) = (counts?.Total ?? 0, counts?.Waiting ?? 0);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page ?? 1, 1, pages);
        var rows = new List<ReviewRow>(PageSize);
        await foreach (var row in Rows(db, chosen, type, filter.Status, late, (page - 1) * PageSize).WithCancellation(cancellationToken))
        {
            rows.Add(row);
        }

        var targets = await TargetsMetAsync(chosen, rows.Select(r => r.UnitId).ToArray(), cancellationToken);
        var unitTypes = await catalog.UnitTypesAsync(cancellationToken);
        return new ReviewList(chosen, filter with { Page = page }, rows, unitTypes, targets) { Total = total, Waiting = waiting, Pages = pages };
    }

    // The list's two queries, compiled once (the list is the reviewers' most visited page): the
    // filters are parameters, so one plan serves every filter and EF Core does not walk the query's
    // expression tree on each request. Units with their report of the year, if any.
    private static readonly Func<AppDbContext, int, string?, ReportStatus?, bool, Task<ReviewCounts?>> Counts = EF.CompileAsyncQuery(
        (AppDbContext db, int year, string? type, ReportStatus? status, bool late) =>
            (from unit in db.Units
             where unit.IsActive && (type == null || unit.UnitType!.Code == type)
             join report in db.AnnualReports.Where(r => r.Year == year) on unit.Id equals report.UnitId into reports
             from report in reports.DefaultIfEmpty()
             where (status == null || (report != null && report.Status == status)) && (!late || (report != null && report.SubmittedLate))
             select new { unit.Id, Waiting = report != null && report.Status == ReportStatus.Submitted })
            .GroupBy(_ => 1)
            .Select(g => new ReviewCounts(g.Count(), g.Count(x => x.Waiting)))
            .SingleOrDefault());

    private static readonly Func<AppDbContext, int, string?, ReportStatus?, bool, int, IAsyncEnumerable<ReviewRow>> Rows = EF.CompileAsyncQuery(
        (AppDbContext db, int year, string? type, ReportStatus? status, bool late, int skip) =>
            (from unit in db.Units.AsNoTracking()
             where unit.IsActive && (type == null || unit.UnitType!.Code == type)
             join report in db.AnnualReports.Where(r => r.Year == year) on unit.Id equals report.UnitId into reports
             from report in reports.DefaultIfEmpty()
             where (status == null || (report != null && report.Status == status)) && (!late || (report != null && report.SubmittedLate))
             orderby unit.UnitType!.SortOrder, unit.Name, unit.Id
             select new ReviewRow(unit.Id, unit.Name, unit.UnitType!.Name,
                 report == null ? null : report.Id,
                 report == null ? null : report.Status,
                 report != null && report.SubmittedLate,
                 report == null ? null : report.LastSubmittedAt,
                 report == null ? null : report.UpdatedAt))
            .Skip(skip).Take(PageSize));

    private sealed record ReviewCounts(int Total, int Waiting);

    /// <summary>Per unit of the page, how many registered targets of the year its report meets: two queries for the page.</summary>
    private async Task<IReadOnlyDictionary<int, (int Met, int Total)>> TargetsMetAsync(int year, int[] shown, CancellationToken cancellationToken)
    {
        // Joins rather than nested SelectMany: SQLite has no APPLY.
        var targets = await (
                from r in db.Registrations.AsNoTracking()
                where r.Year == year && shown.Contains(r.UnitId) && (r.Status == RegistrationStatus.Submitted || r.Status == RegistrationStatus.Confirmed)
                join t in db.Set<RegistrationTarget>() on r.Id equals t.EmulationRegistrationId
                join u in db.Units on r.UnitId equals u.Id
                select new { r.UnitId, t.IndicatorId, t.Target, Type = u.UnitType!.Code })
            .ToListAsync(cancellationToken);
        // A target on an indicator that no longer applies to the unit's type is not asked any more, as in the consolidated report.
        var catalogue = await catalog.AllAsync(cancellationToken);
        targets = targets.Where(t => catalogue.TryGetValue(t.IndicatorId, out var i) && i.AppliesTo(t.Type)).ToList();
        if (targets.Count == 0)
        {
            return new Dictionary<int, (int, int)>();
        }

        // Only the values that can meet a target: the units that registered, the indicators they chose.
        var unitIds = targets.Select(t => t.UnitId).Distinct().ToArray();
        var indicatorIds = targets.Select(t => t.IndicatorId).Distinct().ToArray();
        var values = await (
                from r in db.AnnualReports.AsNoTracking()
                where r.Year == year && unitIds.Contains(r.UnitId)
                join s in db.Set<ReportAreaSection>() on r.Id equals s.AnnualReportId
                join v in db.Set<IndicatorValue>() on s.Id equals v.ReportAreaSectionId
                where indicatorIds.Contains(v.IndicatorId)
                select new { r.UnitId, v.IndicatorId, v.Value })
            .ToListAsync(cancellationToken);
        var reported = values.ToDictionary(v => (v.UnitId, v.IndicatorId), v => v.Value);
        return targets.GroupBy(t => t.UnitId).ToDictionary(
            g => g.Key,
            g => (g.Count(t => TargetCheck.Evaluate(catalogue[t.IndicatorId], t.Target, reported.GetValueOrDefault((t.UnitId, t.IndicatorId))) == TargetResult.Met), g.Count()));
    }
}

public sealed record ReviewRow(int UnitId, string UnitName, string UnitType, int? ReportId, ReportStatus? Status, bool SubmittedLate,
    DateTimeOffset? LastSubmittedAt, DateTimeOffset? UpdatedAt);

public sealed record ReviewList(int Year, ReviewFilter Filter, IReadOnlyList<ReviewRow> Rows, IReadOnlyList<KeyValuePair<string, string>> UnitTypes,
    IReadOnlyDictionary<int, (int Met, int Total)> TargetsMet)
{
    /// <summary>Units matching the filter, on every page.</summary>
    public int Total { get; init; }

    /// <summary>Of those, reports waiting for a decision.</summary>
    public int Waiting { get; init; }

    public int Pages { get; init; } = 1;

    public int Page => Filter.Page ?? 1;

    /// <summary>The list's address for another page, with the same filter.</summary>
    public string PageUrl(int page) => "/Review" + QueryString.Create(new Dictionary<string, string?>
    {
        ["year"] = Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["status"] = Filter.Status?.ToString(),
        ["unitType"] = string.IsNullOrEmpty(Filter.UnitType) ? null : Filter.UnitType,
        ["late"] = Filter.Late is true ? "true" : null,
        ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => p.Value is not null)).ToUriComponent();
}
