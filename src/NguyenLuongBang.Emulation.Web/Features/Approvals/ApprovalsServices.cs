namespace NguyenLuongBang.Emulation.Web.Features.Approvals;

/// <summary>The services of the Approvals feature, registered by <c>PortalSetup</c>.</summary>
public static class ApprovalsServices
{
    public static IServiceCollection AddApprovals(this IServiceCollection services)
    {
        services.AddScoped<ApprovalQueries>();
        services.AddScoped<ApprovalActions>();
        return services;
    }
}
