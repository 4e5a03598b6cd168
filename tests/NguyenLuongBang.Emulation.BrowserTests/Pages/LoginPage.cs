using Microsoft.Playwright;

namespace NguyenLuongBang.Emulation.BrowserTests.Pages;

public sealed class LoginPage(IPage page)
{
    public const string DemoPassword = Web.Data.Seeding.DemoData.Password;

    public async Task SignInAsync(string email, string password = DemoPassword)
    {
        await OpenAsync();

        // The wait covers the password check and the first render of the role's home page, on a
        // 2-core machine also running both integration suites: an overloaded server's time, in three
        // tries of 30 s. A try that leaves the page where it was with no refusal on it (a click that
        // met the page still settling sent nothing) is made again, as a person would; a refusal is
        // reported with what the page said.
        for (var attempt = 1; ; attempt++)
        {
            // The try before may have gone through after its wait ended (a server slow to answer):
            // then the browser is on the home page already, as it would be for a person who waited.
            if (attempt > 1 && !page.Url.Contains("/Account/Login", StringComparison.Ordinal))
            {
                return;
            }

            await page.GetByLabel("Thư điện tử").FillAsync(email);
            await page.GetByLabel("Mật khẩu").FillAsync(password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
            try
            {
                await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 30_000 });
                return;
            }
            catch (TimeoutException)
            {
                var said = await page.Locator(".validation-summary-errors li, .field-validation-error, .alert-danger").AllInnerTextsAsync();
                if (attempt == 3 || said.Any(s => !string.IsNullOrWhiteSpace(s)))
                {
                    throw new InvalidOperationException($"Sign-in of {email} did not leave the sign-in page after {attempt} tries; it says: {string.Join(" | ", said)}");
                }
            }
        }
    }

    /// <summary>
    /// Opens the sign-in page and waits for its form. A page that came back without it (seen once
    /// in a full run, while both integration suites were running) is loaded again, as a person
    /// would; the second failure names the address and the title the browser showed.
    /// </summary>
    private async Task OpenAsync()
    {
        var email = page.GetByLabel("Thư điện tử");
        for (var attempt = 1; ; attempt++)
        {
            await page.GotoAsync("/Account/Login");
            try
            {
                await email.WaitForAsync(new() { Timeout = 30_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 2)
            {
            }
            catch (TimeoutException timeout)
            {
                throw new InvalidOperationException($"The sign-in page showed no form at {page.Url} (title \"{await page.TitleAsync()}\")", timeout);
            }
        }
    }
}
