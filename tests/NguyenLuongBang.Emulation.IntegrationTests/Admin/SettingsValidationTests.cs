using System.Net;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.IntegrationTests.Admin;

/// <summary>
/// Each setting is checked where it is saved (type, format, range stated on the form); a refused
/// value comes back as typed with why, and nothing is stored or audited. A page that needs a
/// setting that is missing or unreadable in the database still answers, naming it.
/// </summary>
public class SettingsValidationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync(email);
        return client;
    }

    private static Task<HttpResponseMessage> SaveAsync(HttpClient admin, string key, string value) =>
        admin.PostFormAsync("/Admin/Settings", "/Admin/Settings/Save", new Dictionary<string, string> { ["key"] = key, ["value"] = value });

    private Task<(string? Value, int Audits)> StoredAsync(string key) =>
        factory.WithDatabaseAsync(async db => (await db.Settings.Where(s => s.Key == key).Select(s => s.Value).SingleOrDefaultAsync(),
            await db.AuditEntries.CountAsync(a => a.Action == "Thay đổi cài đặt" && a.EntityId == key)));

    public static TheoryData<string, string, string> Refused => new()
    {
        // Money in whole đồng, within the bounds of a base salary.
        { PortalSettings.BaseSalaryKey, "1.234,5", "số tròn đồng" },
        { PortalSettings.BaseSalaryKey, "2340000,7", "số tròn đồng" },
        { PortalSettings.BaseSalaryKey, "1", "Phải từ 1.000.000 đến 100.000.000" },
        { PortalSettings.BaseSalaryKey, "-2340000", "số tròn đồng" },
        { PortalSettings.BaseSalaryKey, "999.999.999", "Phải từ 1.000.000 đến 100.000.000" },
        // Plan numbers as NĐ 30 numbers and notations.
        { PortalSettings.CityPlanNumberKey, "99999999999999999999", "Nghị định 30" },
        { PortalSettings.CityPlanNumberKey, "-1", "Nghị định 30" },
        { PortalSettings.CityPlanNumberKey, "31/02/2026", "Nghị định 30" },
        { PortalSettings.CommunePlanNumberKey, "0/KH-UBND", "Nghị định 30" },
        { PortalSettings.CommunePlanNumberKey, "123456/KH-UBND", "Nghị định 30" },
        { PortalSettings.CommunePlanNumberKey, "45/kh ubnd", "Nghị định 30" },
        // Real dates.
        { PortalSettings.CommunePlanDateKey, "31/02/2026", "Ngày không có thật" },
        { PortalSettings.CityPlanDateKey, "2025-02-30", "Ngày không có thật" },
        // Host names and ports.
        { PortalSettings.SmtpHostKey, "0x10", "Tên máy chủ không hợp lệ" },
        { PortalSettings.SmtpHostKey, "NaN", "Tên máy chủ không hợp lệ" },
        { PortalSettings.SmtpHostKey, "cách", "Tên máy chủ không hợp lệ" },
        { PortalSettings.SmtpHostKey, "10.0.0.256", "Tên máy chủ không hợp lệ" },
        { PortalSettings.SmtpPortKey, "0", "Phải từ 1 đến 65.535" },
        { PortalSettings.SmtpPortKey, "-1", "Phải là số nguyên" },
        { PortalSettings.SmtpPortKey, "99999999999999999999", "Phải từ 1 đến 65.535" },
        // A required setting cannot be cleared.
        { PortalSettings.CityPlanNumberKey, "", "Không được để trống" },
        { PortalSettings.CommunePlanNumberKey, "   ", "Không được để trống" },
        { PortalSettings.BaseSalaryKey, "", "Không được để trống" },
        { PortalSettings.CommunePlanTitleKey, "", "Không được để trống" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Invalid_setting_is_refused_with_why_comes_back_as_typed_and_changes_nothing(string key, string value, string reason)
    {
        var admin = await SignedInAsync("quantri@nlb.example");
        var before = await StoredAsync(key);

        var response = await SaveAsync(admin, key, value);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(reason, html, StringComparison.Ordinal);
        Assert.Contains("invalid-feedback", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{value.Trim()}\"", html, StringComparison.Ordinal);
        Assert.Equal(before, await StoredAsync(key));
    }

    [Fact]
    public async Task Valid_values_are_saved_as_the_portal_reads_them_and_audited()
    {
        var admin = await SignedInAsync("quantri@nlb.example");

        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(admin, PortalSettings.BaseSalaryKey, "2.340.000")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(admin, PortalSettings.CommunePlanDateKey, "2025-08-25")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(admin, PortalSettings.SmtpHostKey, "smtp.haiphong.gov.vn")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(admin, PortalSettings.SmtpHostKey, "")).StatusCode);   // optional: mail then waits
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(admin, PortalSettings.CityPlanNumberKey, "150/KH-UBND")).StatusCode);

        Assert.Equal(("2.340.000", 1), await StoredAsync(PortalSettings.BaseSalaryKey));
        Assert.Equal("25/08/2025", (await StoredAsync(PortalSettings.CommunePlanDateKey)).Value);   // ISO typed, stored as the portal writes dates
        Assert.Equal(("", 2), await StoredAsync(PortalSettings.SmtpHostKey));
    }

    [Fact]
    public async Task Settings_form_states_each_settings_format_and_range()
    {
        var html = WebUtility.HtmlDecode(await (await SignedInAsync("quantri@nlb.example")).GetStringAsync("/Admin/Settings"));

        Assert.Contains("Số tiền tròn đồng, từ 1.000.000 đến 100.000.000 đ", html, StringComparison.Ordinal);
        Assert.Contains("Số và ký hiệu theo Nghị định 30/2020/NĐ-CP: số từ 1 đến 99999", html, StringComparison.Ordinal);
        Assert.Contains("Tên miền (có dấu chấm, chữ không dấu) hoặc địa chỉ IPv4. Có thể để trống.", html, StringComparison.Ordinal);
        Assert.Contains("Số nguyên từ 1 đến 65.535. Bắt buộc.", html, StringComparison.Ordinal);
        Assert.Contains("Ngày có thật, dạng ngày/tháng/năm", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clearing_the_city_plan_is_refused_and_the_pages_that_cite_it_still_answer()
    {
        var admin = await SignedInAsync("quantri@nlb.example");
        var before = await StoredAsync(PortalSettings.CityPlanNumberKey);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await SaveAsync(admin, PortalSettings.CityPlanNumberKey, "")).StatusCode);
        Assert.Equal(before, await StoredAsync(PortalSettings.CityPlanNumberKey));

        var reviewer = await SignedInAsync("chuyenvien@nlb.example");
        foreach (var url in CitingPages)
        {
            Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync(url)).StatusCode);
        }
    }

    private static readonly string[] CitingPages =
    [
        "/Consolidation/2025", "/Consolidation/2026", "/Consolidation/2027",
        "/Consolidation/2025/Excel", "/Consolidation/2026/Excel", "/Consolidation/2027/Excel",
        "/Awards/2026/Proposal.pdf?draft=true",
    ];

    [Theory]
    [InlineData("")]
    [InlineData("-1")]
    public async Task A_city_plan_missing_or_corrupt_in_the_database_leaves_the_pages_answering_and_naming_it(string stored)
    {
        var old = await factory.WriteDirectlyAsync(Domain.Communes.Commune.FirstId, PortalSettings.CityPlanNumberKey, stored);
        try
        {
            var reviewer = await SignedInAsync("chuyenvien@nlb.example");
            foreach (var url in CitingPages)
            {
                Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync(url)).StatusCode);
            }

            var page = WebUtility.HtmlDecode(await reviewer.GetStringAsync("/Consolidation/2026"));
            Assert.Contains("id=\"setting-problems\"", page, StringComparison.Ordinal);
            Assert.Contains("Cài đặt \"Số Kế hoạch của UBND thành phố\" " + (stored.Length == 0 ? "chưa được đặt" : "đang lưu giá trị không hợp lệ"), page, StringComparison.Ordinal);
            Assert.Contains("quản trị viên của xã Nguyễn Lương Bằng đặt ở Quản trị → Cài đặt → Căn cứ", page, StringComparison.Ordinal);

            // Issuing is refused with the reason, as for an empty plan.
            await reviewer.PostFormAsync("/Awards/2025", "/Awards/2025/Proposal", new Dictionary<string, string>());
            Assert.Contains("Chưa thể ban hành", WebUtility.HtmlDecode(await reviewer.GetStringAsync("/Awards/2025")), StringComparison.Ordinal);
        }
        finally
        {
            await factory.WriteDirectlyAsync(Domain.Communes.Commune.FirstId, PortalSettings.CityPlanNumberKey, old);
        }
    }
}

/// <summary>The settings page of a second commune speaks of that commune, never of the first one's plan or kind.</summary>
public class SettingsExamplesTests(TwoCommuneDemoPortalFactory factory) : IClassFixture<TwoCommuneDemoPortalFactory>
{
    [Fact]
    public async Task A_wards_settings_page_draws_its_examples_from_the_ward_itself()
    {
        var ward = factory.CreatePortalClient();
        await ward.SignInAsync("quantri@hongbang.example");
        var html = WebUtility.HtmlDecode(await ward.GetStringAsync("/Admin/Settings"));

        Assert.Contains("Số Kế hoạch phát động của UBND phường", html, StringComparison.Ordinal);
        Assert.Contains("Kế hoạch của UBND phường Hồng Bàng", html, StringComparison.Ordinal);
        Assert.Contains("trên địa bàn phường giai đoạn 2025-2030", html, StringComparison.Ordinal);
        Assert.Contains("thidua@hongbang.haiphong.gov.vn", html, StringComparison.Ordinal);
        Assert.Contains("value=\"27/KH-UBND\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("45/KH-UBND", html, StringComparison.Ordinal);
        Assert.DoesNotContain("UBND xã", html, StringComparison.Ordinal);
        Assert.DoesNotContain("nguyenluongbang", html, StringComparison.Ordinal);

        var first = factory.CreatePortalClient();
        await first.SignInAsync("quantri@nlb.example");
        var own = WebUtility.HtmlDecode(await first.GetStringAsync("/Admin/Settings"));
        Assert.Contains("Số Kế hoạch phát động của UBND xã", own, StringComparison.Ordinal);
        Assert.Contains("thidua@nguyenluongbang.haiphong.gov.vn", own, StringComparison.Ordinal);
    }
}
