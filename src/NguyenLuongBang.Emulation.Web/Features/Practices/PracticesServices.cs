namespace NguyenLuongBang.Emulation.Web.Features.Practices;

/// <summary>The services of the Practices feature, registered by <c>PortalSetup</c>.</summary>
public static class PracticesServices
{
    public static IServiceCollection AddPractices(this IServiceCollection services)
    {
        services.AddScoped<PracticeQueries>();
        services.AddScoped<PracticeActions>();
        return services;
    }
}
