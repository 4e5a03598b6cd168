using Microsoft.Playwright;

namespace NguyenLuongBang.Emulation.BrowserTests.Pages;

/// <summary>The unit's report form: one section per content area, save and submit at the bottom.</summary>
public sealed class ReportFormPage(IPage page)
{
    public ILocator SubmitButton => page.GetByRole(AriaRole.Button, new() { Name = "Nộp báo cáo" });

    public ILocator SaveButton => page.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp" });

    public ILocator Error => page.Locator("#form-error");

    /// <summary>Opens the year's report, starting it when the unit has not yet.</summary>
    public async Task OpenAsync(int year)
    {
        await page.GotoAsync($"/Reports/Year/{year}");
        var start = page.GetByRole(AriaRole.Button, new() { Name = $"Bắt đầu báo cáo năm {year}" });
        if (await start.CountAsync() > 0)
        {
            await start.ClickAsync();
        }

        await page.WaitForURLAsync(url => url.Contains("/Reports/Edit/", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
    }

    public int ReportId => int.Parse(page.Url.Split('/').Last().Split('#', '?')[0], System.Globalization.CultureInfo.InvariantCulture);

    public ILocator Narrative(int area) => page.Locator($"#narrative-{area}");

    public Task FillNarrativeAsync(int area, string text) => Narrative(area).FillAsync(text);

    public async Task MarkNoActivityAsync(int area, string reason)
    {
        await page.Locator($"#noactivity-{area}").CheckAsync();
        await page.Locator($"#reason-{area}").FillAsync(reason);
    }

    public async Task SaveAsync()
    {
        await SaveButton.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    /// <summary>The look back shown by "Nộp báo cáo" before anything is sent.</summary>
    public ILocator Review => page.Locator("#submit-review");

    /// <summary>"Nộp báo cáo", then the look back's own button (it sends, or with something missing saves and lists it).</summary>
    public async Task SubmitAsync()
    {
        await SubmitButton.ClickAsync();
        await Assertions.Expect(Review).ToBeVisibleAsync();
        await Review.Locator("[data-review-confirm]").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }
}
