using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Features.Admin;
using NguyenLuongBang.Emulation.Web.Features.AdminSettings;
using NguyenLuongBang.Emulation.Web.Features.AdminUsers;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.City;

/// <summary>What the city's administrator types to add an account of the city.</summary>
public sealed class CityAccountForm
{
    public string? FullName { get; set; }

    public string? Email { get; set; }

    public string? Position { get; set; }

    public string? Role { get; set; }

    /// <summary>For a leader of the Ban: the office he signs in (Trưởng Ban, or a deputy assigned to sign for him).</summary>
    public string? SigningOffice { get; set; }
}

/// <param name="Typed">The form as typed when refused, with why; a blank form otherwise.</param>
/// <param name="Settings">The city's own settings: its mail server and its idle time.</param>
public sealed record CityAccountsPage(IReadOnlyList<UserRow> Accounts, CityAccountForm Typed, string? Error, IReadOnlyList<SettingRow> Settings);

/// <summary>
/// The city's administrator looks after the city's own row: its accounts (add one of the Ban or
/// another administrator, lock or unlock, reset a password) and its settings (the mail server that
/// sends the city's mail, the idle time). The accounts are the city's only: the user store is
/// scoped to the city's row, so a commune's account is not found here (404). The last active city
/// administrator cannot be locked.
/// </summary>
[Authorize(Policy = Policies.CityAdmin)]
[Route("Thanh-pho/Tai-khoan")]
public sealed class CityAccountsController(UserManager<AppUser> users, UserAdministration administration, AdminQueries queries, AppDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await PageAsync(new CityAccountForm { Role = Roles.City }, null, null, cancellationToken));

    [HttpPost("")]
    public async Task<IActionResult> Create(CityAccountForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        // A leader of the Ban is one of the Ban who may also sign: both roles.
        var roles = form.Role == Roles.CityLeader ? new List<string> { Roles.City, Roles.CityLeader } : form.Role is null ? [] : [form.Role];
        var userForm = new UserForm { FullName = form.FullName, Email = form.Email?.Trim(), Position = form.Position, Roles = roles, SigningOffice = form.SigningOffice };
        var refusal = (await new UserFormValidator(Roles.OfTheCity).ValidateAsync(userForm, cancellationToken)).Errors.Select(e => e.ErrorMessage).FirstOrDefault();
        string? password = null;
        if (refusal is null)
        {
            // One creation at a time: of two identical posts (a double click), the second finds the address taken.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.LockAsync("city-accounts", cancellationToken);
            var (errors, created) = await administration.CreateAsync(userForm);
            refusal = errors.Count > 0 ? errors[0] : null;
            password = created;
            if (refusal is null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }

        if (refusal is not null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Index), await PageAsync(form, refusal, null, cancellationToken));
        }

        TempData["Message"] = $"Đã tạo tài khoản {userForm.Email} ({Roles.Title(form.Role!)}), mật khẩu tạm: {password} — phải đổi khi đăng nhập lần đầu.";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id}/Khoa")]
    public Task<IActionResult> Lock(string id) => SetLockedAsync(id, true);

    [HttpPost("{id}/Mo-khoa")]
    public Task<IActionResult> Unlock(string id) => SetLockedAsync(id, false);

    [HttpPost("{id}/Dat-lai-mat-khau")]
    public async Task<IActionResult> ResetPassword(string id)
    {
        if (await CityUserAsync(id) is not { } user)
        {
            return NotFound();
        }

        var password = await administration.ResetPasswordAsync(user);
        TempData["Message"] = $"Mật khẩu tạm của {user.Email}: {password} — người dùng phải đổi mật khẩu khi đăng nhập.";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("Cai-dat")]
    public async Task<IActionResult> Save(string key, string? value, [FromServices] SettingsEditor editor, CancellationToken cancellationToken)
    {
        if (CitySettings.Find(key) is not { } definition)
        {
            return NotFound();
        }

        var (error, text, label) = await editor.SaveAsync(definition, value, User.ToActor(), cancellationToken);
        if (error is not null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Index), await PageAsync(new CityAccountForm { Role = Roles.City }, null, (key, text, error), cancellationToken));
        }

        TempData["Message"] = $"Đã lưu \"{label}\": {text}.";
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> SetLockedAsync(string id, bool locked)
    {
        if (await CityUserAsync(id) is not { } user)
        {
            return NotFound();
        }

        var refusal = user.Id == users.GetUserId(User) ? UserAdministration.NotOwnAccount : await administration.SetLockedAsync(user, locked);
        if (refusal is null)
        {
            TempData["Message"] = $"Đã {(locked ? "khóa" : "mở khóa")} tài khoản {user.Email}.";
        }
        else
        {
            TempData["Error"] = refusal;
        }

        return RedirectToAction(nameof(Index));
    }

    /// <summary>An account of the city's row holding a city role; null for anything else (a commune's account is not in this row at all).</summary>
    private async Task<AppUser?> CityUserAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return null;
        }

        var roles = await users.GetRolesAsync(user);
        return roles.Any(Roles.OfTheCity.Contains) ? user : null;
    }

    private async Task<CityAccountsPage> PageAsync(CityAccountForm typed, string? error, (string Key, string Text, string Error)? failedSetting, CancellationToken cancellationToken) =>
        new(await queries.UsersAsync(cancellationToken), typed, error,
            await SettingsEditor.RowsAsync(db, CitySettings.Definitions, failedSetting?.Key, failedSetting?.Text, failedSetting?.Error, cancellationToken));
}
