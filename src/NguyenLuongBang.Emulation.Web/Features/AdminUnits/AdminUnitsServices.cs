namespace NguyenLuongBang.Emulation.Web.Features.AdminUnits;

/// <summary>The services of the AdminUnits feature, registered by <c>PortalSetup</c>.</summary>
public static class AdminUnitsServices
{
    public static IServiceCollection AddAdminUnits(this IServiceCollection services)
    {
        services.AddScoped<AdminUnitsQueries>();
        services.AddScoped<AdminUnitsActions>();
        return services;
    }
}
