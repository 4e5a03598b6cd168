using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Communes;

/// <summary>The city's administrator: the communes of the deployment, and adding one with its first administrator.</summary>
[Authorize(Policy = Policies.CityAdmin)]
[Route("Thanh-pho/Xa-phuong")]
public sealed class CommunesController(CommuneCreation creation) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new CommunesPage(await creation.ListAsync(cancellationToken), new NewCommuneForm { Kind = "Xa" }));

    [HttpPost("")]
    public async Task<IActionResult> Create(NewCommuneForm form, CancellationToken cancellationToken) =>
        await this.AnswerForm(await creation.CreateAsync(form, cancellationToken), () => RedirectToAction(nameof(Index)),
            // Refused: the page again with everything typed, and why; nothing was written.
            async refusal => View(nameof(Index), new CommunesPage(await creation.ListAsync(cancellationToken), form, refusal)));
}
