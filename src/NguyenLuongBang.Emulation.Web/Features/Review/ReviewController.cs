using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NguyenLuongBang.Emulation.Web.Identity;

namespace NguyenLuongBang.Emulation.Web.Features.Review;

/// <summary>Phòng Văn hóa - Xã hội's view of every unit's report for a year.</summary>
[Authorize(Policy = Policies.Review)]
public sealed class ReviewController(ReviewQueries queries) : Controller
{
    public async Task<IActionResult> Index(int? year, CancellationToken cancellationToken) =>
        View(await queries.ListAsync(year, cancellationToken));
}
