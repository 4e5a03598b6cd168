using Microsoft.AspNetCore.Mvc;

namespace NguyenLuongBang.Emulation.Web.Features.Home;

/// <summary>Every role lands here and is told what to do next.</summary>
public sealed class HomeController(HomeQueries queries) : Controller
{
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await queries.ForAsync(User, cancellationToken));
}
