namespace NguyenLuongBang.Emulation.Web.Features.Reports;

/// <summary>The services of the Reports feature, registered by <c>PortalSetup</c>.</summary>
public static class ReportsServices
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddScoped<ReportQueries>();
        services.AddScoped<ReportEditor>();
        services.AddScoped<ReportDrafts>();
        services.AddScoped<SubmittedReportDocument>();
        services.AddScoped<ReportingRules>();
        services.AddScoped<IndicatorCatalog>();
        services.AddScoped<EvidenceFiles>();
        return services;
    }
}
