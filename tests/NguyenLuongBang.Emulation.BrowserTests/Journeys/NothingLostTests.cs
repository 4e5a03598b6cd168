using Microsoft.Playwright;
using NguyenLuongBang.Emulation.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace NguyenLuongBang.Emulation.BrowserTests.Journeys;

public class NothingLostTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    /// <summary>The sign-in expires while the unit types: after signing in again the typed text is offered back.</summary>
    [Fact]
    public async Task Text_typed_when_the_sign_in_expired_is_offered_back()
    {
        var page = await portal.NewPageAsync();
        await new LoginPage(page).SignInAsync("htx@nlb.example");
        var form = new ReportFormPage(page);
        await form.OpenAsync(2026);
        var reportUrl = page.Url;
        await form.FillNarrativeAsync(4, "Số hóa 1.250 hồ sơ xã viên trong năm.");

        await page.Context.ClearCookiesAsync();
        await form.SaveAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));

        await new LoginPage(page).SignInAsync("htx@nlb.example");
        await page.GotoAsync(reportUrl);
        await Expect(form.Narrative(4)).Not.ToHaveValueAsync("Số hóa 1.250 hồ sơ xã viên trong năm.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Khôi phục nội dung chưa lưu" }).ClickAsync();
        await Expect(form.Narrative(4)).ToHaveValueAsync("Số hóa 1.250 hồ sơ xã viên trong năm.");

        await form.SaveAsync();
        await page.ReloadAsync();
        await Expect(form.Narrative(4)).ToHaveValueAsync("Số hóa 1.250 hồ sơ xã viên trong năm.");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Khôi phục nội dung chưa lưu" })).ToHaveCountAsync(0);
    }

    /// <summary>Two minutes before the idle time ends the page warns; staying keeps the session; after the end, what was typed stays on the page.</summary>
    [Fact]
    public async Task The_idle_warning_keeps_the_session_and_an_ended_one_keeps_the_typing()
    {
        var page = await portal.NewPageAsync();
        await page.Clock.InstallAsync();
        await new LoginPage(page).SignInAsync("tieuhoc@nlb.example");
        var form = new ReportFormPage(page);
        await form.OpenAsync(2026);
        var warning = page.Locator("#idle-warning");
        await Expect(warning).ToBeHiddenAsync();

        // 28 minutes without a request: the warning shows; "Tiếp tục làm việc" keeps the session.
        portal.App.Clock.Advance(TimeSpan.FromMinutes(28));
        await page.Clock.FastForwardAsync("28:10");
        await Expect(warning).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tiếp tục làm việc" }).ClickAsync();
        await Expect(warning).ToBeHiddenAsync();

        // Then idle past the end (31 minutes): the page says so and keeps what is on it.
        await form.FillNarrativeAsync(2, "Tổ chức 3 lớp kỹ năng số cho phụ huynh.");
        portal.App.Clock.Advance(TimeSpan.FromMinutes(31));
        await page.Clock.FastForwardAsync("00:20");
        await page.Clock.FastForwardAsync("31:00");
        await Expect(warning).ToContainTextAsync("Phiên làm việc đã kết thúc");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Đăng nhập lại (thẻ mới)" })).ToBeVisibleAsync();
        await Expect(form.Narrative(2)).ToHaveValueAsync("Tổ chức 3 lớp kỹ năng số cho phụ huynh.");
    }
}
