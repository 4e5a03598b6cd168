using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NguyenLuongBang.Emulation.Domain.Reports;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using NguyenLuongBang.Emulation.Web.Features.Notifications;

namespace NguyenLuongBang.Emulation.IntegrationTests.Reports;

/// <summary>Reminders before 15/12; each class moves the clock of its own app.</summary>
public class DeadlineReminderTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<int> RunRemindersAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DeadlineReminders>().RunAsync();
    }

    [Fact]
    public async Task Units_that_have_not_submitted_are_reminded_14_days_before_once()
    {
        factory.CreatePortalClient();
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.FromHours(7)));

        var reminded = await RunRemindersAsync();
        var again = await RunRemindersAsync();

        var notSubmitted = await factory.WithDatabaseAsync(db => db.Units.CountAsync(u => db.Users.Any(s => s.UnitId == u.Id) && !db.AnnualReports.Any(r => r.UnitId == u.Id && r.Year == 2026 && (r.Status == ReportStatus.Submitted || r.Status == ReportStatus.Accepted))));
        Assert.Equal(notSubmitted, reminded);
        Assert.True(reminded >= 2);
        Assert.Equal(0, again);
        var client = factory.CreatePortalClient();
        await client.SignInAsync("vanphong@nlb.example");
        Assert.Contains("Còn 14 ngày đến hạn nộp báo cáo kết quả thi đua năm 2026 (15/12/2026)", await client.GetStringAsync("/Notifications"));
        Assert.Contains("id=\"unread-count\">1</span>", await client.GetStringAsync("/"));

        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 2, 8, 0, 0, TimeSpan.FromHours(7)));
        Assert.Equal(0, await RunRemindersAsync());
    }
}

public class LateSubmissionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Submit_after_15_December_is_taken_and_marked_late()
    {
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 16, 0, 0, 1, TimeSpan.FromHours(7)));
        var unit = factory.CreatePortalClient();
        await unit.SignInAsync("vanphong@nlb.example");
        var id = await unit.StartAsync(2026);

        var response = await (await unit.EditFormAsync(id)).FillAll(factory).SubmitAsync(unit);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("nộp sau hạn", await unit.GetStringAsync($"/Reports/Details/{id}"));
        Assert.True(await factory.WithDatabaseAsync(db => db.AnnualReports.Where(r => r.Id == id).Select(r => r.SubmittedLate).SingleAsync()));
    }
}

public class LockTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task After_the_lock_date_only_a_reviewer_exception_lets_the_unit_submit()
    {
        // Trường Tiểu học has a 2026 draft; reports lock at the end of 30/12 (deadline + 15 days).
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 31, 9, 0, 0, TimeSpan.FromHours(7)));
        var unit = factory.CreatePortalClient();
        await unit.SignInAsync("tieuhoc@nlb.example");
        var id = await unit.StartAsync(2026);
        var form = await unit.EditFormAsync(id);

        var refused = await form.FillAll(factory, "Bổ sung").SubmitAsync(unit);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Báo cáo đã khóa từ 23:59 ngày 30/12/2026", html);
        Assert.Contains("Bổ sung nội dung 3.", html);
        Assert.Equal(ReportStatus.Draft, await factory.WithDatabaseAsync(db => db.AnnualReports.Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));

        var reviewer = factory.CreatePortalClient();
        await reviewer.SignInAsync("chuyenvien@nlb.example");
        var unlock = HtmlForm.Parse(await reviewer.GetStringAsync($"/Reports/Details/{id}"), "review-unlock").Set("reason", "Trường mới đổi hiệu trưởng");
        Assert.Equal(HttpStatusCode.Redirect, (await unlock.PostAsync(reviewer)).StatusCode);

        var retry = HtmlForm.Parse(html, "report-form");
        Assert.Equal(HttpStatusCode.Redirect, (await retry.SubmitAsync(unit)).StatusCode);
        var report = await factory.WithDatabaseAsync(db => db.AnnualReports.SingleAsync(r => r.Id == id));
        Assert.Equal(ReportStatus.Submitted, report.Status);
        Assert.True(report.SubmittedLate);
        Assert.Contains("mở khóa 7 ngày", await unit.GetStringAsync("/Notifications"));
    }
}
