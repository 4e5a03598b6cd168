namespace NguyenLuongBang.Emulation.Web.Features.Home;

/// <summary>The services of the Home feature, registered by <c>PortalSetup</c>.</summary>
public static class HomeServices
{
    public static IServiceCollection AddHome(this IServiceCollection services)
    {
        services.AddScoped<HomeQueries>();
        return services;
    }
}
