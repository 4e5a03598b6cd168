using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Registrations;
using NguyenLuongBang.Emulation.Domain.Reports;
using NguyenLuongBang.Emulation.Web.Data;

namespace NguyenLuongBang.Emulation.Web.Features.Review;

public sealed record ReviewFilter(int? Year, ReportStatus? Status, string? UnitType, bool? Late);

public sealed class ReviewQueries(AppDbContext db, TimeProvider clock, Reports.IndicatorCatalog catalog)
{
    /// <summary>Every active unit with its report of the year, in one query whatever the number of units.</summary>
    public async Task<ReviewList> ListAsync(ReviewFilter filter, CancellationToken cancellationToken)
    {
        var chosen = Math.Clamp(filter.Year ?? VietnamTime.Today(clock).Year, ReviewRound.FirstYear, ReviewRound.FinalYear);
        var query =
            from unit in db.Units.AsNoTracking()
            where unit.IsActive
            join report in db.AnnualReports.Where(r => r.Year == chosen) on unit.Id equals report.UnitId into reports
            from report in reports.DefaultIfEmpty()
            select new { unit, report };
        if (!string.IsNullOrEmpty(filter.UnitType))
        {
            query = query.Where(x => x.unit.UnitType!.Code == filter.UnitType);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(x => x.report != null && x.report.Status == status);
        }

        if (filter.Late is true)
        {
            query = query.Where(x => x.report != null && x.report.SubmittedLate);
        }

        var rows = await query
            .OrderBy(x => x.unit.UnitType!.SortOrder).ThenBy(x => x.unit.Name)
            .Select(x => new ReviewRow(x.unit.Id, x.unit.Name, x.unit.UnitType!.Name,
                x.report == null ? null : x.report.Id,
                x.report == null ? null : x.report.Status,
                x.report != null && x.report.SubmittedLate,
                x.report == null ? null : x.report.LastSubmittedAt,
                x.report == null ? null : x.report.UpdatedAt))
            .ToListAsync(cancellationToken);
        var targets = await TargetsMetAsync(chosen, cancellationToken);
        var unitTypes = await db.UnitTypes.AsNoTracking().OrderBy(t => t.SortOrder).Select(t => new KeyValuePair<string, string>(t.Code, t.Name)).ToListAsync(cancellationToken);
        return new ReviewList(chosen, filter, rows, unitTypes, targets);
    }

    /// <summary>Per unit, how many registered targets of the year its report meets: three queries for all units.</summary>
    private async Task<IReadOnlyDictionary<int, (int Met, int Total)>> TargetsMetAsync(int year, CancellationToken cancellationToken)
    {
        // Joins rather than nested SelectMany: SQLite has no APPLY.
        var targets = await (
                from r in db.Registrations.AsNoTracking()
                where r.Year == year && (r.Status == RegistrationStatus.Submitted || r.Status == RegistrationStatus.Confirmed)
                join t in db.Set<RegistrationTarget>() on r.Id equals t.EmulationRegistrationId
                select new { r.UnitId, t.IndicatorId, t.Target })
            .ToListAsync(cancellationToken);
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
        var kinds = (await catalog.AllAsync(cancellationToken)).ToDictionary(i => i.Key, i => i.Value.Kind);
        var reported = values.ToDictionary(v => (v.UnitId, v.IndicatorId), v => v.Value);
        return targets.GroupBy(t => t.UnitId).ToDictionary(
            g => g.Key,
            g => (g.Count(t => TargetCheck.Evaluate(kinds[t.IndicatorId], t.Target, reported.GetValueOrDefault((t.UnitId, t.IndicatorId))) == TargetResult.Met), g.Count()));
    }
}

public sealed record ReviewRow(int UnitId, string UnitName, string UnitType, int? ReportId, ReportStatus? Status, bool SubmittedLate,
    DateTimeOffset? LastSubmittedAt, DateTimeOffset? UpdatedAt);

public sealed record ReviewList(int Year, ReviewFilter Filter, IReadOnlyList<ReviewRow> Rows, IReadOnlyList<KeyValuePair<string, string>> UnitTypes,
    IReadOnlyDictionary<int, (int Met, int Total)> TargetsMet);
