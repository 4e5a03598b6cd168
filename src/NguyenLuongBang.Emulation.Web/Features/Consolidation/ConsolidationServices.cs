namespace NguyenLuongBang.Emulation.Web.Features.Consolidation;

/// <summary>The services of the Consolidation feature, registered by <c>PortalSetup</c>.</summary>
public static class ConsolidationServices
{
    public static IServiceCollection AddConsolidation(this IServiceCollection services)
    {
        services.AddScoped<ConsolidationSignOff>();
        services.AddScoped<ReportSignOffQueries>();
        services.AddScoped<CommuneReportScope>();
        services.AddScoped<ConsolidationQuery>();
        return services;
    }
}
