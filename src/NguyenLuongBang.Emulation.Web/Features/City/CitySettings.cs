using NguyenLuongBang.Emulation.Domain.Awards;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.City;

/// <summary>
/// The settings that mean something for the city's own row, as the city's administrator sees them:
/// who signs the city's report (the same keys a commune's chairman and vice-chairman use, labelled
/// for the Ban), the city plan it cites, the mail server and the idle time.
/// </summary>
public static class CitySettings
{
    public static SettingDefinition Head { get; } = new(PortalSettings.ChairmanKey, "Người ký", "Trưởng Ban Thi đua - Khen thưởng",
        "Họ tên in dưới chữ ký \"TRƯỞNG BAN\" của báo cáo tổng hợp của thành phố. Bắt buộc để ký với chức danh này.", SettingKind.Text, "");

    public static SettingDefinition Deputy { get; } = new(PortalSettings.ViceChairmanKey, "Người ký", "Phó Trưởng ban (ký thay)",
        "Họ tên in dưới \"KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN\". Bắt buộc để ký thay Trưởng ban.", SettingKind.Text, "");

    public static IReadOnlyList<SettingDefinition> Definitions { get; } =
    [
        Head, Deputy,
        .. new[] { PortalSettings.CityPlanNumberKey, PortalSettings.CityPlanDateKey, PortalSettings.SmtpHostKey, PortalSettings.SmtpPortKey, PortalSettings.SmtpFromKey,
            PortalSettings.SmtpUserKey, PortalSettings.IdleMinutesKey }.Select(key => PortalSettings.Find(key)!),
    ];

    public static SettingDefinition? Find(string? key) => Definitions.FirstOrDefault(d => d.Key == key);

    /// <summary>The setting holding the name printed under <paramref name="title"/>.</summary>
    public static SettingDefinition Signer(SignerTitle title) => title == SignerTitle.Chairman ? Head : Deputy;
}
