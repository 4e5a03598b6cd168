using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace NguyenLuongBang.Emulation.Web.Features.Movement;

/// <summary>The movement in public (no sign-in): what it is for, what it asks, where the commune stands.</summary>
[AllowAnonymous]
public sealed class MovementController(MovementQueries queries) : Controller
{
    [HttpGet("/Phong-trao")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await queries.LoadAsync(cancellationToken));
}
