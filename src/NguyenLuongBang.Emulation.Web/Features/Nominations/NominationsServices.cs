namespace NguyenLuongBang.Emulation.Web.Features.Nominations;

/// <summary>The services of the Nominations feature, registered by <c>PortalSetup</c>.</summary>
public static class NominationsServices
{
    public static IServiceCollection AddNominations(this IServiceCollection services)
    {
        services.AddScoped<NominationActions>();
        services.AddScoped<NominationQueries>();
        return services;
    }
}
