using Microsoft.Playwright;
using NguyenLuongBang.Emulation.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace NguyenLuongBang.Emulation.BrowserTests.Journeys;

/// <summary>Journey 4: the consolidated report goes for signature, the chairman signs it, and the stored copy is what everyone downloads.</summary>
public class IssuedDocumentJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task Reviewer_submits_the_report_for_signature_the_chairman_signs_it_and_the_administrator_sees_its_hashes()
    {
        var reviewer = await portal.NewPageAsync();
        await new LoginPage(reviewer).SignInAsync("chuyenvien@nlb.example");
        await reviewer.GotoAsync("/Consolidation/2026");
        await reviewer.GetByLabel("III.1. Ưu điểm").FillAsync("Các đơn vị vào cuộc đồng bộ.");
        await reviewer.GetByLabel("III.2. Hạn chế, nguyên nhân").FillAsync("Một số đơn vị nộp chậm.");
        await reviewer.GetByLabel("IV. Nhiệm vụ trọng tâm thời gian tới").FillAsync("Phổ cập kỹ năng số cho người dân.");
        await reviewer.GetByLabel("V. Đề xuất, kiến nghị").FillAsync("Đề nghị thành phố hỗ trợ kinh phí.");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Lưu phần đánh giá" }).ClickAsync();
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Trình ký" }).ClickAsync();
        await Expect(reviewer.GetByText("Cần ghi lý do trình ký vì chưa hết hạn nộp báo cáo của các đơn vị")).ToBeVisibleAsync();
        await reviewer.GetByLabel("Lý do trình ký (nếu cần)").FillAsync("Thành phố đề nghị gửi sớm để tổng hợp.");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Trình ký" }).ClickAsync();
        await Expect(reviewer.GetByText("Đã trình ký, chờ Chủ tịch phê duyệt", new() { Exact = false })).ToBeVisibleAsync();

        var chairman = await portal.NewPageAsync();
        await new LoginPage(chairman).SignInAsync("chutich@nlb.example");
        await chairman.GotoAsync("/Consolidation/2026");
        await chairman.GetByRole(AriaRole.Button, new() { Name = "Ký ban hành (cấp số và ngày)" }).ClickAsync();
        await Expect(chairman.GetByText("Đã ký ban hành báo cáo số 01/BC-UBND.")).ToBeVisibleAsync();
        await BrowserPortal.ScreenshotAsync(chairman, "13-consolidation-signed");
        var download = await chairman.RunAndWaitForDownloadAsync(() => chairman.GetByRole(AriaRole.Link, new() { Name = "Tải PDF" }).ClickAsync());
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(await File.ReadAllBytesAsync(await download.PathAsync())))
        {
            var first = string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text));
            Assert.Contains("Số: 01/BC-UBND", first);
            Assert.DoesNotContain("DỰ THẢO", first);
        }

        var admin = await portal.NewPageAsync(width: 1400);
        await new LoginPage(admin).SignInAsync("quantri@nlb.example");
        await admin.GotoAsync("/Admin/Register?year=2025");
        await Expect(admin.GetByText("412/QĐ-UBND", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(admin.Locator("code").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9a-f]{64}$"));
        await BrowserPortal.ScreenshotAsync(admin, "14-issued-documents");
    }
}
