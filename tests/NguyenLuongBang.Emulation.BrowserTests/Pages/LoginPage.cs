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
            // The wait covers the password check and the first render of the role's home page, on a
            // 2-core machine also running both integration suites (in a clean clone's run, their
            // start-ups and the first sign-in of this process met, and 45 s was once not enough):
            // the sign-in is given the time of an overloaded server, and a refusal is reported with
            // what the page said.
            await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 90_000 });
        }
        catch (TimeoutException)
        {
            var said = await page.Locator("[role=alert], .validation-summary-errors, .text-danger").AllInnerTextsAsync();
            throw new InvalidOperationException($"Sign-in of {email} did not leave the sign-in page; it says: {string.Join(" | ", said)}");
        }
    }
}
