namespace NguyenLuongBang.Emulation.Web.Features.Council;

/// <summary>The services of the Council feature, registered by <c>PortalSetup</c>.</summary>
public static class CouncilServices
{
    public static IServiceCollection AddCouncil(this IServiceCollection services)
    {
        services.AddScoped<CouncilActions>();
        services.AddScoped<MinutesSigning>();
        services.AddScoped<CouncilQueries>();
        return services;
    }
}
