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
}
