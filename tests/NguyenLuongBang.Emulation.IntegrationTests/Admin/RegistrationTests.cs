using System.Net;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Registrations;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using NguyenLuongBang.Emulation.IntegrationTests.Reports;

namespace NguyenLuongBang.Emulation.IntegrationTests.Admin;

/// <summary>Registration with targets → reviewer's confirmation → the year-end report measured against it.</summary>
public class RegistrationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task<int> IndicatorAsync(string code) => factory.WithDatabaseAsync(db => db.Indicators.Where(i => i.Code == code).Select(i => i.Id).SingleAsync());

    private Task<int> AreaAsync(int number) => factory.WithDatabaseAsync(db => db.ContentAreas.Where(a => a.Number == number).Select(a => a.Id).SingleAsync());

    private static string Text(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Unit_registers_targets_reviewer_returns_then_confirms_and_the_report_shows_which_are_met()
    {
        var (online, trained) = (await IndicatorAsync("CP01"), await IndicatorAsync("HS01"));
        var unit = factory.CreatePortalClient();
        await unit.SignInAsync("vanphong@nlb.example");

        // A target that does not suit its indicator is refused, and what was typed stays.
        var form = HtmlForm.Parse(await unit.GetStringAsync("/Registration/2026"), "registration-form")
            .Set("Areas", Text(await AreaAsync(5))).Set($"Targets[{online}]", "120");
        var refused = await form.PostAsync(unit, "intent", "submit");
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        Assert.Contains("tỷ lệ phải từ 0 đến 100", refusedHtml);
        Assert.Contains("value=\"120\"", refusedHtml);

        var fields = new List<KeyValuePair<string, string>>
        {
            new("Areas", Text(await AreaAsync(5))), new("Areas", Text(await AreaAsync(2))),
            new($"Targets[{online}]", "95"), new($"Targets[{trained}]", "300"), new("intent", "submit"),
            new("__RequestVerificationToken", await unit.AntiforgeryTokenAsync("/Registration/2026")),
        };
        using (var body = new FormUrlEncodedContent(fields))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await unit.PostAsync("/Registration/2026", body)).StatusCode);
        }

        var reviewer = factory.CreatePortalClient();
        await reviewer.SignInAsync("chuyenvien@nlb.example");
        var id = await factory.WithDatabaseAsync(db => db.Registrations.Where(r => db.Units.Any(u => u.Id == r.UnitId && u.Name == "Văn phòng HĐND và UBND xã")).Select(r => r.Id).SingleAsync());
        Assert.Contains("Chờ xác nhận", await reviewer.GetStringAsync("/Review/Registrations?year=2026"));
        await HtmlForm.Parse(await reviewer.GetStringAsync($"/Review/Registrations/{id}"), "registration-return").Set("comment", "Nâng chỉ tiêu kỹ năng số.").PostAsync(reviewer);
        Assert.Contains("Nâng chỉ tiêu kỹ năng số.", await unit.GetStringAsync("/Registration/2026"));

        var again = HtmlForm.Parse(await unit.GetStringAsync("/Registration/2026"), "registration-form").Set($"Targets[{trained}]", "350");
        Assert.Equal(HttpStatusCode.Redirect, (await again.PostAsync(unit, "intent", "submit")).StatusCode);
        await HtmlForm.Parse(await reviewer.GetStringAsync($"/Review/Registrations/{id}"), "registration-confirm").PostAsync(reviewer);
        Assert.Equal(RegistrationStatus.Confirmed, await factory.WithDatabaseAsync(db => db.Registrations.Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));

        // Year end: 92% online (target 95: not met), 360 people trained (target 350: met).
        var reportId = await unit.StartAsync(2026);
        var report = await unit.EditFormAsync(reportId);
        string ValueField(int indicatorId) => report.Fields.Single(f => f.Key.EndsWith("].IndicatorId", StringComparison.Ordinal) && f.Value == Text(indicatorId)).Key.Replace("IndicatorId", "Value", StringComparison.Ordinal);
        await report.Set(ValueField(online), "92").Set(ValueField(trained), "360").SaveAsync(unit);

        var edit = await unit.GetStringAsync($"/Reports/Edit/{reportId}");
        Assert.Contains("Đăng ký: 95% — Chưa đạt", edit);
        Assert.Contains("Đăng ký: 350 — Đạt", edit);
        var list = await reviewer.GetStringAsync("/Review?year=2026");
        Assert.Contains("1/2 (50%)", list);
    }

    [Fact]
    public async Task Another_unit_cannot_decide_or_open_registrations_of_the_review()
    {
        var unit = factory.CreatePortalClient();
        await unit.SignInAsync("tieuhoc@nlb.example");

        Assert.Equal(HttpStatusCode.Forbidden, (await unit.GetAsync("/Review/Registrations?year=2026")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.PostFormAsync("/", "/Review/Registrations/1/Confirm", new Dictionary<string, string>())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.PostFormAsync("/", "/Review/Registrations/1/Return", new Dictionary<string, string> { ["comment"] = "x" })).StatusCode);
    }
}
