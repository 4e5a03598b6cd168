namespace NguyenLuongBang.Emulation.Web.Features.Awards;

/// <summary>The services of the Awards feature, registered by <c>PortalSetup</c>.</summary>
public static class AwardsServices
{
    public static IServiceCollection AddAwards(this IServiceCollection services)
    {
        services.AddScoped<AwardSigning>();
        services.AddScoped<DossierQueries>();
        services.AddScoped<DossierActions>();
        services.AddScoped<AwardQueries>();
        services.AddScoped<DossierFiles>();
        return services;
    }
}
