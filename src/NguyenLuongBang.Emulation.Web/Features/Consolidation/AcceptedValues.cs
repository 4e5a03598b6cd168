using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Domain.Reports;
using NguyenLuongBang.Emulation.Web.Data;

namespace NguyenLuongBang.Emulation.Web.Features.Consolidation;

/// <summary>One value an accepted report gives for an indicator that applies to its unit's type.</summary>
public sealed record AcceptedValue(int CommuneId, int UnitId, int ReportId, int Year, int IndicatorId, string Code, decimal Value, decimal? Denominator)
{
    public UnitValue ForFigure => new(UnitId, Year, Value, Denominator);
}

/// <summary>
/// What every indicator figure of the portal is made of — the dashboard, the consolidated report,
/// the city's pages: the values of <em>accepted</em> reports of active units, each kept only where
/// its indicator applies to the unit's type (<see cref="Indicator.Covers"/>). One read whatever the
/// number of units or communes; the figure is then made by <see cref="IndicatorFigures.Consolidate"/>.
/// Across communes when the caller has opened <c>CommuneScope.AcrossCommunes</c>.
/// </summary>
public static class AcceptedValues
{
    /// <param name="indicatorId">Only this indicator's values (a drill-down); null: every indicator.</param>
    public static async Task<List<AcceptedValue>> LoadAsync(AppDbContext db, IReadOnlyCollection<int> years, CancellationToken cancellationToken, int? indicatorId = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        var wanted = years.ToArray();
        var rows = await (
                from r in db.AnnualReports.AsNoTracking()
                where wanted.Contains(r.Year) && r.Status == ReportStatus.Accepted
                join u in db.Units on r.UnitId equals u.Id
                where u.IsActive
                join s in db.Set<ReportAreaSection>() on r.Id equals s.AnnualReportId
                join v in db.Set<IndicatorValue>() on s.Id equals v.ReportAreaSectionId
                where v.Value != null && (indicatorId == null || v.IndicatorId == indicatorId)
                join i in db.Indicators on v.IndicatorId equals i.Id
                select new
                {
                    Commune = EF.Property<int>(r, CommuneOwnership.Key), r.UnitId, ReportId = r.Id, r.Year, v.IndicatorId, i.Code, v.Value, v.Denominator,
                    i.UnitTypeCodes, Type = u.UnitType!.Code,
                })
            .ToListAsync(cancellationToken);
        return rows.Where(x => Indicator.Covers(x.UnitTypeCodes, x.Type))
            .Select(x => new AcceptedValue(x.Commune, x.UnitId, x.ReportId, x.Year, x.IndicatorId, x.Code, x.Value!.Value, x.Denominator))
            .ToList();
    }
}
