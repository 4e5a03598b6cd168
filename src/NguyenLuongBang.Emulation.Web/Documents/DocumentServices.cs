using Microsoft.Extensions.DependencyInjection.Extensions;

namespace NguyenLuongBang.Emulation.Web.Documents;

/// <summary>The services of issuing official documents (numbers, rendering, files, signatures, the public address), shared by the features that issue, registered by <c>PortalSetup</c>.</summary>
public static class DocumentServices
{
    public static IServiceCollection AddDocuments(this IServiceCollection services)
    {
        services.AddScoped<DocumentNumbers>();
        services.TryAddSingleton<DocumentRendering>();
        services.AddScoped<DocumentIssuer>();
        services.AddScoped<IssuedFiles>();
        services.AddSingleton<PublicAddress>();
        services.AddScoped<VerificationLinks>();
        services.AddScoped<OrganisationSignature>();
        services.AddScoped<Signatories>();
        return services;
    }
}
