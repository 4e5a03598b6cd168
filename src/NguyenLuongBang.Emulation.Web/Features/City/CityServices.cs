namespace NguyenLuongBang.Emulation.Web.Features.City;

/// <summary>The services of the City feature, registered by <c>PortalSetup</c>.</summary>
public static class CityServices
{
    public static IServiceCollection AddCity(this IServiceCollection services)
    {
        services.AddScoped<CityQueries>();
        services.AddScoped<CityCommuneWork>();
        return services;
    }
}
