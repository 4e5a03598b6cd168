namespace NguyenLuongBang.Emulation.Web.Features.AdminSettings;

/// <summary>The services of the AdminSettings feature, registered by <c>PortalSetup</c>.</summary>
public static class AdminSettingsServices
{
    public static IServiceCollection AddAdminSettings(this IServiceCollection services)
    {
        services.AddScoped<SettingsEditor>();
        return services;
    }
}
