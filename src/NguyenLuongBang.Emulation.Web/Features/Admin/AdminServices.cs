namespace NguyenLuongBang.Emulation.Web.Features.Admin;

/// <summary>The services of the Admin feature, registered by <c>PortalSetup</c>.</summary>
public static class AdminServices
{
    public static IServiceCollection AddAdmin(this IServiceCollection services)
    {
        services.AddScoped<AdminQueries>();
        return services;
    }
}
