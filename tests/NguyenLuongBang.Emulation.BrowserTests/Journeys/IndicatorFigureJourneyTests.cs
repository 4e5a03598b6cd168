using Microsoft.Playwright;
using MiniExcelLibs;
using NguyenLuongBang.Emulation.BrowserTests.Pages;
using NguyenLuongBang.Emulation.Web.Data.Seeding;
using NguyenLuongBang.Emulation.Web.Features.City;
using static Microsoft.Playwright.Assertions;

namespace NguyenLuongBang.Emulation.BrowserTests.Journeys;

/// <summary>
/// One indicator reads the same on the reviewer's dashboard, the consolidated report's page and the
/// city's comparison of communes, which the city's officer sorts, follows to a commune and exports.
/// </summary>
public class IndicatorFigureJourneyTests(CityBrowserPortal portal) : IClassFixture<CityBrowserPortal>
{
    private const string Code = "TT02";
    private const string Commune = "xã Nguyễn Lương Bằng";

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task One_indicator_reads_the_same_everywhere_and_the_city_compares_sorts_opens_and_exports(int width)
    {
        await portal.City.EnsureAsync();
        var reviewer = await portal.NewPageAsync(width, 740);
        await new LoginPage(reviewer).SignInAsync("chuyenvien@nlb.example");
        await reviewer.GotoAsync("/Dashboard?year=2026");
        var onDashboard = reviewer.Locator($"section[aria-labelledby='indicators'] [data-figure='{Code}']");
        await Expect(onDashboard).ToBeVisibleAsync();
        await Expect(reviewer.Locator("#indicators-rule")).ToContainTextAsync("Chỉ tính các báo cáo đã được tiếp nhận");
        var figure = (await onDashboard.InnerTextAsync()).Trim();
        Assert.EndsWith(" tin, bài", figure, StringComparison.Ordinal);

        await reviewer.GotoAsync("/Consolidation/2026");
        await Expect(reviewer.Locator($"[data-figure='{Code}']")).ToHaveTextAsync(figure);

        var city = await portal.NewPageAsync(width, 740);
        await new LoginPage(city).SignInAsync(DemoData.CityAccount.Email);
        await city.GotoAsync("/Thanh-pho/Chi-tieu?year=2026");
        var table = city.Locator("#city-comparison");
        await table.GetByRole(AriaRole.Link, new() { Name = Code, Exact = true }).ClickAsync();
        await Expect(table.Locator("th[aria-sort='descending']")).ToHaveTextAsync(Code);
        var row = table.Locator("tbody tr", new() { Has = city.GetByRole(AriaRole.Rowheader, new() { Name = Commune }) });
        await Expect(row.Locator($"[data-figure='{Code}']")).ToHaveTextAsync(figure);
        // The wide table scrolls inside its own region, not the page.
        Assert.True(await city.EvaluateAsync<int>("document.documentElement.scrollWidth") <= width, "the page scrolls sideways");

        var download = await city.RunAndWaitForDownloadAsync(() => city.GetByRole(AriaRole.Link, new() { Name = "Tải Excel" }).ClickAsync());
        using (var workbook = new MemoryStream(await File.ReadAllBytesAsync(await download.PathAsync())))
        {
            var rows = MiniExcel.Query(workbook, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
            var first = rows[0];
            Assert.Equal(Commune, first[CityIndicatorsExcel.CommuneColumn]);
            var cell = first.Single(c => c.Key.StartsWith(Code + " ", StringComparison.Ordinal)).Value;
            Assert.Equal(figure, $"{Convert.ToDecimal(cell, System.Globalization.CultureInfo.InvariantCulture).ToString("#,0.##", Web.Infrastructure.PortalSetup.Vietnamese)} tin, bài");
        }

        await row.GetByRole(AriaRole.Link, new() { Name = Commune }).ClickAsync();
        await Expect(city.GetByRole(AriaRole.Heading, new() { Name = $"Chỉ tiêu của {Commune} năm 2026" })).ToBeVisibleAsync();
        await Expect(city.Locator($"#commune-indicators [data-figure='{Code}']")).ToHaveTextAsync(figure);
    }
}
