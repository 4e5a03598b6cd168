namespace NguyenLuongBang.Emulation.Web.Features.PersonalCertificates;

/// <summary>The services of the PersonalCertificates feature, registered by <c>PortalSetup</c>.</summary>
public static class PersonalCertificatesServices
{
    public static IServiceCollection AddPersonalCertificates(this IServiceCollection services)
    {
        services.AddScoped<PersonalCertificateQueries>();
        services.AddScoped<PersonalCertificateActions>();
        return services;
    }
}
