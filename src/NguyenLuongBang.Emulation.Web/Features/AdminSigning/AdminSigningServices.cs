namespace NguyenLuongBang.Emulation.Web.Features.AdminSigning;

/// <summary>The services of the AdminSigning feature, registered by <c>PortalSetup</c>.</summary>
public static class AdminSigningServices
{
    public static IServiceCollection AddAdminSigning(this IServiceCollection services)
    {
        services.AddScoped<AdminSigningActions>();
        return services;
    }
}
