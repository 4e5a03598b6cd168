namespace NguyenLuongBang.Emulation.Web.Features.LaunchPlan;

/// <summary>The services of the LaunchPlan feature, registered by <c>PortalSetup</c>.</summary>
public static class LaunchPlanServices
{
    public static IServiceCollection AddLaunchPlan(this IServiceCollection services)
    {
        services.AddScoped<LaunchPlanOverview>();
        services.AddScoped<LaunchPlanQueries>();
        services.AddScoped<LaunchPlanActions>();
        return services;
    }
}
