namespace NguyenLuongBang.Emulation.Web.Features.Communes;

/// <summary>The services of the Communes feature, registered by <c>PortalSetup</c>.</summary>
public static class CommunesServices
{
    public static IServiceCollection AddCommunes(this IServiceCollection services)
    {
        services.AddScoped<CommuneCreation>();
        return services;
    }
}
