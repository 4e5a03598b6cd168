using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Domain.Reports;
using NguyenLuongBang.Emulation.Web.Data.Seeding;
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

    [Fact]
    public async Task Demo_values_fit_each_unit_type_and_each_narrative_states_its_values()
    {
        factory.CreatePortalClient();

        var (values, narratives) = await factory.WithDatabaseAsync(async db => (
            await (from r in db.AnnualReports
                   join u in db.Units on r.UnitId equals u.Id
                   join t in db.UnitTypes on u.UnitTypeId equals t.Id
                   from s in r.Sections
                   from v in s.IndicatorValues
                   join i in db.Indicators on v.IndicatorId equals i.Id
                   select new { Report = r.Id, r.Year, Section = s.Id, Type = t.Code, i.Code, i.Kind, i.MeasureUnit, v.Value }).ToListAsync(),
            await db.AnnualReports.SelectMany(r => r.Sections).Where(s => s.Narrative != null).ToDictionaryAsync(s => s.Id, s => s.Narrative!)));
        Assert.NotEmpty(values);

        var vietnamese = CultureInfo.GetCultureInfo("vi-VN");
        foreach (var v in values)
        {
            var range = UsualRanges.For(v.Code, v.Type);
            Assert.True(range is not null, $"{v.Code} has a value for a {v.Type}, to which it does not apply");
            Assert.InRange(v.Value!.Value, range!.Value.Min, range.Value.Max);

            // The unit's text says the same: "12 buổi", "92%"; a nought or a "no" is said in words.
            var narrative = narratives[v.Section];
            var number = v.Value.Value.ToString("#,##0", vietnamese);
            if (v.Value == 0)
            {
                Assert.True(narrative.Contains("chưa", StringComparison.Ordinal) || narrative.Contains("không", StringComparison.Ordinal), $"{v.Code} = 0 but the text reads: {narrative}");
                Assert.DoesNotContain($" 0 {v.MeasureUnit}", narrative, StringComparison.Ordinal);
            }
            else if (v.Kind != IndicatorKind.YesNo)
            {
                Assert.Contains(v.Kind == IndicatorKind.Percent ? number + "%" : $"{number} {v.MeasureUnit}", narrative, StringComparison.Ordinal);
            }
        }

        // A commune of fifteen units: a handful of digital teams and incidents, hundreds (not thousands) of people helped.
        var totals2025 = values.Where(v => v.Year == 2025 && v.Kind is IndicatorKind.Count or IndicatorKind.Money)
            .GroupBy(v => v.Code).ToDictionary(g => g.Key, g => g.Sum(v => v.Value!.Value));
        Assert.InRange(totals2025["XH02"], 3, 12);
        Assert.InRange(totals2025["AT01"], 0, 15);
        Assert.InRange(totals2025["XH01"], 300, 3000);
        Assert.All(totals2025.Values, total => Assert.InRange(total, 0, 5000));

        // No two indicators with the same total in a year by accident.
        foreach (var year in values.Select(v => v.Year).Distinct())
        {
            var totals = values.Where(v => v.Year == year && v.Kind is IndicatorKind.Count or IndicatorKind.Money)
                .GroupBy(v => v.Code).Select(g => (Code: g.Key, Total: g.Sum(v => v.Value!.Value))).ToList();
            var same = totals.GroupBy(t => t.Total).Where(g => g.Count() > 1).Select(g => string.Join(" = ", g.Select(t => $"{t.Code} {t.Total}"))).ToList();
            Assert.True(same.Count == 0, $"{year}: {string.Join("; ", same)}");
        }
    }
}
