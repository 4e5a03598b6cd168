using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Domain.Communes;
using NguyenLuongBang.Emulation.Domain.Reports;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Data.Seeding;
using NguyenLuongBang.Emulation.Web.Features.City;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.IntegrationTests.Communes;

/// <summary>
/// One figure per indicator: the reviewer's dashboard, the consolidated report's page and the
/// city's pages read an indicator through one query and one rule (accepted reports, the indicator's
/// unit types) and show it the same way, with its unit; the city compares communes side by side.
/// </summary>
public sealed partial class IndicatorFigureTests(CityPortal portal) : IClassFixture<CityPortal>
{
    private const string Commune = "xã Nguyễn Lương Bằng";

    private async Task<HttpClient> SignedInAsync(string email)
    {
        await portal.EnsureAsync();
        var client = portal.CreatePortalClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email)).StatusCode);
        return client;
    }

    /// <summary>Each indicator's figure on a page (or in one commune's row), as shown: code → text.</summary>
    private static Dictionary<string, string> Figures(string html) =>
        Figure().Matches(html).GroupBy(m => m.Groups[1].Value).ToDictionary(g => g.Key, g => WebUtility.HtmlDecode(g.First().Groups[2].Value).Trim());

    private static string RowOf(string html, string commune)
    {
        var row = Regex.Match(html, $"<th scope=\"row\"[^>]*><a href=\"[^\"]*\">{Regex.Escape(commune)}</a></th>(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, $"No row for {commune}");
        return row.Value;
    }

    /// <summary>A count indicator of 2026 whose value some returned or submitted (not accepted) report also gives, and its sum over the accepted reports.</summary>
    private async Task<(string Code, string Name, string Unit, decimal Sum)> PendingCountAsync()
    {
        using var inA = portal.InCommune(Domain.Communes.Commune.FirstId);
        var db = inA.ServiceProvider.GetRequiredService<AppDbContext>();
        var values = await (
                from r in db.AnnualReports
                where r.Year == 2026
                join u in db.Units on r.UnitId equals u.Id
                where u.IsActive
                join s in db.Set<ReportAreaSection>() on r.Id equals s.AnnualReportId
                join v in db.Set<IndicatorValue>() on s.Id equals v.ReportAreaSectionId
                join i in db.Indicators on v.IndicatorId equals i.Id
                where v.Value != null && i.Aggregation == IndicatorAggregation.Flow && i.Kind == IndicatorKind.Count
                select new { i.Code, i.Name, i.MeasureUnit, r.Status, Value = v.Value!.Value, i.UnitTypeCodes, Type = u.UnitType!.Code })
            .ToListAsync();
        values = values.Where(v => Indicator.Covers(v.UnitTypeCodes, v.Type)).ToList();
        // A value above zero: the dashboard that added up every sent report showed a larger figure than the consolidated report.
        var pending = values.Where(v => v.Status is ReportStatus.Returned or ReportStatus.Submitted && v.Value > 0).OrderBy(v => v.Code == "TT02" ? 0 : 1).ThenBy(v => v.Code).First();
        var accepted = values.Where(v => v.Code == pending.Code && v.Status == ReportStatus.Accepted).ToList();
        Assert.NotEmpty(accepted);
        return (pending.Code, pending.Name, pending.MeasureUnit, accepted.Sum(v => v.Value));
    }

    [Fact]
    public async Task One_indicator_shows_the_same_figure_with_its_unit_on_the_dashboard_the_consolidated_report_and_the_citys_pages()
    {
        var (code, _, unit, sum) = await PendingCountAsync();
        var expected = $"{VietnameseNumber.Format(sum)} {unit}";
        var reviewer = await SignedInAsync("chuyenvien@nlb.example");
        var dashboard = Figures(await reviewer.GetStringAsync("/Dashboard?year=2026"));
        var consolidation = Figures(await reviewer.GetStringAsync("/Consolidation/2026"));
        var city = await SignedInAsync(DemoData.CityAccount.Email);
        var comparison = await city.GetStringAsync("/Thanh-pho/Chi-tieu?year=2026");
        var row = Figures(RowOf(comparison, Commune));
        var own = Figures(await city.GetStringAsync($"/Thanh-pho/Chi-tieu/{Domain.Communes.Commune.FirstId}?year=2026"));

        // A returned or submitted report gives this indicator a value too: it is not counted anywhere.
        Assert.Equal(expected, dashboard[code]);
        Assert.Equal(expected, consolidation[code]);
        Assert.Equal(expected, row[code]);
        Assert.Equal(expected, own[code]);

        // Every indicator, rates and yes/no included, reads the same on the four.
        Assert.NotEmpty(own);
        foreach (var (indicator, text) in own)
        {
            Assert.Equal((indicator, text), (indicator, dashboard[indicator]));
            Assert.Equal((indicator, text), (indicator, consolidation[indicator]));
            Assert.Equal((indicator, text), (indicator, row[indicator]));
        }

        // Each page says which reports its figures count.
        foreach (var html in new[] { await reviewer.GetStringAsync("/Dashboard?year=2026"), await reviewer.GetStringAsync("/Consolidation/2026"), comparison })
        {
            Assert.Contains("Chỉ tính các báo cáo đã được tiếp nhận", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_city_compares_communes_side_by_side_sorted_by_an_indicator_each_name_a_link_to_its_figures()
    {
        var (code, _, _, _) = await PendingCountAsync();
        var city = await SignedInAsync(DemoData.CityAccount.Email);

        var html = await city.GetStringAsync($"/Thanh-pho/Chi-tieu?year=2026&sort={code}&dir=giam");

        var table = Regex.Match(html, "<table[^>]*id=\"city-comparison\".*?</table>", RegexOptions.Singleline).Value;
        Assert.NotEmpty(table);
        Assert.Matches($"<th scope=\"col\" class=\"text-end\" aria-sort=\"descending\"><a href=\"\\?year=2026&amp;sort={code}#so-sanh\"", table);
        Assert.Single(Regex.Matches(table, "aria-sort="));
        // Communes as rows in the chosen order: the one without an accepted report last, with "—".
        var names = Regex.Matches(table, "<th scope=\"row\"[^>]*><a href=\"([^\"]*)\">([^<]*)</a>").Select(m => (Href: m.Groups[1].Value, Name: m.Groups[2].Value)).ToList();
        Assert.Equal([Commune, "phường An Hải"], names.Select(n => n.Name));
        Assert.Equal("—", Figures(RowOf(table, "phường An Hải"))[code]);
        Assert.Equal($"/Thanh-pho/Chi-tieu/{Domain.Communes.Commune.FirstId}?year=2026", names[0].Href);

        var commune = await city.GetAsync(names[0].Href);
        Assert.Equal(HttpStatusCode.OK, commune.StatusCode);
        Assert.Contains($"Chỉ tiêu của {Commune} năm 2026", await commune.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await city.GetAsync("/Thanh-pho/Chi-tieu/99999?year=2026")).StatusCode);

        // By name, the other way: the first header is the sorted one.
        var byName = await city.GetStringAsync("/Thanh-pho/Chi-tieu?year=2026&dir=giam");
        Assert.Contains("aria-sort=\"descending\" class=\"position-sticky start-0 bg-body\"><a href=\"?year=2026#so-sanh\">", byName, StringComparison.Ordinal);

        // Only the city reads it.
        var reviewer = await SignedInAsync("chuyenvien@nlb.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync("/Thanh-pho/Chi-tieu/Excel?year=2026")).StatusCode);
    }

    [Fact]
    public async Task The_citys_comparison_exports_to_Excel_with_the_same_figures()
    {
        var (code, name, unit, sum) = await PendingCountAsync();
        var city = await SignedInAsync(DemoData.CityAccount.Email);

        var response = await city.GetAsync($"/Thanh-pho/Chi-tieu/Excel?year=2026&sort={code}&dir=giam");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "So sanh xa phuong").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal([Commune, "phường An Hải", CityIndicatorsExcel.CityRow], rows.Select(r => r[CityIndicatorsExcel.CommuneColumn]?.ToString()));
        var column = $"{code} {name} ({unit})";
        Assert.Equal(sum, Convert.ToDecimal(rows[0][column], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Null(rows[1][column]);
        Assert.Equal(sum, Convert.ToDecimal(rows[2][column], System.Globalization.CultureInfo.InvariantCulture));
    }

    [GeneratedRegex("data-figure=\"([^\"]+)\">([^<]*)<", RegexOptions.Singleline)]
    private static partial Regex Figure();
}
