namespace NguyenLuongBang.Emulation.Web.Features.CityReport;

/// <summary>The services of the CityReport feature, registered by <c>PortalSetup</c>.</summary>
public static class CityReportServices
{
    public static IServiceCollection AddCityReport(this IServiceCollection services)
    {
        services.AddScoped<CityReportScope>();
        return services;
    }
}
