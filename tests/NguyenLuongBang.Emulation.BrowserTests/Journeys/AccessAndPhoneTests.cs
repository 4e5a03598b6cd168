using Microsoft.Playwright;
using NguyenLuongBang.Emulation.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace NguyenLuongBang.Emulation.BrowserTests.Journeys;

public class AccessAndPhoneTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    /// <summary>Journey 4: a unit user typing another unit's report address is refused.</summary>
    [Fact]
    public async Task Unit_user_typing_another_units_report_url_is_refused()
    {
        var owner = await portal.NewPageAsync();
        await new LoginPage(owner).SignInAsync("htx@nlb.example");
        var form = new ReportFormPage(owner);
        await form.OpenAsync(2026);
        var reportId = form.ReportId;

        var intruder = await portal.NewPageAsync();
        await new LoginPage(intruder).SignInAsync("tieuhoc@nlb.example");
        var response = await intruder.GotoAsync($"/Reports/Edit/{reportId}");

        Assert.Equal(403, response!.Status);
        await Expect(intruder.GetByRole(AriaRole.Heading, new() { Name = "Không có quyền truy cập" })).ToBeVisibleAsync();
    }

    /// <summary>Journey 5: on a 360 × 740 phone the form needs no sideways scrolling and submit is reachable.</summary>
    [Fact]
    public async Task Report_form_is_usable_on_a_phone()
    {
        var page = await portal.NewPageAsync(360, 740);
        await new LoginPage(page).SignInAsync("tieuhoc@nlb.example");
        var form = new ReportFormPage(page);
        await form.OpenAsync(2026);

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"The page scrolls sideways by {overflow}px");
        await Expect(form.SubmitButton).ToBeInViewportAsync();
        await BrowserPortal.ScreenshotAsync(page, "07-report-form-phone");

        await form.FillNarrativeAsync(3, "Nhập trên điện thoại.");
        await form.SaveAsync();
        await Expect(page.GetByText("Đã lưu nháp báo cáo.")).ToBeVisibleAsync();
    }
}
