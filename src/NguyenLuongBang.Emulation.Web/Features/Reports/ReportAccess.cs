using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace NguyenLuongBang.Emulation.Web.Features.Reports;

internal static class ReportAccess
{
    /// <summary>404 when the report does not exist, 403 when the user may not do this to it, null when allowed.</summary>
    public static async Task<IActionResult?> DenyReportAsync(this Controller controller, int id, OperationAuthorizationRequirement operation,
        ReportQueries queries, IAuthorizationService authorization, CancellationToken cancellationToken)
    {
        var header = await queries.HeaderAsync(id, cancellationToken);
        if (header is null)
        {
            return controller.NotFound();
        }

        return (await authorization.AuthorizeAsync(controller.User, header.Resource, operation)).Succeeded ? null : controller.Forbid();
    }
}
