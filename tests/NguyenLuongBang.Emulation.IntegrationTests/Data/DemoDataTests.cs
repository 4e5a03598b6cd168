using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Reports;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;

namespace NguyenLuongBang.Emulation.IntegrationTests.Data;

public class DemoDataTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Trait(Engines.Trait, Engines.Sqlite)]
    [Fact]
    public async Task Start_up_migrates_a_real_SQLite_file_and_seeds_the_plan_and_demo_data()
    {
        factory.CreatePortalClient();

        Assert.True(File.Exists(factory.DatabasePath));
        var (areas, indicators, units, campaigns) = await factory.WithDatabaseAsync(async db => (
            await db.ContentAreas.OrderBy(a => a.Number).Select(a => a.FullText).ToListAsync(),
            await db.Indicators.CountAsync(),
            await db.Units.CountAsync(),
            await db.Campaigns.CountAsync()));

        Assert.Equal(8, areas.Count);
        Assert.StartsWith("Thi đua nâng cao nhận thức, đột phá về đổi mới tư duy", areas[0]);
        Assert.StartsWith("Phát động phong trào học tập trên các nền tảng số", areas[1]);
        Assert.True(indicators >= 16);
        Assert.Equal(15, units);
        Assert.Equal(1, campaigns);
    }

    [Fact]
    public async Task Demo_reports_cover_2025_and_2026_in_mixed_states()
    {
        factory.CreatePortalClient();

        var byYear = await factory.WithDatabaseAsync(db => db.AnnualReports
            .GroupBy(r => new { r.Year, r.Status })
            .Select(g => new { g.Key.Year, g.Key.Status, Count = g.Count() })
            .ToListAsync());

        Assert.Equal(15, byYear.Where(r => r.Year == 2025 && r.Status == ReportStatus.Accepted).Sum(r => r.Count));
        var statuses2026 = byYear.Where(r => r.Year == 2026).Select(r => r.Status).ToHashSet();
        Assert.Superset(new HashSet<ReportStatus> { ReportStatus.Draft, ReportStatus.Submitted, ReportStatus.Returned, ReportStatus.Accepted }, statuses2026);
        Assert.True(await factory.WithDatabaseAsync(db => db.AnnualReports.AnyAsync(r => r.Year == 2025 && r.SubmittedLate)));
    }

    [Fact]
    public async Task Reports_round_trip_through_the_database_with_their_parts()
    {
        factory.CreatePortalClient();

        var report = await factory.WithDatabaseAsync(db => db.AnnualReports
            .Include(r => r.Sections).ThenInclude(s => s.IndicatorValues)
            .Include(r => r.History)
            .Where(r => r.Year == 2026 && r.Status == ReportStatus.Returned)
            .AsSplitQuery()
            .FirstAsync());

        Assert.Equal(8, report.Sections.Count);
        Assert.Contains(report.Sections, s => s.ReviewerComment is not null);
        Assert.Contains(report.Sections, s => s.IndicatorValues.Count > 0);
        Assert.Equal([ReportStatus.Draft, ReportStatus.Submitted, ReportStatus.Returned], report.History.OrderBy(h => h.At).ThenBy(h => h.Id).Select(h => h.To));
    }
}
