using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using NguyenLuongBang.Emulation.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace NguyenLuongBang.Emulation.BrowserTests.Journeys;

/// <summary>Issue 34's small frictions as people meet them: a forgotten password, a feedback reference looked up, buttons a thumb can hit.</summary>
public partial class SmallFrictionJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Theory]
    [InlineData(360, "vanphong@nlb.example")]
    [InlineData(1280, "htx@nlb.example")]
    public async Task A_forgotten_password_is_reset_by_email_and_the_old_session_ends(int width, string email)
    {
        var elsewhere = await portal.NewPageAsync(width);
        await new LoginPage(elsewhere).SignInAsync(email);

        var page = await portal.NewPageAsync(width, width < 576 ? 740 : 800);
        await page.GotoAsync("/Account/Login");
        await page.GetByRole(AriaRole.Link, new() { Name = "Quên mật khẩu?" }).ClickAsync();
        await page.GetByLabel("Thư điện tử").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi thư đặt lại mật khẩu" }).ClickAsync();
        await Expect(page.GetByText("Nếu địa chỉ này có tài khoản, một thư hướng dẫn đặt lại mật khẩu đã được gửi.")).ToBeVisibleAsync();

        // The mail waits in the outbox (no SMTP here): its link is followed as the owner would.
        var body = await portal.App.WithDatabaseAsync(db => db.OutboxMessages.Where(m => m.To == email && m.Subject.Contains("Đặt lại mật khẩu"))
            .OrderByDescending(m => m.Id).Select(m => m.Body).FirstAsync());
        var link = new Uri(ResetLink().Match(body).Value);
        await page.GotoAsync(link.PathAndQuery);
        var password = "Cây đa đầu làng " + width;
        await page.Locator("#NewPassword").FillAsync(password);
        await page.Locator("#ConfirmPassword").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đặt mật khẩu mới" }).ClickAsync();
        await Expect(page.GetByText("Đã đặt mật khẩu mới")).ToBeVisibleAsync();

        await new LoginPage(page).SignInAsync(email, password);
        Assert.DoesNotContain("/Account/Login", page.Url, StringComparison.Ordinal);

        // The session opened before the reset is over.
        await elsewhere.ReloadAsync();
        Assert.Contains("/Account/Login", elsewhere.Url, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task A_citizen_looks_up_the_feedback_reference_they_were_given(int width)
    {
        var page = await portal.NewPageAsync(width);
        await page.GotoAsync("/Cong-khai");
        await page.GetByRole(AriaRole.Link, new() { Name = "Gửi ý kiến về Bùi Thị Thu" }).ClickAsync();
        await page.GetByLabel("Họ và tên").FillAsync("Nguyễn Văn Hỏi");
        await page.GetByLabel("Số điện thoại hoặc thư điện tử").FillAsync("0912 111 222");
        await page.GetByLabel("Nội dung ý kiến").FillAsync("Đề nghị cho biết số người được hướng dẫn cài VNeID.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi ý kiến" }).ClickAsync();
        var reference = await page.Locator("#reference").InnerTextAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Tra cứu ý kiến phản ánh" }).ClickAsync();
        await page.GetByLabel("Số tiếp nhận").FillAsync(reference.ToLowerInvariant());
        await page.GetByRole(AriaRole.Button, new() { Name = "Tra cứu" }).ClickAsync();
        await Expect(page.Locator("#lookup-result-card")).ToContainTextAsync("Bùi Thị Thu");
        await Expect(page.Locator("#lookup-status")).ToContainTextAsync("Đang xác minh, giải quyết");
        await Expect(page.GetByText("Nguyễn Văn Hỏi")).ToHaveCountAsync(0);

        await page.GetByLabel("Số tiếp nhận").FillAsync("PA-0000-0000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tra cứu" }).ClickAsync();
        await Expect(page.Locator("#lookup-problem")).ToContainTextAsync("Không tìm thấy ý kiến có số tiếp nhận PA-0000-0000");
        await Expect(page.GetByLabel("Số tiếp nhận")).ToHaveValueAsync("PA-0000-0000");
    }

    [Fact]
    public async Task On_a_phone_every_button_of_the_sign_in_report_and_review_pages_is_at_least_44_px_tall()
    {
        var signIn = await portal.NewPageAsync(360, 740);
        await signIn.GotoAsync("/Account/Login");
        Assert.Empty(await SmallButtonsAsync(signIn));

        var unit = await portal.NewPageAsync(360, 740);
        await new LoginPage(unit).SignInAsync("tieuhoc@nlb.example");
        await unit.GotoAsync("/Reports/Year/2026");
        Assert.Empty(await SmallButtonsAsync(unit));

        var reviewer = await portal.NewPageAsync(360, 740);
        await new LoginPage(reviewer).SignInAsync("chuyenvien@nlb.example");
        await reviewer.GotoAsync("/Review?year=2026");
        Assert.Empty(await SmallButtonsAsync(reviewer));
    }

    /// <summary>The page's visible buttons (and submit inputs) under 44 px tall, named with their height, e.g. "Lưu nháp: 37px".</summary>
    private static async Task<string[]> SmallButtonsAsync(IPage page)
    {
        var found = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('main .btn, main button, main input[type=submit]')]
                .map(b => ({ b, r: b.getBoundingClientRect() }))
                .filter(x => x.r.width > 0 && x.r.height > 0 && getComputedStyle(x.b).visibility !== 'hidden')
                .filter(x => x.r.height < 43.5)
                .map(x => `${(x.b.innerText || x.b.value || x.b.getAttribute('aria-label') || '').trim().slice(0, 40)}: ${Math.round(x.r.height)}px`)
            """);
        Assert.True(await page.Locator("main .btn, main button").CountAsync() > 0, $"No button found on {page.Url}");
        return found;
    }

    [GeneratedRegex(@"https?://\S+/Account/ResetPassword\?\S+")]
    private static partial Regex ResetLink();
}
