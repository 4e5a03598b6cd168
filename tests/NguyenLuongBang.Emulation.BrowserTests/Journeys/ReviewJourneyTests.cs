using Microsoft.Playwright;
using NguyenLuongBang.Emulation.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace NguyenLuongBang.Emulation.BrowserTests.Journeys;

/// <summary>Journey 2: the reviewer returns with a comment on one area, the unit corrects and resubmits, the reviewer sees the change and accepts.</summary>
public class ReviewJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task Reviewer_returns_unit_corrects_reviewer_accepts()
    {
        var unitPage = await portal.NewPageAsync();
        await new LoginPage(unitPage).SignInAsync("vanphong@nlb.example");
        var form = new ReportFormPage(unitPage);
        await form.OpenAsync(2026);
        for (var area = 1; area <= 8; area++)
        {
            await form.FillNarrativeAsync(area, $"Kết quả nội dung {area}.");
        }

        await form.SubmitAsync();
        var reportId = int.Parse(unitPage.Url.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);

        var reviewerPage = await portal.NewPageAsync();
        await new LoginPage(reviewerPage).SignInAsync("chuyenvien@nlb.example");
        await reviewerPage.GotoAsync("/Review?year=2026");
        await BrowserPortal.ScreenshotAsync(reviewerPage, "04-reviewer-list");
        await reviewerPage.GetByRole(AriaRole.Link, new() { Name = "Văn phòng HĐND và UBND xã" }).ClickAsync();
        var details = new ReportDetailsPage(reviewerPage);
        await details.ReturnWithCommentAsync(5, "Đề nghị bổ sung tỷ lệ hồ sơ trực tuyến toàn trình.");
        await Expect(reviewerPage.GetByText("Đã trả lại báo cáo cho đơn vị kèm nhận xét.")).ToBeVisibleAsync();

        await unitPage.GotoAsync($"/Reports/Edit/{reportId}");
        await Expect(unitPage.Locator("#noi-dung-5").GetByText("Đề nghị bổ sung tỷ lệ hồ sơ trực tuyến toàn trình.")).ToBeVisibleAsync();
        await BrowserPortal.ScreenshotAsync(unitPage, "05-report-returned");
        await form.FillNarrativeAsync(5, "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 92%.");
        await form.SubmitAsync();

        await details.OpenAsync(reportId);
        await reviewerPage.GetByRole(AriaRole.Link, new() { Name = "xem thay đổi so với lần trước" }).ClickAsync();
        await Expect(reviewerPage.GetByText("Tỷ lệ hồ sơ trực tuyến toàn trình đạt 92%.")).ToBeVisibleAsync();
        await Expect(reviewerPage.GetByRole(AriaRole.Heading, new() { Name = "(1) Nâng cao nhận thức, đổi mới tư duy" })).ToHaveCountAsync(0);
        await BrowserPortal.ScreenshotAsync(reviewerPage, "06-reviewer-changes");

        await details.OpenAsync(reportId);
        await details.AcceptAsync();
        await Expect(reviewerPage.GetByText("Đã tiếp nhận báo cáo.")).ToBeVisibleAsync();
        await unitPage.GotoAsync($"/Reports/Details/{reportId}");
        await Expect(new ReportDetailsPage(unitPage).Status).ToHaveTextAsync("Đã tiếp nhận");

        // The reviewer downloads the consolidated report of the year and it is a PDF with the expected title.
        await reviewerPage.GetByRole(AriaRole.Link, new() { Name = "Tổng hợp", Exact = true }).ClickAsync();
        await BrowserPortal.ScreenshotAsync(reviewerPage, "10-consolidation");
        var download = await reviewerPage.RunAndWaitForDownloadAsync(() => reviewerPage.GetByRole(AriaRole.Link, new() { Name = "Tải PDF" }).ClickAsync());
        Assert.Equal("bao-cao-tong-hop-2026.pdf", download.SuggestedFilename);
        var path = await download.PathAsync();
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await File.ReadAllBytesAsync(path));
        var firstPage = string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text));
        Assert.Contains("BÁO CÁO", firstPage);
        Assert.Contains("Văn phòng HĐND và UBND xã", string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)));

        // Each content area comes drafted from the data; the reviewer rewrites one in her words and it stays hers.
        var synthesis = reviewerPage.Locator("#area-3");
        await Expect(synthesis).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^Năm 2026, có \\d+/\\d+ cơ quan, đơn vị báo cáo kết quả"));
        await synthesis.FillAsync("Các cơ quan, đơn vị rà soát, cắt giảm các bước giấy tờ; 100% văn bản đi được ký số.");
        await reviewerPage.GetByRole(AriaRole.Button, new() { Name = "Lưu phần đánh giá" }).ClickAsync();
        await Expect(reviewerPage.GetByText("Đã lưu phần đánh giá của báo cáo tổng hợp.")).ToBeVisibleAsync();
        await Expect(reviewerPage.Locator("#area-3")).ToHaveValueAsync("Các cơ quan, đơn vị rà soát, cắt giảm các bước giấy tờ; 100% văn bản đi được ký số.");
        await Expect(reviewerPage.Locator("label[for=area-3]").GetByText("Chuyên viên đã sửa")).ToBeVisibleAsync();
        await Expect(reviewerPage.Locator("label[for=area-2]").GetByText("Bản hệ thống soạn")).ToBeVisibleAsync();
        await reviewerPage.Locator("#area-syntheses").ScrollIntoViewIfNeededAsync();
        await BrowserPortal.ScreenshotAsync(reviewerPage, "30-area-synthesis");
    }
}
