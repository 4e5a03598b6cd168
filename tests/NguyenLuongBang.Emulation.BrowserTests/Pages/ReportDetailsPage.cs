using Microsoft.Playwright;

namespace NguyenLuongBang.Emulation.BrowserTests.Pages;

/// <summary>The read-only report, with the reviewer's decisions when a reviewer opens it.</summary>
public sealed class ReportDetailsPage(IPage page)
{
    public Task OpenAsync(int id) => page.GotoAsync($"/Reports/Details/{id}");

    public ILocator Status => page.Locator("main .badge").First;

    public async Task ReturnWithCommentAsync(int area, string comment)
    {
        await page.GetByText("Trả lại kèm nhận xét").ClickAsync();
        await page.Locator($"#comment-{area}").FillAsync(comment);
        await page.GetByRole(AriaRole.Button, new() { Name = "Trả lại báo cáo" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    public async Task AcceptAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận báo cáo" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }
}
