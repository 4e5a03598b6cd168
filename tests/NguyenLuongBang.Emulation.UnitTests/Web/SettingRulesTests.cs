using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.UnitTests.Web;

public class SettingRulesTests
{
    private static SettingDefinition Of(string key) => PortalSettings.Find(key)!;

    [Theory]
    [InlineData("2340000")]
    [InlineData("2.340.000")]
    [InlineData("1.000.000")]
    [InlineData("100.000.000")]
    public void Base_salary_in_whole_dong_within_bounds_is_accepted(string value) =>
        Assert.Null(PortalSettings.Check(Of(PortalSettings.BaseSalaryKey), value));

    [Theory]
    [InlineData("1.234,5")]
    [InlineData("2340000,7")]
    [InlineData("1")]
    [InlineData("999999")]
    [InlineData("100.000.001")]
    [InlineData("-2340000")]
    [InlineData("2 340 000")]
    [InlineData("2,340,000")]
    [InlineData("")]
    public void Base_salary_not_whole_dong_or_out_of_bounds_is_refused(string value) =>
        Assert.NotNull(PortalSettings.Check(Of(PortalSettings.BaseSalaryKey), value));

    [Theory]
    [InlineData("45/KH-UBND")]
    [InlineData("1/KH-UBND")]
    [InlineData("99999/KH-UBND")]
    [InlineData("150/KH-UBND")]
    [InlineData("05/TTr-VHXH")]
    [InlineData("12/QĐ-UBND")]
    [InlineData("15/2025/QĐ-UBND")]
    public void Plan_number_as_decree_30_writes_it_is_accepted(string value) =>
        Assert.Null(PortalSettings.Check(Of(PortalSettings.CityPlanNumberKey), value));

    [Theory]
    [InlineData("99999999999999999999")]
    [InlineData("-1")]
    [InlineData("31/02/2026")]
    [InlineData("0/KH-UBND")]
    [InlineData("100000/KH-UBND")]
    [InlineData("45/kh-ubnd")]
    [InlineData("45/KH UBND")]
    [InlineData("45/KH-")]
    [InlineData("KH-UBND")]
    [InlineData("")]
    public void Plan_number_not_as_decree_30_writes_it_is_refused(string value) =>
        Assert.NotNull(PortalSettings.Check(Of(PortalSettings.CityPlanNumberKey), value));

    [Theory]
    [InlineData("smtp.haiphong.gov.vn", true)]
    [InlineData("mail-1.example.com", true)]
    [InlineData("10.0.0.5", true)]
    [InlineData("127.0.0.1", true)]
    [InlineData("localhost", true)]
    [InlineData("", true)]
    [InlineData("0x10", false)]
    [InlineData("NaN", false)]
    [InlineData("cách", false)]
    [InlineData("máy.chủ.vn", false)]
    [InlineData("10.0.0.256", false)]
    [InlineData("-smtp.example.com", false)]
    [InlineData("smtp server.local", false)]
    [InlineData("http://smtp.example", false)]
    public void Mail_host_is_a_dns_name_or_an_ipv4_address(string value, bool accepted) =>
        Assert.Equal(accepted, PortalSettings.Check(Of(PortalSettings.SmtpHostKey), value) is null);

    [Theory]
    [InlineData("15/12/2026", true)]
    [InlineData("2026-12-15", true)]
    [InlineData("29/02/2028", true)]
    [InlineData("31/02/2026", false)]
    [InlineData("29/02/2026", false)]
    [InlineData("15/12/1900", false)]
    [InlineData("hôm nay", false)]
    [InlineData("", false)]
    public void Dates_are_real_days(string value, bool accepted) =>
        Assert.Equal(accepted, PortalSettings.Check(Of(PortalSettings.CommunePlanDateKey), value) is null);

    [Fact]
    public void A_date_typed_in_ISO_is_stored_as_the_portal_writes_dates() =>
        Assert.Equal("25/08/2025", PortalSettings.Normalize(Of(PortalSettings.CommunePlanDateKey), "2025-08-25"));

    [Theory]
    [InlineData("587", true)]
    [InlineData("1", true)]
    [InlineData("65535", true)]
    [InlineData("0", false)]
    [InlineData("65536", false)]
    [InlineData("-1", false)]
    [InlineData("587,0", false)]
    [InlineData("99999999999999999999", false)]
    public void Port_is_a_whole_number_from_1_to_65535(string value, bool accepted) =>
        Assert.Equal(accepted, PortalSettings.Check(Of(PortalSettings.SmtpPortKey), value) is null);

    [Fact]
    public void Every_setting_but_the_optional_mail_ones_is_required_and_every_default_passes_its_own_rule()
    {
        Assert.Equal([PortalSettings.SmtpHostKey, PortalSettings.SmtpFromKey, PortalSettings.SmtpUserKey],
            PortalSettings.Definitions.Where(d => d.Optional).Select(d => d.Key));
        var ward = new CommuneEntry(2, "hong-bang", "Hồng Bàng", Domain.Communes.CommuneKind.Phuong, true);
        Assert.All(PortalSettings.Definitions.Where(d => d.Default.Length > 0), d => Assert.Null(PortalSettings.Check(d.For(ward), d.For(ward).Default)));
    }

    [Fact]
    public void Labels_and_examples_name_the_communes_own_kind_and_name()
    {
        var ward = new CommuneEntry(2, "hong-bang", "Hồng Bàng", Domain.Communes.CommuneKind.Phuong, true);
        var plan = Of(PortalSettings.CommunePlanNumberKey).For(ward);
        Assert.Equal("Số Kế hoạch phát động của UBND phường", plan.Label);
        Assert.Contains("UBND phường Hồng Bàng", plan.Explanation, StringComparison.Ordinal);
        Assert.Contains("thidua@hongbang.haiphong.gov.vn", Of(PortalSettings.SmtpFromKey).For(ward).Explanation, StringComparison.Ordinal);
        Assert.Contains("trên địa bàn phường", Of(PortalSettings.CommunePlanTitleKey).For(ward).Default, StringComparison.Ordinal);
    }
}
