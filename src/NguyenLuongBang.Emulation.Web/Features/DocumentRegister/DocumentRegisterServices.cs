namespace NguyenLuongBang.Emulation.Web.Features.DocumentRegister;

/// <summary>The services of the DocumentRegister feature, registered by <c>PortalSetup</c>.</summary>
public static class DocumentRegisterServices
{
    public static IServiceCollection AddDocumentRegister(this IServiceCollection services)
    {
        services.AddScoped<PaperRecords>();
        services.AddScoped<SignedDocuments>();
        services.AddScoped<DocumentRegisterQueries>();
        services.AddScoped<DocumentRegisterActions>();
        return services;
    }
}
