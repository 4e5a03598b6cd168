using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.DocumentRegister;

/// <summary>
/// The văn thư's numbers: for each register of the year, the last number the portal took and the
/// number the next document takes; the administrator (the văn thư's role in the portal) sets where
/// a register goes on from when the commune's own register has run outside the portal.
/// </summary>
[Authorize(Policy = Policies.Administer)]
[Route("Admin/Register/Next")]
public sealed class RegisterStartsController(DocumentRegisterQueries queries, DocumentRegisterActions actions) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? year, CancellationToken cancellationToken) =>
        View("~/Features/DocumentRegister/Next.cshtml", await queries.StartsAsync(year, cancellationToken));

    [HttpPost("")]
    public async Task<IActionResult> Set(int year, string? issuer, string? typeCode, string? next, CancellationToken cancellationToken) =>
        this.Answer(await actions.SetNextAsync(year, issuer, typeCode, next, User.ToActor(), cancellationToken), Redirect($"/Admin/Register/Next?year={year}"));
}

public sealed record RegisterStartsPage(int Year, IReadOnlyList<RegisterStartLine> Lines);

public sealed record RegisterStartLine(string Issuer, string TypeCode, string Name, int LastTaken, int Next, string? SetByName, DateTimeOffset? SetAt);
