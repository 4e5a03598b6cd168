using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NguyenLuongBang.Emulation.Web.Identity;

namespace NguyenLuongBang.Emulation.Web.Features.City;

/// <summary>The city's administrator: the communes of the deployment, and adding one with its first administrator.</summary>
[Authorize(Policy = Policies.CityAdmin)]
[Route("Thanh-pho/Xa-phuong")]
public sealed class CommunesController(CommuneCreation creation) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new CommunesPage(await creation.ListAsync(cancellationToken), new NewCommuneForm { Kind = "Xa" }));

    [HttpPost("")]
    public async Task<IActionResult> Create(NewCommuneForm form, CancellationToken cancellationToken)
    {
        var (error, commune, password) = await creation.CreateAsync(form, cancellationToken);
        if (error is not null)
        {
            // Refused: the page again with everything typed, and why; nothing was written.
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Index), new CommunesPage(await creation.ListAsync(cancellationToken), form, error));
        }

        TempData["Message"] = $"Đã tạo {commune!.DisplayName}: trang công khai /{commune.Slug}/Phong-trao. Tài khoản quản trị {form.AdminEmail?.Trim()}, mật khẩu tạm: {password} (phải đổi khi đăng nhập lần đầu).";
        return RedirectToAction(nameof(Index));
    }
}
