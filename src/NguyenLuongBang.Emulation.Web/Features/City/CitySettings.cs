using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.City;

/// <summary>
/// The settings that mean something for the city's own row, as the city's administrator sees them:
/// the city plan its report cites, the mail server and the idle time. Who signs is not a setting:
/// a leader of the Ban signs in the office his account holds (<see cref="Domain.Documents.SigningOffice"/>).
/// </summary>
public static class CitySettings
{
    public static IReadOnlyList<SettingDefinition> Definitions { get; } =
    [
        .. new[] { PortalSettings.CityPlanNumberKey, PortalSettings.CityPlanDateKey, PortalSettings.SmtpHostKey, PortalSettings.SmtpPortKey, PortalSettings.SmtpFromKey,
            PortalSettings.SmtpUserKey, PortalSettings.IdleMinutesKey }.Select(key => PortalSettings.Find(key)!),
    ];

    public static SettingDefinition? Find(string? key) => Definitions.FirstOrDefault(d => d.Key == key);
}
