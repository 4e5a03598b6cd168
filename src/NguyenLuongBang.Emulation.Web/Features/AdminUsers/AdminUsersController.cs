using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Web.Features.Admin;
using NguyenLuongBang.Emulation.Web.Identity;

namespace NguyenLuongBang.Emulation.Web.Features.AdminUsers;

/// <summary>Accounts: create, edit roles and unit, lock and unlock, reset the password.</summary>
[Authorize(Policy = Policies.Administer)]
[Route("Admin/Users/[action]/{id?}")]
public sealed class AdminUsersController(UserAdministration administration, UserManager<AppUser> users, IValidator<UserForm> validator, UserSessions sessions) : Controller
{
    [HttpGet("/Admin/Users")]
    public async Task<IActionResult> Index([FromServices] AdminQueries queries, CancellationToken cancellationToken) =>
        View(await queries.UsersAsync(cancellationToken));

    [HttpGet]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View("Edit", new UserPage(new UserForm { Roles = [Roles.UnitStaff] }, await administration.UnitChoicesAsync(cancellationToken)));

    [HttpPost]
    public async Task<IActionResult> Create(UserForm form, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(form, cancellationToken);
        validation.AddToModelState(ModelState);
        if (ModelState.IsValid)
        {
            var (errors, password) = await administration.CreateAsync(form);
            if (errors.Count == 0)
            {
                TempData["Message"] = $"Đã tạo tài khoản {form.Email}. Mật khẩu tạm: {password} (người dùng phải đổi khi đăng nhập lần đầu).";
                return RedirectToAction(nameof(Index));
            }

            foreach (var error in errors)
            {
                ModelState.AddModelError(string.Empty, error);
            }
        }

        return View("Edit", new UserPage(form, await administration.UnitChoicesAsync(cancellationToken)));
    }

    [HttpGet]
    public async Task<IActionResult> Edit(string id, [FromServices] Data.AppDbContext db, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var form = new UserForm { Id = user.Id, Email = user.Email, FullName = user.FullName, Position = user.Position, SigningOffice = user.SigningOffice?.ToString(), UnitId = user.UnitId, Roles = [.. await users.GetRolesAsync(user)] };
        return View(new UserPage(form, await administration.UnitChoicesAsync(cancellationToken))
        {
            Sessions = await sessions.ActiveAsync(user.Id, cancellationToken),
            OfficeHistory = await db.AuditEntries.AsNoTracking().Where(a => a.Action == UserAdministration.OfficeChanged && a.EntityId == user.Id)
                .OrderByDescending(a => a.Id).Take(20).ToListAsync(cancellationToken),
        });
    }

    [HttpPost]
    public async Task<IActionResult> Edit(string id, UserForm form, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        form.Id = id;
        form.Email = user.Email;
        var validation = await validator.ValidateAsync(form, cancellationToken);
        validation.AddToModelState(ModelState);
        if (user.Id == User.ToActor().UserId && form.Office != user.SigningOffice)
        {
            // Whoever gives signing offices does not give one to himself.
            ModelState.AddModelError(nameof(UserForm.SigningOffice), "Không tự giao hay bỏ chức vụ ký văn bản cho tài khoản của mình: một quản trị viên khác làm việc này.");
        }

        if (ModelState.IsValid)
        {
            var errors = await administration.UpdateAsync(user, form);
            if (errors.Count == 0)
            {
                TempData["Message"] = $"Đã lưu tài khoản {user.Email}.";
                return RedirectToAction(nameof(Index));
            }

            foreach (var error in errors)
            {
                ModelState.AddModelError(string.Empty, error);
            }
        }

        return View(new UserPage(form, await administration.UnitChoicesAsync(cancellationToken)) { Sessions = await sessions.ActiveAsync(user.Id, cancellationToken) });
    }

    /// <summary>Ends one session of the account (<paramref name="session"/>) or all of them.</summary>
    [HttpPost]
    public async Task<IActionResult> EndSessions(string id, string? session, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var ended = await administration.EndSessionsAsync(user, string.IsNullOrEmpty(session) ? null : session, sessions, cancellationToken);
        TempData["Message"] = ended == 0 ? "Không còn phiên nào đang mở." : $"Đã kết thúc {ended} phiên đăng nhập của {user.Email}.";
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost]
    public Task<IActionResult> Lock(string id) => SetLockedAsync(id, true);

    [HttpPost]
    public Task<IActionResult> Unlock(string id) => SetLockedAsync(id, false);

    [HttpPost]
    public async Task<IActionResult> ResetPassword(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var password = await administration.ResetPasswordAsync(user);
        TempData["Message"] = $"Mật khẩu tạm của {user.Email}: {password} — người dùng phải đổi mật khẩu khi đăng nhập.";
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> SetLockedAsync(string id, bool locked)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (user.Id == users.GetUserId(User))
        {
            TempData["Error"] = UserAdministration.NotOwnAccount;
            return RedirectToAction(nameof(Index));
        }

        if (await administration.SetLockedAsync(user, locked) is { } refused)
        {
            TempData["Error"] = refused;
            return RedirectToAction(nameof(Index));
        }

        TempData["Message"] = locked ? $"Đã khóa tài khoản {user.Email}; mọi phiên đăng nhập của tài khoản đã kết thúc." : $"Đã mở khóa tài khoản {user.Email}.";
        return RedirectToAction(nameof(Index));
    }
}

public sealed record UserPage(UserForm Form, IReadOnlyList<KeyValuePair<int, string>> Units)
{
    /// <summary>The account's open sessions (editing only).</summary>
    public IReadOnlyList<UserSession> Sessions { get; init; } = [];

    /// <summary>Who gave this account which signing office, when (from the audit trail; newest first).</summary>
    public IReadOnlyList<Domain.Auditing.AuditEntry> OfficeHistory { get; init; } = [];
}
