namespace NguyenLuongBang.Emulation.Web.Features.AdminIndicators;

/// <summary>The services of the AdminIndicators feature, registered by <c>PortalSetup</c>.</summary>
public static class AdminIndicatorsServices
{
    public static IServiceCollection AddAdminIndicators(this IServiceCollection services)
    {
        services.AddScoped<AdminIndicatorsQueries>();
        services.AddScoped<AdminIndicatorsActions>();
        return services;
    }
}
