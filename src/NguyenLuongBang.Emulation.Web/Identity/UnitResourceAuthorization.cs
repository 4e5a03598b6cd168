using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Identity;

/// <summary>Anything that belongs to one unit: a report, its files, its plan.</summary>
public sealed record UnitResource(int UnitId);

public static class UnitOperations
{
    public static readonly OperationAuthorizationRequirement Read = new() { Name = nameof(Read) };
    public static readonly OperationAuthorizationRequirement Edit = new() { Name = nameof(Edit) };
}

/// <summary>
/// "Own unit only": unit staff read and edit their own unit's records; reviewers and the chairman
/// read every unit's; nobody else. No fields: it holds no per-request state.
/// </summary>
public sealed class UnitResourceHandler : AuthorizationHandler<OperationAuthorizationRequirement, UnitResource>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, UnitResource resource)
    {
        var user = context.User;
        var ownUnit = user.IsInRole(Roles.UnitStaff) && user.GetUnitId() == resource.UnitId;
        var allowed = requirement.Name switch
        {
            nameof(UnitOperations.Read) => ownUnit || user.IsInRole(Roles.Reviewer) || user.IsInRole(Roles.Chairman),
            nameof(UnitOperations.Edit) => ownUnit,
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
