using System.Text.Json;
using Microsoft.Playwright;
using NguyenLuongBang.Emulation.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace NguyenLuongBang.Emulation.BrowserTests.Journeys;

/// <summary>axe-core on every main page: no serious or critical violations (unlabelled fields are critical).</summary>
public class AccessibilityTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private static readonly string Axe = Path.Combine(AppContext.BaseDirectory, "axe.min.js");

    private static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Axe });
        var result = await page.EvaluateAsync<JsonElement>("async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help + ' @ ' + v.nodes.slice(0, 4).map(n => n.target.join(' ') + ' ' + (n.any[0] ? n.any[0].message : '')).join(' ; ') }))");
        return result.EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}, {v.GetProperty("nodes").GetInt32()}): {v.GetProperty("help").GetString()}")
            .ToList();
    }

    [Theory]
    [InlineData(null, "/Account/Login")]
    [InlineData(null, "/Vinh-danh")]
    [InlineData("vanphong@nlb.example", "/")]
    [InlineData("vanphong@nlb.example", "/Reports/Year/2026")]
    [InlineData("tieuhoc@nlb.example", "/Reports/Year/2026")]
    [InlineData("tieuhoc@nlb.example", "/Registration/2026")]
    [InlineData("tieuhoc@nlb.example", "/LaunchPlan")]
    [InlineData("chuyenvien@nlb.example", "/Review?year=2026")]
    [InlineData("chuyenvien@nlb.example", "/Reports/Details/1")]
    [InlineData("chuyenvien@nlb.example", "/Dashboard?year=2026")]
    [InlineData("chuyenvien@nlb.example", "/Consolidation/2026")]
    [InlineData("chuyenvien@nlb.example", "/Nominations/2025")]
    [InlineData("chuyenvien@nlb.example", "/Nominations/2025/New")]
    [InlineData("chuyenvien@nlb.example", "/Practices")]
    [InlineData("chuyenvien@nlb.example", "/Awards/History?q=nguyen")]
    [InlineData("chutich@nlb.example", "/Awards/2025")]
    [InlineData("chutich@nlb.example", "/Approvals")]
    [InlineData("chutich@nlb.example", "/Dashboard/Indicator/1?year=2025")]
    [InlineData("quantri@nlb.example", "/Admin/Users")]
    [InlineData("quantri@nlb.example", "/Admin/Settings")]
    [InlineData("quantri@nlb.example", "/Admin/Users/Import")]
    public async Task Main_pages_have_no_serious_accessibility_violations(string? email, string url)
    {
        var page = await portal.NewPageAsync(bypassCsp: true);
        if (email is not null)
        {
            await new LoginPage(page).SignInAsync(email);
        }

        await page.GotoAsync(url);
        var violations = await ViolationsAsync(page);

        Assert.True(violations.Count == 0, string.Join("\n", violations));
        await page.Context.CloseAsync();
    }

    /// <summary>The unit's journey with the keyboard alone: sign in, open the report, type, save.</summary>
    [Fact]
    public async Task Unit_journey_works_with_the_keyboard_alone()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.Keyboard.TypeAsync("htx@nlb.example");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(LoginPage.DemoPassword);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByText("Xin chào, Phạm Văn Nam")).ToBeVisibleAsync();

        await TabUntilAsync(page, "Báo cáo của đơn vị");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(u => u.Contains("/Reports/", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        var start = page.GetByRole(AriaRole.Button, new() { Name = "Bắt đầu báo cáo năm 2026" });
        if (await start.CountAsync() > 0)
        {
            await TabUntilAsync(page, "Bắt đầu báo cáo năm 2026");
            await page.Keyboard.PressAsync("Enter");
        }

        await page.WaitForURLAsync(u => u.Contains("/Reports/Edit/", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await TabUntilAsync(page, "Các hoạt động đã triển khai và kết quả");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("Nhập bằng bàn phím.");
        await TabUntilAsync(page, "Lưu nháp");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByText("Đã lưu nháp báo cáo.")).ToBeVisibleAsync();
        await Expect(page.Locator("#narrative-1")).ToHaveValueAsync("Nhập bằng bàn phím.");
    }

    /// <summary>Presses Tab until the focused element's accessible text contains <paramref name="name"/>.</summary>
    private static async Task TabUntilAsync(IPage page, string name)
    {
        for (var i = 0; i < 80; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string>("() => { const e = document.activeElement; if (!e) return ''; const label = e.labels && e.labels.length ? e.labels[0].innerText : ''; return (e.innerText || '') + '|' + label + '|' + (e.getAttribute('aria-label') || ''); }");
            if (focused.Contains(name, StringComparison.Ordinal))
            {
                return;
            }
        }

        throw new InvalidOperationException($"Could not reach \"{name}\" with the Tab key");
    }
}
