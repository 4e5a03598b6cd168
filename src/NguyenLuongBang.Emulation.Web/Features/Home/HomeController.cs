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

        // The city's Ban Thi đua - Khen thưởng works across communes: its home is the city's view.
        if (User.IsInRole(Identity.Roles.City))
        {
            return Redirect("~/Thanh-pho");
        }

        if (User.IsInRole(Identity.Roles.CityAdmin))
        {
            return Redirect("~/Thanh-pho/Xa-phuong");
        }

        return View(await queries.ForAsync(User, cancellationToken));
    }
}
