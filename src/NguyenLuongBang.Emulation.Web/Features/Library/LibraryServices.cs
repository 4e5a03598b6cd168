namespace NguyenLuongBang.Emulation.Web.Features.Library;

/// <summary>The services of the Library feature, registered by <c>PortalSetup</c>.</summary>
public static class LibraryServices
{
    public static IServiceCollection AddLibrary(this IServiceCollection services)
    {
        services.AddScoped<GuidanceLibrary>();
        services.AddScoped<LibraryActions>();
        return services;
    }
}
