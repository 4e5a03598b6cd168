using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Reports;
using NguyenLuongBang.Emulation.Domain.Units;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using NguyenLuongBang.Emulation.Web.Data;

namespace NguyenLuongBang.Emulation.IntegrationTests.Dashboard;

public class DashboardTests(PortalFactory factory, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<PortalFactory>
{
    /// <summary>Adds units (each with a submitted 2026 report carrying indicator values) until there are <paramref name="total"/>.</summary>
    private async Task GrowToAsync(int total)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var existing = await db.Units.CountAsync();
        var type = await db.UnitTypes.Where(t => t.Code == "THON").Select(t => t.Id).SingleAsync();
        var areas = await db.ContentAreas.Select(a => new { a.Id, a.Number }).ToListAsync();
        var indicator = await db.Indicators.FirstAsync(i => i.Code == "TT01");
        var staff = new Actor("load", "Tải thử");
        var now = PortalFactory.Start;
        var units = Enumerable.Range(existing, total - existing).Select(i => (i, Unit: new Unit($"Tổ dân cư thử {i:000}", type, null, null, null, null))).ToList();
        db.Units.AddRange(units.Select(u => u.Unit));
        await db.SaveChangesAsync();
        foreach (var (i, unit) in units)
        {
            var report = new AnnualReport(unit.Id, 2026, areas.Select(a => (a.Id, a.Number)), staff, now);
            var window = new ReportWindow(now.AddDays(20), now.AddDays(35));
            foreach (var area in areas)
            {
                report.UpdateSection(area.Id, $"Kết quả {i}", false, null, new ReportEdit(staff, now, window));
            }

            report.SetIndicatorValue(indicator.ContentAreaId, indicator.Id, i % 7, null, new ReportEdit(staff, now, window));
            report.Submit(staff, now, window);
            db.AnnualReports.Add(report);
        }

        await db.SaveChangesAsync();
    }

    /// <summary>
    /// The page's commands when its own figures are computed afresh; a request for another year
    /// first fills the shared reference-data cache, as any earlier page would have. The cache is
    /// emptied before that request, so no entry filled long before (its lifetime runs on the real
    /// clock) can expire between the warm-up and the measure on a slow machine.
    /// </summary>
    private async Task<(int Queries, string Html)> LoadAsync(HttpClient client, string url = "/Dashboard?year=2026", string warmUp = "/Dashboard?year=2025")
    {
        EmptyCache();
        (await client.GetAsync(warmUp)).Dispose();
        factory.Commands.Reset();
        var response = await client.GetAsync(url);
        var queries = factory.Commands.Count;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (queries, await response.Content.ReadAsStringAsync());
    }

    private void EmptyCache() => ((Microsoft.Extensions.Caching.Memory.MemoryCache)factory.Services.GetRequiredService<Microsoft.Extensions.Caching.Memory.IMemoryCache>()).Clear();

    [Fact]
    public async Task Dashboard_and_review_list_issue_the_same_number_of_queries_for_10_and_1000_units()
    {
        var reviewer = factory.CreatePortalClient();
        await reviewer.SignInAsync("chuyenvien@nlb.example");
        await factory.WithDatabaseAsync(async db =>
        {
            // Down to 10 active units for the first measure.
            await db.Units.Where(u => u.Id > 10).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsActive, false));
            return 0;
        });

        var (withTen, tenHtml) = await LoadAsync(reviewer);
        var (reviewWithTen, _) = await LoadAsync(reviewer, "/Review?year=2026", "/Review?year=2026");
        await GrowToAsync(1005);
        var (withThousand, bigHtml) = await LoadAsync(reviewer);
        var (reviewWithThousand, reviewHtml) = await LoadAsync(reviewer, "/Review?year=2026", "/Review?year=2026");

        Assert.Contains("<div class=\"small text-muted\">Đơn vị</div><div class=\"fs-4\">10</div>", tenHtml);
        Assert.Contains("<div class=\"small text-muted\">Đơn vị</div><div class=\"fs-4\">1000</div>", bigHtml);
        // The list is paged: every unit is on one of its pages, 50 at most a page, and the total is told.
        Assert.Contains("1000 đơn vị", reviewHtml);
        var pages = int.Parse(System.Text.RegularExpressions.Regex.Match(reviewHtml, @"trang 1/(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(20, pages);
        var found = 0;
        for (var page = 1; page <= pages; page++)
        {
            var html = await reviewer.GetStringAsync($"/Review?year=2026&page={page}");
            Assert.InRange(System.Text.RegularExpressions.Regex.Count(html, "<tr>") - 1, 1, 50);
            found += html.Contains("Tổ dân cư thử 999", StringComparison.Ordinal) ? 1 : 0;
        }

        Assert.Equal(1, found);
        output.WriteLine($"Database commands per request — dashboard: {withTen} (10 units), {withThousand} (1000 units); review list: {reviewWithTen}, {reviewWithThousand}");
        Assert.Equal(withTen, withThousand);
        Assert.Equal(reviewWithTen, reviewWithThousand);
        Assert.InRange(withTen, 1, 12);

        // Unchanged data: the figures come from memory after four small aggregate queries (plus the
        // server-side session's lookup, which brings the bell's count with it).
        EmptyCache();
        (await reviewer.GetAsync("/Dashboard?year=2026")).Dispose();
        factory.Commands.Reset();
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync("/Dashboard?year=2026")).StatusCode);
        Assert.Equal(5, factory.Commands.Count);
        Assert.InRange(reviewWithTen, 1, 12);
    }

    [Fact]
    public async Task Dashboard_shows_completeness_rates_heat_map_and_indicator_tables_and_is_refused_to_units()
    {
        var chairman = factory.CreatePortalClient();
        await chairman.SignInAsync("chutich@nlb.example");

        var html = await chairman.GetStringAsync("/Dashboard?year=2026");

        Assert.Contains("Tỷ lệ đã nộp:", html);
        Assert.Contains("Báo cáo của từng đơn vị qua các năm", html);
        Assert.Contains("Kết quả chỉ tiêu theo nội dung thi đua (năm 2026 so với 2025)", html);
        Assert.Contains("class=\"indicator-chart\"", html);
        Assert.Contains("/lib/chart.js/chart.umd.min.js", html);

        var unit = factory.CreatePortalClient();
        await unit.SignInAsync("tieuhoc@nlb.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.GetAsync("/Dashboard")).StatusCode);
    }

    [Fact]
    public async Task A_signed_in_page_that_reads_nothing_sends_one_command_with_the_bell_right()
    {
        var unit = factory.CreatePortalClient();
        await unit.SignInAsync("tieuhoc@nlb.example");
        var userId = await factory.WithDatabaseAsync(db => db.Users.Where(u => u.Email == "tieuhoc@nlb.example").Select(u => u.Id).SingleAsync());
        (await unit.GetAsync("/Account/ChangePassword")).Dispose();
        var unread = await factory.WithDatabaseAsync(db => db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null));

        factory.Commands.Reset();
        var html = await unit.GetStringAsync("/Account/ChangePassword");
        Assert.Equal(1, factory.Commands.Count);
        Assert.Contains($"aria-label=\"Thông báo, {unread} chưa đọc\"", html);

        // A new notification shows on the next page.
        await factory.WithDatabaseAsync(async db =>
        {
            db.Notifications.Add(new Domain.Notifications.Notification(userId, "Thông báo thử", "/", null, PortalFactory.Start));
            return await db.SaveChangesAsync();
        });
        Assert.Contains($"aria-label=\"Thông báo, {unread + 1} chưa đọc\"", await unit.GetStringAsync("/Account/ChangePassword"));
    }

    [Fact]
    public async Task The_map_shows_one_unit_type_at_a_time_with_a_tab_for_each()
    {
        var chairman = factory.CreatePortalClient();
        await chairman.SignInAsync("chutich@nlb.example");
        var types = await factory.WithDatabaseAsync(db => db.UnitTypes.OrderBy(t => t.SortOrder)
            .Select(t => new { t.Code, t.Name, Units = db.Units.Where(u => u.IsActive && u.UnitTypeId == t.Id).Select(u => u.Name).ToList() })
            .ToListAsync());
        var withUnits = types.Where(t => t.Units.Count > 0).ToList();
        Assert.True(withUnits.Count > 1);

        var first = await chairman.GetStringAsync("/Dashboard?year=2026");
        var second = await chairman.GetStringAsync($"/Dashboard?year=2026&map={withUnits[1].Code}");
        foreach (var type in withUnits)
        {
            Assert.Contains($"map={type.Code}#heat", first);
        }

        static string Row(string name) => $"<th scope=\"row\" class=\"text-start fw-normal\">{name}</th>";
        Assert.All(withUnits[0].Units, name => Assert.Contains(Row(name), first));
        Assert.All(withUnits[1].Units, name => Assert.DoesNotContain(Row(name), first));
        Assert.All(withUnits[1].Units, name => Assert.Contains(Row(name), second));
        Assert.All(withUnits[0].Units, name => Assert.DoesNotContain(Row(name), second));
    }

    [Fact]
    public async Task Dashboard_shows_a_decision_at_once_whatever_it_kept_in_memory()
    {
        var reviewer = factory.CreatePortalClient();
        await reviewer.SignInAsync("chuyenvien@nlb.example");
        static string Accepted(int count) => $"<div class=\"small text-muted\">Đã tiếp nhận</div><div class=\"fs-4\">{count}</div>";
        var before = await factory.WithDatabaseAsync(db => db.AnnualReports.CountAsync(r => r.Year == 2026 && r.Status == ReportStatus.Accepted && db.Units.Any(u => u.Id == r.UnitId && u.IsActive)));
        Assert.Contains(Accepted(before), await reviewer.GetStringAsync("/Dashboard?year=2026"));

        var submitted = await factory.WithDatabaseAsync(db => db.AnnualReports.Where(r => r.Year == 2026 && r.Status == ReportStatus.Submitted && db.Units.Any(u => u.Id == r.UnitId && u.IsActive)).Select(r => r.Id).FirstAsync());
        var accepted = await reviewer.PostFormAsync($"/Reports/Details/{submitted}", $"/Review/Accept/{submitted}", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);

        Assert.Contains(Accepted(before + 1), await reviewer.GetStringAsync("/Dashboard?year=2026"));
    }

    [Fact]
    public async Task An_indicator_figure_opens_the_units_behind_it()
    {
        var chairman = factory.CreatePortalClient();
        await chairman.SignInAsync("chutich@nlb.example");
        var indicator = await factory.WithDatabaseAsync(db => db.Indicators.SingleAsync(i => i.Code == "TT01"));
        Assert.Contains($"/Dashboard/Indicator/{indicator.Id}?year=2025", await chairman.GetStringAsync("/Dashboard?year=2025"));

        var expected = await factory.WithDatabaseAsync(db => (
                from r in db.AnnualReports
                where r.Year == 2025 && r.Status == ReportStatus.Accepted
                join s in db.Set<ReportAreaSection>() on r.Id equals s.AnnualReportId
                join v in db.Set<IndicatorValue>() on s.Id equals v.ReportAreaSectionId
                where v.IndicatorId == indicator.Id && v.Value != null
                join u in db.Units on r.UnitId equals u.Id
                select new { u.Name, r.Id, v.Value })
            .ToListAsync());
        Assert.NotEmpty(expected);

        var page = await chairman.GetStringAsync($"/Dashboard/Indicator/{indicator.Id}?year=2025");
        foreach (var row in expected)
        {
            Assert.Contains($"<a href=\"/Reports/Details/{row.Id}\">{row.Name}</a>", page);
            Assert.Contains(indicator.Format(row.Value!.Value, Web.Infrastructure.PortalSetup.Vietnamese), page);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await chairman.GetAsync("/Dashboard/Indicator/99999")).StatusCode);
        var unit = factory.CreatePortalClient();
        await unit.SignInAsync("vanphong@nlb.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.GetAsync($"/Dashboard/Indicator/{indicator.Id}")).StatusCode);
    }

    [Fact]
    public async Task Each_area_shows_the_share_of_registered_targets_met()
    {
        var reviewer = factory.CreatePortalClient();
        await reviewer.SignInAsync("chuyenvien@nlb.example");
        var expected = await factory.WithDatabaseAsync(db => (
                from r in db.Registrations
                where r.Year == 2026 && (r.Status == Domain.Registrations.RegistrationStatus.Submitted || r.Status == Domain.Registrations.RegistrationStatus.Confirmed)
                    && db.Units.Any(u => u.Id == r.UnitId && u.IsActive)
                join t in db.Set<Domain.Registrations.RegistrationTarget>() on r.Id equals t.EmulationRegistrationId
                join i in db.Indicators on t.IndicatorId equals i.Id
                join a in db.ContentAreas on i.ContentAreaId equals a.Id
                group t by a.Number into g
                select new { Area = g.Key, Count = g.Count() })
            .ToListAsync());
        Assert.NotEmpty(expected);

        var html = await reviewer.GetStringAsync("/Dashboard?year=2026");
        foreach (var area in expected)
        {
            var match = System.Text.RegularExpressions.Regex.Match(html, $@"<h3 class=""h6"">\({area.Area}\)[^<]*</h3>\s*<p class=""small mb-1"">Chỉ tiêu đơn vị đăng ký: <strong>(\d+)/(\d+) đạt");
            Assert.True(match.Success, $"area {area.Area} shows no share of targets met");
            Assert.Equal(area.Count, int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
            Assert.InRange(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 0, area.Count);
        }
    }
}
