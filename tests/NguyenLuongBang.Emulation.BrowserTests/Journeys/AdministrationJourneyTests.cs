using Microsoft.Playwright;
using NguyenLuongBang.Emulation.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace NguyenLuongBang.Emulation.BrowserTests.Journeys;

public class AdministrationJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task Administrator_changes_a_setting_and_a_unit_registers_its_targets()
    {
        var admin = await portal.NewPageAsync();
        await new LoginPage(admin).SignInAsync("quantri@nlb.example");
        await admin.GotoAsync("/Admin/Settings");
        var field = admin.GetByLabel("Số ngày công khai danh sách đề nghị");
        await field.FillAsync("10");
        await admin.Locator("#form-setting-Nominations-PostingDays").GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Expect(admin.GetByText("Đã lưu \"Số ngày công khai danh sách đề nghị\": 10.")).ToBeVisibleAsync();
        await BrowserPortal.ScreenshotAsync(admin, "08-admin-settings");

        var unit = await portal.NewPageAsync();
        await new LoginPage(unit).SignInAsync("vanphong@nlb.example");
        await unit.GetByRole(AriaRole.Link, new() { Name = "Đăng ký thi đua" }).ClickAsync();
        await unit.GetByLabel("(5) Hạ tầng số, Chính phủ số, cải cách thủ tục hành chính").CheckAsync();
        await unit.GetByLabel("Tỷ lệ hồ sơ thủ tục hành chính trực tuyến toàn trình (%)").FillAsync("95");
        await unit.GetByRole(AriaRole.Button, new() { Name = "Gửi đăng ký" }).ClickAsync();
        await Expect(unit.GetByText("Đã gửi bản đăng ký thi đua cho Phòng Văn hóa - Xã hội.")).ToBeVisibleAsync();
        await Expect(unit.GetByText("Chờ xác nhận")).ToBeVisibleAsync();
        await BrowserPortal.ScreenshotAsync(unit, "09-registration");
    }
}
