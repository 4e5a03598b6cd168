using System.Globalization;
using Microsoft.Playwright;
using NguyenLuongBang.Emulation.BrowserTests.Pages;
using NguyenLuongBang.Emulation.IntegrationTests.Communes;
using NguyenLuongBang.Emulation.Web.Data.Seeding;
using static Microsoft.Playwright.Assertions;

namespace NguyenLuongBang.Emulation.BrowserTests.Journeys;

/// <summary>The demo portal with a second commune (phường An Hải), each having sent one Bằng khen proposal to the city.</summary>
public sealed class CityBrowserPortal() : BrowserPortal(new CityPortal())
{
    public CityPortal City => (CityPortal)App;
}

/// <summary>The city's Ban Thi đua - Khen thưởng follows two communes' reports and records the city's decision on a Bằng khen proposal.</summary>
public class CityJourneyTests(CityBrowserPortal portal) : IClassFixture<CityBrowserPortal>
{
    [Fact]
    public async Task The_city_follows_two_communes_and_records_a_Bang_khen_result_that_the_commune_shows()
    {
        await portal.City.EnsureAsync();
        var page = await portal.NewPageAsync();
        await new LoginPage(page).SignInAsync(DemoData.CityAccount.Email);

        // Lands on the city's view: both communes, each with its own figures; never the city itself as a row.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tình hình báo cáo các xã, phường, đặc khu năm 2026" })).ToBeVisibleAsync();
        var table = page.Locator("#city-communes");
        await Expect(table.GetByRole(AriaRole.Rowheader, new() { Name = "xã Nguyễn Lương Bằng" })).ToBeVisibleAsync();
        await Expect(table.GetByRole(AriaRole.Rowheader, new() { Name = "phường An Hải" })).ToBeVisibleAsync();
        await BrowserPortal.ScreenshotAsync(page, "27-city-overview");

        // 2025: the first commune's consolidated report was issued; the city opens the stored copy.
        await page.GetByLabel("Năm", new() { Exact = true }).SelectOptionAsync("2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem" }).ClickAsync();
        var report = page.Locator("#city-communes a[href$='/2025.pdf']");
        await Expect(report).ToHaveCountAsync(1);
        var download = await page.APIRequest.GetAsync(await report.GetAttributeAsync("href") ?? string.Empty);
        Assert.Equal(200, download.Status);
        Assert.Equal("application/pdf", download.Headers["content-type"]);

        // The proposals of both communes; the decision on the first commune's is recorded.
        await page.GetByRole(AriaRole.Link, new() { Name = "Đề nghị Bằng khen" }).First.ClickAsync();
        var proposal = page.Locator("section", new() { HasText = "Trường Tiểu học Nguyễn Lương Bằng" });
        await Expect(page.Locator("section", new() { HasText = "Tổ công nghệ số cộng đồng phường An Hải" })).ToBeVisibleAsync();
        await proposal.GetByLabel("Tặng Bằng khen").CheckAsync();
        await proposal.GetByLabel("Số quyết định").FillAsync("3579/QĐ-UBND");
        await proposal.GetByLabel("Ngày quyết định").FillAsync(portal.City.SentOn.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await BrowserPortal.ScreenshotAsync(page, "28-city-proposals");
        await proposal.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận" }).ClickAsync();

        await Expect(page.GetByText("Đã ghi nhận: Trường Tiểu học Nguyễn Lương Bằng được tặng Bằng khen theo Quyết định số 3579/QĐ-UBND.")).ToBeVisibleAsync();
        await Expect(page.Locator("section", new() { HasText = "Trường Tiểu học Nguyễn Lương Bằng" }).GetByText("Được tặng Bằng khen — Quyết định số 3579/QĐ-UBND")).ToBeVisibleAsync();

        // The commune's own honour board shows the award at once; the other commune's does not.
        await page.GotoAsync("/nguyen-luong-bang/Vinh-danh");
        await Expect(page.GetByText("Trường Tiểu học Nguyễn Lương Bằng").First).ToBeVisibleAsync();
        await page.GotoAsync("/an-hai/Vinh-danh");
        await Expect(page.GetByText("Trường Tiểu học Nguyễn Lương Bằng")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_Ban_issues_the_citys_own_report_one_officer_drafting_and_another_signing()
    {
        await portal.City.EnsureAsync();
        var officer = await portal.NewPageAsync();
        await new LoginPage(officer).SignInAsync(DemoData.CityAccount.Email);
        await officer.GetByRole(AriaRole.Link, new() { Name = "Báo cáo tổng hợp" }).First.ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Heading, new() { Name = "Báo cáo tổng hợp toàn thành phố năm 2026" })).ToBeVisibleAsync();
        await officer.GetByLabel("IV.1. Ưu điểm").FillAsync("Các xã, phường, đặc khu triển khai đồng bộ, báo cáo đúng hạn tăng.");
        await officer.GetByLabel("IV.2. Hạn chế, nguyên nhân").FillAsync("Một số đơn vị còn nộp muộn.");
        await officer.GetByLabel("V. Nhiệm vụ trọng tâm thời gian tới").FillAsync("Hoàn thành số hóa hồ sơ thi đua năm 2027.");
        await officer.GetByLabel("VI. Đề xuất, kiến nghị").FillAsync("Đề nghị UBND thành phố bố trí kinh phí khen thưởng.");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Lưu phần đánh giá" }).ClickAsync();
        await Expect(officer.GetByText("Đã lưu phần đánh giá của báo cáo.")).ToBeVisibleAsync();
        await officer.GetByLabel("Lý do trình ký (nếu cần)").FillAsync("Thành phố cần số liệu để sơ kết trước hạn.");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Trình ký" }).ClickAsync();
        await Expect(officer.GetByText("Đã trình ký báo cáo của thành phố.")).ToBeVisibleAsync();
        await Expect(officer.Locator("#awaiting-leader")).ToBeVisibleAsync();

        // The head of the Ban signs: numbered in the city's register, stored, downloaded as stored.
        var head = await portal.NewPageAsync();
        await new LoginPage(head).SignInAsync(DemoData.CityHeadAccount.Email);
        await head.GotoAsync("/Thanh-pho/Bao-cao-tong-hop/2026");
        // He signs in the office his account holds, in his own name: no title to choose.
        await Expect(head.Locator("#signs-as")).ToContainTextAsync($"TRƯỞNG BAN — {DemoData.CityHeadAccount.FullName}");
        await head.GetByRole(AriaRole.Button, new() { Name = "Ký ban hành (cấp số và ngày)" }).ClickAsync();
        await Expect(head.GetByText("Đã ký ban hành báo cáo số 01/BC-BTĐKT.")).ToBeVisibleAsync();
        await Expect(head.Locator("#city-report-status")).ToContainTextAsync("Đã ban hành: số 01/BC-BTĐKT");
        await BrowserPortal.ScreenshotAsync(head, "29-city-report");
        var pdf = await head.APIRequest.GetAsync("/Thanh-pho/Bao-cao-tong-hop/2026.pdf");
        Assert.Equal(200, pdf.Status);
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
    }
}
