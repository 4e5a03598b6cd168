using Microsoft.AspNetCore.Authorization;

namespace NguyenLuongBang.Emulation.Web.Identity;

/// <summary>
/// Who may do what, in one place. Whether a record's status allows the action is the entity's
/// decision, not a policy's.
/// </summary>
public static class Policies
{
    public const string UnitStaff = nameof(UnitStaff);
    public const string Review = nameof(Review);
    public const string Council = nameof(Council);
    public const string Approve = nameof(Approve);
    public const string Administer = nameof(Administer);

    /// <summary>Reviewers and the chairman read dashboards and reports of all units.</summary>
    public const string ReadAllReports = nameof(ReadAllReports);

    /// <summary>The city's Ban Thi đua - Khen thưởng: the city's pages, across communes.</summary>
    public const string City = nameof(City);

    /// <summary>The city's administrator: the communes of the deployment.</summary>
    public const string CityAdmin = nameof(CityAdmin);

    /// <summary>Signs or sends back the city's own report: the Ban's head or a deputy.</summary>
    public const string CitySign = nameof(CitySign);

    /// <summary>
    /// Installs signing keys, seals and personal certificates: a commune's administrator for the UBND and
    /// its people, the city's administrator for the Sở Nội vụ and the Ban's leaders (each on their own portal).
    /// </summary>
    public const string InstallKeys = nameof(InstallKeys);

    public static void Configure(AuthorizationOptions options)
    {
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.AddPolicy(UnitStaff, p => p.RequireRole(Roles.UnitStaff).RequireClaim(PortalClaims.UnitId));
        options.AddPolicy(Review, p => p.RequireRole(Roles.Reviewer));
        options.AddPolicy(Council, p => p.RequireRole(Roles.CouncilMember));
        options.AddPolicy(Approve, p => p.RequireRole(Roles.Chairman));
        options.AddPolicy(Administer, p => p.RequireRole(Roles.Admin));
        options.AddPolicy(City, p => p.RequireRole(Roles.City));
        options.AddPolicy(CityAdmin, p => p.RequireRole(Roles.CityAdmin));
        options.AddPolicy(InstallKeys, p => p.RequireRole(Roles.Admin, Roles.CityAdmin));
        options.AddPolicy(CitySign, p => p.RequireRole(Roles.City).RequireRole(Roles.CityLeader));
        options.AddPolicy(ReadAllReports, p => p.RequireRole(Roles.Reviewer, Roles.Chairman));
    }
}
