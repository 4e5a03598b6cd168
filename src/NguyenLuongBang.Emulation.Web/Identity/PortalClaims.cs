using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace NguyenLuongBang.Emulation.Web.Identity;

public static class PortalClaims
{
    public const string UnitId = "nlb:unit";
    public const string FullName = "nlb:name";
    public const string MustChangePassword = "nlb:must-change-password";
    public const string CommuneId = "nlb:commune";

    public static int? GetUnitId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(UnitId), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public static Domain.Common.Actor ToActor(this ClaimsPrincipal user) =>
        new(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Not signed in"), user.GetFullName());

    public static string GetFullName(this ClaimsPrincipal user) =>
        user.FindFirstValue(FullName) ?? user.Identity?.Name ?? string.Empty;
}

/// <summary>Puts the user's unit and full name into the sign-in cookie so pages need no extra query.</summary>
public sealed class PortalClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaims.FullName, user.FullName));
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(PortalClaims.MustChangePassword, "1"));
        }

        if (user.CommuneId is { } communeId)
        {
            identity.AddClaim(new Claim(PortalClaims.CommuneId, communeId.ToString(CultureInfo.InvariantCulture)));
        }

        if (user.UnitId is { } unitId)
        {
            identity.AddClaim(new Claim(PortalClaims.UnitId, unitId.ToString(CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}
