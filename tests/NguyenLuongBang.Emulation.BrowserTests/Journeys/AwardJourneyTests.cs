using Microsoft.Playwright;
using NguyenLuongBang.Emulation.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace NguyenLuongBang.Emulation.BrowserTests.Journeys;

/// <summary>Journey 3: the reviewer nominates and posts, the council votes, the chairman approves and signs; decision and certificates download as PDFs.</summary>
public class AwardJourneyTests(BlankRoundBrowserPortal portal) : IClassFixture<BlankRoundBrowserPortal>
{
    private static async Task<string> PdfTextAsync(IDownload download)
    {
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await File.ReadAllBytesAsync(await download.PathAsync()));
        return string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    [Fact]
    public async Task Nomination_to_decision_and_certificate()
    {
        var reviewer = await portal.NewPageAsync();
        await new LoginPage(reviewer).SignInAsync("chuyenvien@nlb.example");
        var nominations = new NominationsPage(reviewer);
        await nominations.OpenAsync("2025");
        await nominations.TakeOverAsync("Nguyễn Thị Hằng");
        await Expect(reviewer.GetByText("Đã đưa \"Nguyễn Thị Hằng\" vào danh sách đề nghị.")).ToBeVisibleAsync();
        await nominations.PublishAsync("Nguyễn Thị Hằng");
        await Expect(reviewer.Locator("article").Filter(new() { HasText = "Nguyễn Thị Hằng" }).GetByText("Đang công khai")).ToBeVisibleAsync();
        await BrowserPortal.ScreenshotAsync(reviewer, "11-nominations");

        // The council meets once the week of public posting is over (a new working day, a new sign-in).
        portal.App.Clock.Advance(TimeSpan.FromDays(8));
        await new LoginPage(reviewer).SignInAsync("chuyenvien@nlb.example");
        await nominations.OpenAsync("2025");
        await nominations.OpenCouncilSessionAsync(new DateOnly(2026, 12, 4));
        var sessionUrl = reviewer.Url;

        foreach (var member in new[] { "hoidong1@nlb.example", "hoidong2@nlb.example", "hoidong3@nlb.example" })
        {
            var page = await portal.NewPageAsync();
            await new LoginPage(page).SignInAsync(member);
            var session = new CouncilSessionPage(page);
            await session.OpenAsync(sessionUrl);
            await session.VoteAsync("Nguyễn Thị Hằng", "Đồng ý");
            await Expect(page.GetByText("Đã ghi nhận biểu quyết.")).ToBeVisibleAsync();
            await page.Context.CloseAsync();
        }

        var chairman = await portal.NewPageAsync();
        await new LoginPage(chairman).SignInAsync("chutich@nlb.example");
        await new CouncilSessionPage(chairman).OpenAsync(sessionUrl);
        await new CouncilSessionPage(chairman).VoteAsync("Nguyễn Thị Hằng", "Đồng ý");

        await reviewer.ReloadAsync();
        await new CouncilSessionPage(reviewer).CloseAsync();
        await Expect(reviewer.GetByText("Thông qua — 4 đồng ý")).ToBeVisibleAsync();
        var minutes = await PdfTextAsync(await reviewer.RunAndWaitForDownloadAsync(() => reviewer.GetByRole(AriaRole.Link, new() { Name = "Biên bản họp" }).ClickAsync()));
        Assert.Contains("BIÊN BẢN", minutes);

        var awards = new AwardsPage(chairman);
        await awards.ApproveAsync("Nguyễn Thị Hằng", "Đồng ý khen thưởng.");
        await Expect(chairman.GetByText("Đã phê duyệt khen thưởng \"Nguyễn Thị Hằng\".")).ToBeVisibleAsync();
        await awards.OpenAsync("2025");
        await awards.SignDecisionAsync("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH — Đoàn Văn Cát");
        await Expect(chairman.GetByText("Đã ban hành Quyết định số 01/QĐ-UBND (1 Giấy khen).")).ToBeVisibleAsync();
        await BrowserPortal.ScreenshotAsync(chairman, "12-award-decision");

        var decision = await awards.DownloadAsync("Quyết định (PDF)");
        Assert.Equal("quyet-dinh-01-2026.pdf", decision.SuggestedFilename);
        var decisionText = await PdfTextAsync(decision);
        Assert.Contains("QUYẾT ĐỊNH", decisionText);
        Assert.Contains("KT. CHỦ TỊCH", decisionText);
        Assert.Contains("Nguyễn Thị Hằng", decisionText);

        var certificates = await awards.DownloadAsync("In tất cả Giấy khen");
        var certificateText = await PdfTextAsync(certificates);
        Assert.Contains("GIẤY KHEN", certificateText);
        Assert.Contains("Nguyễn Thị Hằng", certificateText);
        Assert.Contains("Số vào sổ: 01/GK-UBND", certificateText);

        var visitor = await portal.NewPageAsync();
        await visitor.GotoAsync("/Vinh-danh");
        await Expect(visitor.GetByText("Nguyễn Thị Hằng")).ToBeVisibleAsync();
    }
}
