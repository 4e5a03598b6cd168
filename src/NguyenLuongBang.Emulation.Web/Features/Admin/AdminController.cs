using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NguyenLuongBang.Emulation.Web.Identity;

namespace NguyenLuongBang.Emulation.Web.Features.Admin;

[Authorize(Policy = Policies.Administer)]
public sealed class AdminController(AdminQueries queries) : Controller
{
    /// <summary>E-mails waiting to be sent (all of them while no SMTP server is configured) and recently sent.</summary>
    public async Task<IActionResult> Outbox(CancellationToken cancellationToken) =>
        View(await queries.OutboxAsync(cancellationToken));
}
