namespace NguyenLuongBang.Emulation.Web.Features.Dashboard;

/// <summary>The services of the Dashboard feature, registered by <c>PortalSetup</c>.</summary>
public static class DashboardServices
{
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddScoped<DashboardQueries>();
        return services;
    }
}
