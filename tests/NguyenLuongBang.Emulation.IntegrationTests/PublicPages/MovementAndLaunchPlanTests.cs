using System.Net;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;

namespace NguyenLuongBang.Emulation.IntegrationTests.PublicPages;

/// <summary>The public movement page, and the reviewer's view of the units' launch plans with the reminder.</summary>
public sealed class MovementAndLaunchPlanTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_movement_page_is_public_and_shows_the_areas_the_timeline_and_this_years_participation()
    {
        var anonymous = factory.CreatePortalClient();
        var response = await anonymous.GetAsync("/Phong-trao");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var areas = await factory.WithDatabaseAsync(db => db.ContentAreas.OrderBy(a => a.Number).Select(a => a.ShortTitle).ToListAsync());
        Assert.Equal(8, areas.Count);
        Assert.All(areas, a => Assert.Contains(a, html, StringComparison.Ordinal));
        Assert.Contains("Năm 2027", html, StringComparison.Ordinal);
        Assert.Contains("Tổng kết", html, StringComparison.Ordinal);

        // Today (26/11/2026 in the tests) is in the 2026 reporting step, 19 days before 15/12.
        Assert.Contains("Hôm nay, 26/11/2026", html, StringComparison.Ordinal);
        Assert.Contains("còn <strong>19 ngày</strong>", html, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"step\"", html, StringComparison.Ordinal);

        // The counts are the dashboard's own.
        var reviewer = factory.CreatePortalClient();
        await reviewer.SignInAsync("chuyenvien@nlb.example");
        var units = await factory.WithDatabaseAsync(db => db.Units.CountAsync(u => u.IsActive));
        var plans = await factory.WithDatabaseAsync(db => db.UnitLaunchPlans.CountAsync());
        Assert.Contains($"{plans}/{units}</div>", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:title\"", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"description\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reviewer_sees_who_has_no_launch_plan_and_reminds_them_once()
    {
        var reviewer = factory.CreatePortalClient();
        await reviewer.SignInAsync("chuyenvien@nlb.example");
        var missing = await factory.WithDatabaseAsync(db => db.Units.Where(u => u.IsActive && !db.UnitLaunchPlans.Any(p => p.UnitId == u.Id) && db.Users.Any(s => s.UnitId == u.Id))
            .Select(u => new { u.Id, u.Name }).ToListAsync());
        Assert.NotEmpty(missing);
        var overview = await reviewer.GetStringAsync("/LaunchPlan/Overview");
        Assert.Contains("Chưa có", overview, StringComparison.Ordinal);
        Assert.Contains(missing[0].Name, overview, StringComparison.Ordinal);

        var notificationsBefore = await factory.WithDatabaseAsync(db => db.Notifications.CountAsync());
        var mailBefore = await factory.WithDatabaseAsync(db => db.OutboxMessages.CountAsync());

        // A double click: two posts at once, then a third; the units are reminded once.
        var clicks = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => reviewer.PostFormAsync("/LaunchPlan/Overview", "/LaunchPlan/Remind", new Dictionary<string, string>())));
        Assert.All(clicks, c => Assert.Equal(HttpStatusCode.Redirect, c.StatusCode));
        var third = await reviewer.PostFormAsync("/LaunchPlan/Overview", "/LaunchPlan/Remind", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, third.StatusCode);
        Assert.Contains("đã được nhắc hôm nay", await reviewer.GetStringAsync("/LaunchPlan/Overview"), StringComparison.Ordinal);

        var staff = await factory.WithDatabaseAsync(db => db.Users.Where(u => u.UnitId != null && missing.Select(m => m.Id).Contains(u.UnitId.Value)).Select(u => u.Id).ToListAsync());
        var reminders = await factory.WithDatabaseAsync(db => db.Notifications.Where(n => n.DedupeKey!.StartsWith("launch-plan-")).Select(n => n.UserId).ToListAsync());
        Assert.Equal(staff.Order(), reminders.Order());
        Assert.Equal(notificationsBefore + staff.Count, await factory.WithDatabaseAsync(db => db.Notifications.CountAsync()));
        Assert.True(await factory.WithDatabaseAsync(db => db.OutboxMessages.CountAsync()) > mailBefore);
        Assert.Equal(1, await factory.WithDatabaseAsync(db => db.AuditEntries.CountAsync(a => a.Action == "Nhắc đơn vị chưa có kế hoạch phát động")));

        // The unit's staff see it in their bell, pointing to their launch plan page.
        var unitUser = await factory.WithDatabaseAsync(db => db.Users.Where(u => u.Id == staff[0]).Select(u => u.Email).SingleAsync());
        var unit = factory.CreatePortalClient();
        await unit.SignInAsync(unitUser!);
        Assert.Contains("chưa đăng ký kế hoạch phát động", await unit.GetStringAsync("/Notifications"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.GetAsync("/LaunchPlan/Overview")).StatusCode);
    }
}
