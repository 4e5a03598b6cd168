using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Reports;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Consolidation;

/// <summary>
/// Gathers a round's consolidated report from the accepted unit reports, in a fixed number of
/// queries whatever the number of units.
/// </summary>
public sealed class ConsolidationQuery(AppDbContext db, PortalSettings settings)
{
    public async Task<ConsolidationData> LoadAsync(ReviewRound round, CancellationToken cancellationToken = default)
    {
        var years = round.Years.ToArray();
        var campaignTitle = await db.Campaigns.Select(c => c.Title).SingleAsync(cancellationToken);
        var stored = await db.ConsolidatedReports.AsNoTracking()
            .SingleOrDefaultAsync(r => r.RoundKind == round.Kind && r.RoundYear == round.Year, cancellationToken);
        var units = await db.Units.AsNoTracking().Where(u => u.IsActive)
            .OrderBy(u => u.UnitType!.SortOrder).ThenBy(u => u.Name)
            .Select(u => new { u.Id, u.Name, Type = u.UnitType!.Name })
            .ToListAsync(cancellationToken);
        var reports = await db.AnnualReports.AsNoTracking().Where(r => years.Contains(r.Year))
            .Select(r => new { r.Id, r.UnitId, r.Year, r.Status, r.SubmittedLate, r.LastSubmittedAt })
            .ToListAsync(cancellationToken);
        var sections = await (
                from r in db.AnnualReports.AsNoTracking()
                where years.Contains(r.Year) && r.Status == ReportStatus.Accepted
                join s in db.Set<ReportAreaSection>() on r.Id equals s.AnnualReportId
                where s.Narrative != null && !s.NoActivity
                select new { r.UnitId, r.Year, s.ContentAreaId, s.Narrative })
            .ToListAsync(cancellationToken);
        var values = await (
                from r in db.AnnualReports.AsNoTracking()
                where years.Contains(r.Year) && r.Status == ReportStatus.Accepted
                join s in db.Set<ReportAreaSection>() on r.Id equals s.AnnualReportId
                join v in db.Set<IndicatorValue>() on s.Id equals v.ReportAreaSectionId
                where v.Value != null
                select new { r.UnitId, r.Year, v.IndicatorId, v.Value })
            .ToListAsync(cancellationToken);
        var commendations = await (
                from r in db.AnnualReports.AsNoTracking()
                where years.Contains(r.Year) && r.Status == ReportStatus.Accepted
                join p in db.Set<ProposedCommendation>() on r.Id equals p.AnnualReportId
                select new { r.UnitId, p.NomineeName, p.Kind, p.Position, p.Achievement })
            .ToListAsync(cancellationToken);
        var areas = await db.ContentAreas.AsNoTracking().OrderBy(a => a.Number).ToListAsync(cancellationToken);
        var indicators = await db.Indicators.AsNoTracking().OrderBy(i => i.Code).ToListAsync(cancellationToken);
        var signer = await settings.GetAsync(PortalSettings.ViceChairmanKey);

        var unitName = units.ToDictionary(u => u.Id, u => u.Name);
        var order = units.Select((u, i) => (u.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var unitLines = units.SelectMany(u => years.Select(year =>
        {
            var report = reports.FirstOrDefault(r => r.UnitId == u.Id && r.Year == year);
            return new UnitStatusLine(u.Name, u.Type, year, report is null ? "Chưa báo cáo" : StatusText.Of(report.Status),
                report?.LastSubmittedAt is { } at ? DateOnly.FromDateTime(VietnamTime.ToLocal(at).DateTime) : null, report?.SubmittedLate ?? false);
        })).ToList();

        var areaResults = areas.Select(area =>
        {
            var contributions = sections.Where(s => s.ContentAreaId == area.Id && unitName.ContainsKey(s.UnitId))
                .OrderBy(s => s.Year).ThenBy(s => order[s.UnitId])
                .Select(s => new Contribution(unitName[s.UnitId], s.Year, s.Narrative!))
                .ToList();
            var totals = indicators.Where(i => i.ContentAreaId == area.Id)
                .Select(i => (Indicator: i, Values: values.Where(v => v.IndicatorId == i.Id && unitName.ContainsKey(v.UnitId)).Select(v => v.Value!.Value).ToList()))
                .Where(x => x.Values.Count > 0)
                .Select(x => new IndicatorTotal(x.Indicator.Name, x.Indicator.MeasureUnit, x.Indicator.Kind,
                    x.Indicator.Kind == IndicatorKind.Percent ? x.Values.Average() : x.Values.Sum(), x.Values.Count))
                .ToList();
            return new AreaResult(area.Number, area.ShortTitle, contributions, totals);
        }).ToList();

        var byId = indicators.ToDictionary(i => i.Id);
        var areaNumber = areas.ToDictionary(a => a.Id, a => a.Number);
        var perUnit = values.Where(v => unitName.ContainsKey(v.UnitId))
            .OrderBy(v => order[v.UnitId]).ThenBy(v => v.Year).ThenBy(v => byId[v.IndicatorId].Code)
            .Select(v => new UnitIndicatorLine(unitName[v.UnitId], v.Year, areaNumber[byId[v.IndicatorId].ContentAreaId], byId[v.IndicatorId].Name,
                byId[v.IndicatorId].Format(v.Value!.Value, PortalSetup.Vietnamese)))
            .ToList();

        return new ConsolidationData(
            round,
            campaignTitle,
            stored?.Number,
            stored?.IssuedOn,
            new AssessmentText(stored?.Direction, stored?.Strengths, stored?.Limitations, stored?.TasksAhead, stored?.Proposals),
            unitLines,
            areaResults,
            perUnit,
            commendations.Where(c => unitName.ContainsKey(c.UnitId))
                .Select(c => new CommendationProposal(unitName[c.UnitId], c.NomineeName, StatusText.Of(c.Kind), c.Position, c.Achievement)).ToList(),
            signer);
    }
}
