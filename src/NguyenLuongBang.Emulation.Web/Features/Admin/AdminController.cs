using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NguyenLuongBang.Emulation.Web.Identity;

namespace NguyenLuongBang.Emulation.Web.Features.Admin;

[Authorize(Policy = Policies.Administer)]
public sealed class AdminController(AdminQueries queries) : Controller
{
    public async Task<IActionResult> Users(CancellationToken cancellationToken) =>
        View(await queries.UsersAsync(cancellationToken));
}
