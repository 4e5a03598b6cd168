using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Reports;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using NguyenLuongBang.Emulation.Web.Features.Consolidation;

namespace NguyenLuongBang.Emulation.IntegrationTests.Reports;

/// <summary>
/// An indicator declares the unit types that report it (issue 28): the form asks only those, a value
/// posted for another is not taken, and the commune's figure — a rate above all — is made over
/// the units it applies to.
/// </summary>
public class IndicatorApplicabilityTests(PortalFactory factory) : IndicatorApplicabilitySteps(factory), IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_school_is_not_asked_the_share_of_online_procedures_and_a_value_it_posts_for_it_is_not_taken()
    {
        var (online, sessions) = (await IndicatorAsync("CP01"), await IndicatorAsync("TT01"));
        var (school, reportId, form) = await FormOfAsync("tieuhoc@nlb.example");
        var (_, _, office) = await FormOfAsync("vanphong@nlb.example");

        Assert.False(Asks(form, online));
        Assert.True(Asks(form, sessions));
        Assert.True(Asks(office, online));

        // Hand-made fields for the indicator the form did not ask: saved without it.
        var area = form.AreaIndex(Factory, 5);
        var response = await form.Narrative(Factory, 5, "Trường tiếp nhận hồ sơ tuyển sinh trực tuyến.")
            .Set($"Areas[{area}].Indicators[40].IndicatorId", online.ToString(CultureInfo.InvariantCulture))
            .Set($"Areas[{area}].Indicators[40].Value", "35").SaveAsync(school);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Trường tiếp nhận hồ sơ tuyển sinh trực tuyến.", await Factory.WithDatabaseAsync(db =>
            db.Set<ReportAreaSection>().Where(s => s.AnnualReportId == reportId && s.AreaNumber == 5).Select(s => s.Narrative).SingleAsync()));
        Assert.False(await Factory.WithDatabaseAsync(db => db.Set<ReportAreaSection>().Where(s => s.AnnualReportId == reportId)
            .SelectMany(s => s.IndicatorValues).AnyAsync(v => v.IndicatorId == online)));
    }
}

/// <summary>The administrator narrows an indicator to some unit types (a portal of its own: the catalogue changes for every test after).</summary>
public class IndicatorApplicabilityAdminTests(PortalFactory factory) : IndicatorApplicabilitySteps(factory), IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_administrator_narrows_who_reports_a_rate_and_the_communes_figure_is_made_over_those_units_only()
    {
        var online = await IndicatorAsync("CP01");
        var before = await FigureAsync();
        var cityBefore = await CityFigureAsync();
        var types = await Factory.WithDatabaseAsync(db => db.Units.Where(u => u.IsActive).Select(u => new { u.Id, Code = u.UnitType!.Code }).ToDictionaryAsync(u => u.Id, u => u.Code));
        var reporting = await Factory.WithDatabaseAsync(db => (
                from r in db.AnnualReports
                where r.Year == 2025 && r.Status == ReportStatus.Accepted
                join s in db.Set<ReportAreaSection>() on r.Id equals s.AnnualReportId
                join v in db.Set<IndicatorValue>() on s.Id equals v.ReportAreaSectionId
                where v.IndicatorId == online && v.Value != null
                select r.UnitId)
            .ToListAsync());
        Assert.Equal(reporting.Count(u => types[u] is "CO-QUAN" or "TT-HCC"), before.UnitsReporting);
        Assert.DoesNotContain(reporting, u => types[u] is not ("CO-QUAN" or "TT-HCC"));

        // The administrator keeps it to the administrative service centre.
        var admin = Factory.CreatePortalClient();
        await admin.SignInAsync("quantri@nlb.example");
        var form = HtmlForm.Parse(await admin.GetStringAsync($"/Admin/Indicators/Edit/{online}"), "indicator-form");
        Assert.Equal(["CO-QUAN", "TT-HCC"], form.Fields.Where(f => f.Key == "UnitTypes").Select(f => f.Value));
        form.Remove("UnitTypes").Add("UnitTypes", "TT-HCC");
        Assert.Equal(HttpStatusCode.Redirect, (await form.PostAsync(admin)).StatusCode);
        Assert.EndsWith("; CO-QUAN,TT-HCC) → Tỷ lệ hồ sơ thủ tục hành chính trực tuyến toàn trình (%, Percent; TT-HCC)",
            await Factory.WithDatabaseAsync(db => db.AuditEntries.Where(a => a.Action == "Sửa chỉ tiêu" && a.EntityId == "CP01").Select(a => a.Details!).SingleAsync()), StringComparison.Ordinal);

        var after = await FigureAsync();
        Assert.Equal(reporting.Count(u => types[u] == "TT-HCC"), after.UnitsReporting);
        Assert.True(after.UnitsReporting < before.UnitsReporting);

        // The city's figure across communes leaves out the same units: the commune's offices, no longer asked.
        Assert.Contains(reporting, u => types[u] == "CO-QUAN");
        Assert.Equal(cityBefore.UnitsReporting - reporting.Count(u => types[u] == "CO-QUAN"), (await CityFigureAsync()).UnitsReporting);
        var (_, _, office) = await FormOfAsync("vanphong@nlb.example");
        Assert.False(Asks(office, online));

        // A code that is not a unit type is refused in Vietnamese, and nothing changes.
        var refused = await HtmlForm.Parse(await admin.GetStringAsync($"/Admin/Indicators/Edit/{online}"), "indicator-form").Add("UnitTypes", "KHONG-CO").PostAsync(admin);
        Assert.Contains("Loại đơn vị \"KHONG-CO\" không có trong danh mục.", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal("TT-HCC", await Factory.WithDatabaseAsync(db => db.Indicators.Where(i => i.Id == online).Select(i => i.UnitTypeCodes).SingleAsync()));
    }

    /// <summary>The city's 2025 figure of CP01, computed afresh (its cache keeps a figure while no report changes status).</summary>
    private async Task<YearFigure> CityFigureAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        ((Microsoft.Extensions.Caching.Memory.MemoryCache)scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Caching.Memory.IMemoryCache>()).Clear();
        var city = await scope.ServiceProvider.GetRequiredService<Web.Features.City.CityQueries>().IndicatorsAsync(2025, CancellationToken.None);
        return city.Lines.Single(l => l.Figure.Code == "CP01").Figure.Years.Single();
    }

    private async Task<YearFigure> FigureAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var data = await scope.ServiceProvider.GetRequiredService<ConsolidationQuery>().LoadAsync(ReviewRound.Annual(2025));
        return data.Areas.SelectMany(a => a.Figures).Single(f => f.Code == "CP01").Years.Single();
    }
}

/// <summary>What both classes do: find an indicator; open the form of a fresh unit like a demo unit.</summary>
public abstract class IndicatorApplicabilitySteps(PortalFactory factory)
{
    protected PortalFactory Factory { get; } = factory;

    protected Task<int> IndicatorAsync(string code) => Factory.WithDatabaseAsync(db => db.Indicators.Where(i => i.Code == code).Select(i => i.Id).SingleAsync());

    protected static bool Asks(HtmlForm form, int indicatorId) =>
        form.Fields.Any(f => f.Key.EndsWith(".IndicatorId", StringComparison.Ordinal) && f.Value == indicatorId.ToString(CultureInfo.InvariantCulture));

    protected async Task<(HttpClient Client, int ReportId, HtmlForm Form)> FormOfAsync(string demoEmail)
    {
        var client = Factory.CreatePortalClient();
        await client.SignInAsync(await Factory.UnitLikeAsync(demoEmail));
        var id = await client.StartAsync(2026);
        return (client, id, await client.EditFormAsync(id));
    }
}
