namespace NguyenLuongBang.Emulation.Web.Features.Registration;

/// <summary>The services of the Registration feature, registered by <c>PortalSetup</c>.</summary>
public static class RegistrationServices
{
    public static IServiceCollection AddRegistration(this IServiceCollection services)
    {
        services.AddScoped<RegistrationQueries>();
        services.AddScoped<RegistrationActions>();
        return services;
    }
}
