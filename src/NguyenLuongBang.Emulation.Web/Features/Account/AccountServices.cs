namespace NguyenLuongBang.Emulation.Web.Features.Account;

/// <summary>The services of the Account feature, registered by <c>PortalSetup</c>.</summary>
public static class AccountServices
{
    public static IServiceCollection AddAccount(this IServiceCollection services)
    {
        services.AddScoped<PasswordReset>();
        services.AddScoped<AccountSignIn>();
        return services;
    }
}
