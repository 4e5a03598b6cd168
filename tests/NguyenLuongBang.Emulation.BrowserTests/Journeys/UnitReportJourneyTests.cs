using Microsoft.Playwright;
using NguyenLuongBang.Emulation.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace NguyenLuongBang.Emulation.BrowserTests.Journeys;

/// <summary>Journey 1: unit staff fill, save, reload, submit with a gap, complete, submit; the report turns read-only.</summary>
public class UnitReportJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task Unit_writes_saves_and_submits_its_yearly_report()
    {
        var page = await portal.NewPageAsync();
        await new LoginPage(page).SignInAsync("vanphong@nlb.example");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Báo cáo năm 2026 của Văn phòng HĐND và UBND xã" })).ToBeVisibleAsync();
        await BrowserPortal.ScreenshotAsync(page, "01-unit-home");

        var form = new ReportFormPage(page);
        await form.OpenAsync(2026);
        await form.FillNarrativeAsync(1, "Tổ chức 4 buổi tuyên truyền Nghị quyết 57-NQ/TW tại hội trường xã.");
        await form.FillNarrativeAsync(2, "Hướng dẫn 120 người dân học kỹ năng số trên nền tảng Bình dân học vụ số.");
        await form.SaveAsync();
        await Expect(page.GetByText("Đã lưu nháp báo cáo.")).ToBeVisibleAsync();

        await page.ReloadAsync();
        await Expect(form.Narrative(1)).ToHaveValueAsync("Tổ chức 4 buổi tuyên truyền Nghị quyết 57-NQ/TW tại hội trường xã.");
        await Expect(form.Narrative(2)).ToHaveValueAsync("Hướng dẫn 120 người dân học kỹ năng số trên nền tảng Bình dân học vụ số.");

        await form.SubmitAsync();
        await Expect(form.Error).ToContainTextAsync("chưa thể nộp");
        await Expect(form.Error).ToContainTextAsync("Nội dung (3)");
        await BrowserPortal.ScreenshotAsync(page, "02-report-form-missing");

        for (var area = 3; area <= 7; area++)
        {
            await form.FillNarrativeAsync(area, $"Kết quả thực hiện nội dung {area} trong năm 2026.");
        }

        await form.MarkNoActivityAsync(8, "Đơn vị không được giao nhiệm vụ về an ninh mạng.");
        await form.SubmitAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Reports/Details/"));
        await Expect(page.GetByText("Đã nộp báo cáo cho Phòng Văn hóa - Xã hội.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sửa báo cáo" })).ToHaveCountAsync(0);
        await Expect(page.Locator("textarea")).ToHaveCountAsync(0);
        await BrowserPortal.ScreenshotAsync(page, "03-report-submitted");
    }
}
