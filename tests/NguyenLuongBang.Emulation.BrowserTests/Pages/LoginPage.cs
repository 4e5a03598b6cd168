using Microsoft.Playwright;

namespace NguyenLuongBang.Emulation.BrowserTests.Pages;

public sealed class LoginPage(IPage page)
{
    public const string DemoPassword = Web.Data.Seeding.DemoData.Password;

    public async Task SignInAsync(string email, string password = DemoPassword)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Thư điện tử").FillAsync(email);
        await page.GetByLabel("Mật khẩu").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        try
        {
            // A password hash on a machine also running two other test suites can be slow: the sign-in
            // is given the time of a loaded server, and a refusal is reported with what the page said.
            await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 45_000 });
        }
        catch (TimeoutException)
        {
            var said = await page.Locator("[role=alert], .validation-summary-errors, .text-danger").AllInnerTextsAsync();
            throw new InvalidOperationException($"Sign-in of {email} did not leave the sign-in page; it says: {string.Join(" | ", said)}");
        }
    }
}
