using Microsoft.Playwright;

namespace NguyenLuongBang.Emulation.BrowserTests.Pages;

/// <summary>The reviewer's list of the units' reports: stage chips, the units ticked for a reminder.</summary>
public sealed class ReviewListPage(IPage page)
{
    public Task OpenAsync(int year) => page.GotoAsync($"/Review?year={year}");

    /// <summary>Follows a stage chip, e.g. "Chưa bắt đầu" (its count follows the name).</summary>
    public async Task ChooseStageAsync(string name)
    {
        await page.Locator("#stage-chips").GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    public ILocator Ticked(string unitName) => page.GetByRole(AriaRole.Checkbox, new() { Name = $"Chọn {unitName} để nhắc" });

    public Task SelectAllAsync() => page.GetByLabel("Chọn tất cả").CheckAsync();

    public async Task RemindAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Nhắc các đơn vị đã chọn" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }
}
