using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Reports;
using NguyenLuongBang.Emulation.Web.Data;

namespace NguyenLuongBang.Emulation.Web.Features.Review;

/// <summary>
/// The points to check before accepting a report (<see cref="PlausibilityCheck"/>), read for the
/// report the reviewer sees and again when she accepts it: one query (the unit's figures of the
/// year before), the rest from the cached catalogue.
/// </summary>
public sealed class ReportChecks(AppDbContext db, Reports.IndicatorCatalog catalog)
{
    /// <param name="report">Loaded with its sections and their values.</param>
    public async Task<IReadOnlyList<PlausibilityFlag>> FindAsync(AnnualReport report, string unitTypeCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var indicators = await catalog.AllAsync(cancellationToken);
        var typeName = (await catalog.UnitTypesAsync(cancellationToken)).FirstOrDefault(t => t.Key == unitTypeCode).Value ?? unitTypeCode;

        // Last year's figures as the unit last sent them: a report submitted or accepted, not a draft.
        var lastYear = await (
                from r in db.AnnualReports.AsNoTracking()
                where r.UnitId == report.UnitId && r.Year == report.Year - 1 && (r.Status == ReportStatus.Submitted || r.Status == ReportStatus.Accepted)
                join s in db.Set<ReportAreaSection>() on r.Id equals s.AnnualReportId
                join v in db.Set<IndicatorValue>() on s.Id equals v.ReportAreaSectionId
                where v.Value != null
                select new { v.IndicatorId, v.Value })
            .ToListAsync(cancellationToken);

        var areas = report.Sections.OrderBy(s => s.AreaNumber)
            .Select(s => new AreaFigures(s.AreaNumber, s.NoActivity ? null : s.Narrative,
                s.IndicatorValues.Where(v => v.Value is not null && indicators.ContainsKey(v.IndicatorId))
                    .Select(v => (indicators[v.IndicatorId], v.Value!.Value)).ToList()))
            .ToList();
        return PlausibilityCheck.Find(unitTypeCode, typeName, report.Year, areas, lastYear.ToDictionary(v => v.IndicatorId, v => v.Value!.Value));
    }
}
