using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using NguyenLuongBang.Emulation.BrowserTests.Pages;
using NguyenLuongBang.Emulation.Domain.Council;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace NguyenLuongBang.Emulation.BrowserTests.Journeys;

/// <summary>
/// Issue 34 on a phone and at a desk: a council member votes with the nominee's facts in view and
/// sees the vote; the home pages count only what is still to do and each to-do is one tap from where
/// it is done; the chairman reads the decision before signing it and finds it among what he signed.
/// </summary>
public partial class DecisionsInViewJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private static async Task AssertNoSidewaysScrollAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{page.Url} scrolls sideways by {overflow}px");
    }

    private static async Task<string> PdfTextAsync(IPage page, string href)
    {
        var response = await page.APIRequest.GetAsync(href);
        Assert.Equal("application/pdf", response.Headers["content-type"]);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await response.BodyAsync());
        return string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    /// <summary>Opens the main menu where it is folded (a phone) and follows one of its entries.</summary>
    private static async Task MenuAsync(IPage page, string entry)
    {
        var toggler = page.GetByRole(AriaRole.Button, new() { Name = "Mở menu" });
        if (await toggler.IsVisibleAsync())
        {
            await toggler.ClickAsync();
        }

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = entry, Exact = true }).ClickAsync();
    }

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task A_member_votes_with_the_facts_in_view_then_sees_the_vote_and_the_home_count_drops(int width)
    {
        // A member present at today's open session who has not voted yet (the demo leaves two).
        var (sessionId, email) = await portal.App.WithDatabaseAsync(async db =>
        {
            var session = await db.CouncilSessions.Include(s => s.Present).Include(s => s.Votes).SingleAsync(s => s.Status == CouncilSessionStatus.Open);
            var waiting = session.Present.Select(p => p.MemberUserId).Except(session.Votes.Select(v => v.MemberUserId)).ToList();
            return (session.Id, await db.Users.Where(u => waiting.Contains(u.Id)).OrderBy(u => u.Email).Select(u => u.Email!).FirstAsync());
        });
        var page = await portal.NewPageAsync(width, 740);
        await new LoginPage(page).SignInAsync(email);

        await page.GetByRole(AriaRole.Link, new() { Name = "Có 1 phiên họp đang mở chờ bạn biểu quyết." }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith($"/Council/{sessionId}", StringComparison.Ordinal));
        var session = new CouncilSessionPage(page);
        var duyen = session.Nominee("Lương Thị Duyên");
        await Expect(duyen).ToContainTextAsync("Trưởng thôn · Thôn Nam");
        await Expect(duyen).ToContainTextAsync("Thành tích: Vận động 100% hộ kinh doanh của thôn");
        await Expect(duyen).ToContainTextAsync("Kết quả công khai: không có ý kiến phản ánh");
        await duyen.GetByText("Điều kiện khen thưởng:").ClickAsync();
        await Expect(duyen.GetByText("Kỷ luật, điều tra, khiếu nại — Đạt")).ToBeVisibleAsync();
        await AssertNoSidewaysScrollAsync(page);

        var names = await page.Locator("#agenda article h2").AllInnerTextsAsync();
        Assert.Equal(2, names.Count);
        await session.VoteAsync(names[0], "Đồng ý");
        await Expect(page.GetByText("Đã ghi nhận biểu quyết.")).ToBeVisibleAsync();
        await session.VoteAsync(names[1], "Không đồng ý");
        await Expect(session.Nominee(names[0]).GetByText("Bạn đã biểu quyết: Đồng ý")).ToBeVisibleAsync();
        await Expect(session.Nominee(names[1]).GetByText("Bạn đã biểu quyết: Không đồng ý")).ToBeVisibleAsync();
        await AssertNoSidewaysScrollAsync(page);
        await BrowserPortal.ScreenshotAsync(page, $"34-council-vote-{width}");

        await MenuAsync(page, "Trang chủ");
        await Expect(page.GetByText("Không có phiên họp nào đang chờ bạn biểu quyết.")).ToBeVisibleAsync();
        await Expect(page.GetByText("phiên họp đang mở chờ bạn biểu quyết")).ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task The_chairman_reaches_each_to_do_in_one_tap_previews_the_decision_before_signing_and_finds_it_among_what_he_signed(int width)
    {
        var awardee = width == 360 ? "Hoàng Thị Xem" : "Vũ Văn Xem";
        await TestNominations.AddAsync(portal.App, awardee, NominationStatus.Approved);
        var pending = width == 360 ? "Ngô Thị Chờ Duyệt" : "Mai Văn Chờ Duyệt";
        await TestNominations.AddAsync(portal.App, pending, NominationStatus.CouncilPassed);
        var page = await portal.NewPageAsync(width, 740);
        await new LoginPage(page).SignInAsync("chutich@nlb.example");

        // Every to-do on his home page is a link; each leads to the page where it is done.
        var todos = page.Locator("#chairman-todos li");
        var count = await todos.CountAsync();
        Assert.True(count >= 2, $"{count} to-dos");
        for (var i = 0; i < count; i++)
        {
            var link = todos.Nth(i).GetByRole(AriaRole.Link);
            await Expect(link).ToHaveCountAsync(1);
            var text = await link.InnerTextAsync();
            await link.ClickAsync();
            if (text.Contains("chờ Chủ tịch phê duyệt", StringComparison.Ordinal))
            {
                await Expect(page.Locator("article").Filter(new() { HasText = pending }).GetByRole(AriaRole.Button, new() { Name = "Phê duyệt", Exact = true })).ToBeVisibleAsync();
            }
            else if (text.Contains("chờ ký quyết định", StringComparison.Ordinal))
            {
                await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Ký và ban hành quyết định" })).ToBeVisibleAsync();
            }
            else if (text.Contains("chờ ký tờ trình lên thành phố", StringComparison.Ordinal))
            {
                await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Ký tờ trình lên thành phố" })).ToBeVisibleAsync();
            }
            else
            {
                await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Báo cáo tổng hợp gửi thành phố", Exact = false })).ToBeVisibleAsync();
            }

            await AssertNoSidewaysScrollAsync(page);
            await page.GoBackAsync();
        }

        // Before pressing Ký he opens the decision that will be issued: a draft with his awardee's name, no number taken.
        await page.Locator("#chairman-todos").GetByRole(AriaRole.Link, new() { Name = "chờ ký quyết định khen thưởng", Exact = false }).ClickAsync();
        var preview = page.GetByRole(AriaRole.Link, new() { Name = "Xem trước văn bản (PDF)" });
        await Expect(preview).ToBeVisibleAsync();
        var decisions = await portal.App.WithDatabaseAsync(db => db.AwardDecisions.CountAsync());
        var draft = await PdfTextAsync(page, (await preview.GetAttributeAsync("href"))!);
        Assert.Contains("DỰ THẢO", draft);
        Assert.Contains(awardee, draft);
        Assert.Equal(decisions, await portal.App.WithDatabaseAsync(db => db.AwardDecisions.CountAsync()));
        await AssertNoSidewaysScrollAsync(page);

        await new AwardsPage(page).SignDecisionAsync("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH — Đoàn Văn Cát");
        var issued = page.GetByText(IssuedDecision());
        await Expect(issued).ToBeVisibleAsync();
        var number = IssuedDecision().Match(await issued.InnerTextAsync()).Groups[1].Value;

        // What he signed, newest first, each opening the document as issued.
        await MenuAsync(page, "Đã ký");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Văn bản tôi đã ký" })).ToBeVisibleAsync();
        var first = page.Locator("#signed-documents li").First.GetByRole(AriaRole.Link);
        await Expect(first).ToContainTextAsync(number);
        Assert.Contains(awardee, await PdfTextAsync(page, (await first.GetAttributeAsync("href"))!));
        await Expect(page.Locator("#signed-documents")).ToContainTextAsync("412/QĐ-UBND");
        await AssertNoSidewaysScrollAsync(page);

        // Tổng hợp is in his menu.
        await MenuAsync(page, "Tổng hợp");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Báo cáo tổng hợp gửi thành phố", Exact = false })).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task The_reviewers_count_cards_each_open_the_report_list_for_that_count(int width)
    {
        var page = await portal.NewPageAsync(width, 740);
        await new LoginPage(page).SignInAsync("chuyenvien@nlb.example");
        await AssertNoSidewaysScrollAsync(page);
        foreach (var (label, stage) in new[] { ("Chưa bắt đầu", "NotStarted"), ("Đang soạn / bổ sung", "InProgress"), ("Chờ xem xét", "AwaitingReview"), ("Đã tiếp nhận", "Accepted"), ("Nộp muộn", "Late") })
        {
            await page.Locator("#review-counts").GetByRole(AriaRole.Link, new() { Name = label, Exact = true }).ClickAsync();
            await page.WaitForURLAsync(url => url.Contains($"/Review?year=2026&stage={stage}", StringComparison.Ordinal));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Báo cáo các đơn vị năm 2026" })).ToBeVisibleAsync();
            await page.GoBackAsync();
        }
    }

    [GeneratedRegex(@"Đã ban hành Quyết định số (\S+) \(")]
    private static partial Regex IssuedDecision();
}
