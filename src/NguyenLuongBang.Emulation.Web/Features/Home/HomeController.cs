using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Home;

/// <summary>
/// Every role lands here and is told what to do next. A visitor is sent to sign in, or — when the
/// portal serves several communes — shown the list of communes, each with its public pages.
/// </summary>
public sealed class HomeController(HomeQueries queries, CommuneDirectory communes) : Controller
{
    [AllowAnonymous]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            var active = await communes.ActiveAsync(cancellationToken);
            return active.Count > 1 && HttpContext.PathCommune() is null ? View("Communes", active) : Challenge();
        }

        return View(await queries.ForAsync(User, cancellationToken));
    }
}
