namespace NguyenLuongBang.Emulation.Web.Features.AdminUsers;

/// <summary>The services of the AdminUsers feature, registered by <c>PortalSetup</c>.</summary>
public static class AdminUsersServices
{
    public static IServiceCollection AddAdminUsers(this IServiceCollection services)
    {
        services.AddScoped<UserAdministration>();
        services.AddScoped<AccountQueries>();
        services.AddScoped<UserImport>();
        return services;
    }
}
