using System.Net;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using NguyenLuongBang.Emulation.IntegrationTests.Reports;

namespace NguyenLuongBang.Emulation.IntegrationTests.Admin;

public class CatalogueAndSettingsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<HttpClient> AdminAsync()
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync("quantri@nlb.example");
        return client;
    }

    private static HtmlForm SettingForm(string html, string key) => HtmlForm.Parse(html, "form-setting-" + key.Replace('.', '-'));

    [Fact]
    public async Task Indicator_added_edited_and_retired_retired_stays_on_reports_that_have_it()
    {
        var admin = await AdminAsync();
        var area = await factory.WithDatabaseAsync(db => db.ContentAreas.Where(a => a.Number == 6).Select(a => a.Id).SingleAsync());
        var created = await HtmlForm.Parse(await admin.GetStringAsync("/Admin/Indicators/Create"), "indicator-form")
            .Set("Code", "xh09").Set("Name", "Số điểm wifi công cộng miễn phí").Set("MeasureUnit", "điểm").Set("Kind", "Count")
            .Set("ContentAreaId", area.ToString(System.Globalization.CultureInfo.InvariantCulture)).PostAsync(admin);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var duplicate = await HtmlForm.Parse(await admin.GetStringAsync("/Admin/Indicators/Create"), "indicator-form")
            .Set("Code", "XH09").Set("Name", "Trùng").Set("MeasureUnit", "điểm").Set("ContentAreaId", area.ToString(System.Globalization.CultureInfo.InvariantCulture)).PostAsync(admin);
        Assert.Contains("Mã XH09 đã được dùng.", await duplicate.Content.ReadAsStringAsync());

        // A unit reports a value, then the indicator is retired: new reports no longer offer it, the old one keeps it.
        var unit = factory.CreatePortalClient();
        await unit.SignInAsync(await factory.UnitLikeAsync("htx@nlb.example"));
        var reportId = await unit.StartAsync(2026);
        var indicatorId = await factory.WithDatabaseAsync(db => db.Indicators.Where(i => i.Code == "XH09").Select(i => i.Id).SingleAsync());
        var form = await unit.EditFormAsync(reportId);
        var field = form.Fields.Single(f => f.Key.EndsWith("].IndicatorId", StringComparison.Ordinal) && f.Value == indicatorId.ToString(System.Globalization.CultureInfo.InvariantCulture)).Key.Replace("IndicatorId", "Value", StringComparison.Ordinal);
        await form.Set(field, "4").SaveAsync(unit);

        await admin.PostFormAsync("/Admin/Indicators", $"/Admin/Indicators/Retire/{indicatorId}", new Dictionary<string, string>());

        Assert.Contains("Số điểm wifi công cộng miễn phí (điểm) — đã ngừng sử dụng", await unit.GetStringAsync($"/Reports/Edit/{reportId}"));
        var later = factory.CreatePortalClient();
        await later.SignInAsync(await factory.UnitLikeAsync("htx@nlb.example"));
        var fresh = await later.StartAsync(2026);
        Assert.DoesNotContain("Số điểm wifi công cộng miễn phí", await later.GetStringAsync($"/Reports/Edit/{fresh}"));
    }

    [Fact]
    public async Task Settings_change_without_restart_are_checked_and_audited_with_old_and_new_value()
    {
        var admin = await AdminAsync();
        var settings = await admin.GetStringAsync("/Admin/Settings");
        Assert.Contains("Mặc định: 2/3.", settings);

        var bad = await SettingForm(settings, "Council.Quorum").Set("value", "3/2").PostAsync(admin);
        var badHtml = await bad.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("Nhập phân số từ 0 đến 1", badHtml);
        Assert.Contains("value=\"3/2\"", badHtml);

        // The upload limit drops to 1 MB: the next upload of 2 MB is refused.
        Assert.Equal(HttpStatusCode.Redirect, (await SettingForm(settings, "Uploads.MaxFileMegabytes").Set("value", "1").PostAsync(admin)).StatusCode);
        var unit = factory.CreatePortalClient();
        await unit.SignInAsync(await factory.UnitLikeAsync("tieuhoc@nlb.example"));
        var reportId = await unit.StartAsync(2026);
        var token = await unit.AntiforgeryTokenAsync($"/Reports/Edit/{reportId}");
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(EvidenceSamples.Large(2)), "file", "hai-mb.pdf" },
        };
        await unit.PostAsync($"/Reports/{reportId}/Upload", upload);
        Assert.Contains("lớn hơn 1 MB cho phép", await unit.GetStringAsync($"/Reports/Edit/{reportId}"));

        // The 2026 deadline moves to 10/12: the unit's home says so at once.
        var deadline = await SettingForm(await admin.GetStringAsync("/Admin/Settings"), "Reports.Deadline.2026").Set("value", "10/12/2026").PostAsync(admin);
        Assert.Equal(HttpStatusCode.Redirect, deadline.StatusCode);
        Assert.Contains("23:59 ngày 10/12/2026", await unit.GetStringAsync("/"));
        var late = await SettingForm(await admin.GetStringAsync("/Admin/Settings"), "Reports.Deadline.2026").Set("value", "31/12/2026").PostAsync(admin);
        Assert.Contains("phải không muộn hơn ngày khóa", await late.Content.ReadAsStringAsync());

        var audit = await factory.WithDatabaseAsync(db => db.AuditEntries.Where(a => a.Action == "Thay đổi cài đặt").Select(a => a.Details).ToListAsync());
        Assert.Contains("10 → 1", audit);
        Assert.Contains("15/12/2026 → 10/12/2026", audit);
    }

    [Fact]
    public async Task Audit_log_filters_and_exports_to_Excel()
    {
        var admin = await AdminAsync();
        await factory.CreatePortalClient().SignInAsync("chutich@nlb.example");

        var chairman = await admin.GetStringAsync("/Admin/Audit?Person=" + Uri.EscapeDataString("Đoàn Văn Cát") + "&Activity=" + Uri.EscapeDataString("Đăng nhập"));
        Assert.Contains("<td>Đoàn Văn Cát</td><td>Đăng nhập</td>", chairman);
        Assert.DoesNotContain("<td>Nguyễn Văn Quản</td>", chairman);
        Assert.Contains("<td>Nguyễn Văn Quản</td>", await admin.GetStringAsync("/Admin/Audit"));

        var export = await admin.GetAsync("/Admin/Audit/Export?Person=" + Uri.EscapeDataString("Đoàn Văn Cát"));
        using var file = new MemoryStream(await export.Content.ReadAsByteArrayAsync());
        var rows = MiniExcel.Query(file, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("Đoàn Văn Cát", r["Người thực hiện"]));
    }
}
