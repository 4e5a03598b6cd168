namespace NguyenLuongBang.Emulation.Web.Features.Review;

/// <summary>The services of the Review feature, registered by <c>PortalSetup</c>.</summary>
public static class ReviewServices
{
    public static IServiceCollection AddReview(this IServiceCollection services)
    {
        services.AddScoped<ReviewQueries>();
        services.AddScoped<ReportChecks>();
        services.AddScoped<ReviewReminders>();
        services.AddScoped<ReviewActions>();
        return services;
    }
}
