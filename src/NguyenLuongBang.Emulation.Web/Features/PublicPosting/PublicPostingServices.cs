namespace NguyenLuongBang.Emulation.Web.Features.PublicPosting;

/// <summary>The services of the PublicPosting feature, registered by <c>PortalSetup</c>.</summary>
public static class PublicPostingServices
{
    public static IServiceCollection AddPublicPosting(this IServiceCollection services)
    {
        services.AddScoped<PublicFeedback>();
        services.AddSingleton<FeedbackLimiter>();
        services.AddScoped<PublicPostingQueries>();
        return services;
    }
}
