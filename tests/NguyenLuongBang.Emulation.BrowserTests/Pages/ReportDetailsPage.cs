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

    /// <summary>The points to check before accepting, when the report has any.</summary>
    public ILocator Checks => page.Locator("#plausibility-flags");

    /// <summary>Accepts with the note a report with points to check asks for (an empty note: the refusal is shown at the field).</summary>
    public async Task AcceptWithNoteAsync(string note)
    {
        await page.GetByLabel("Ghi chú khi tiếp nhận").FillAsync(note);
        await AcceptAsync();
    }

    public async Task AcceptAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận báo cáo" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }
}
