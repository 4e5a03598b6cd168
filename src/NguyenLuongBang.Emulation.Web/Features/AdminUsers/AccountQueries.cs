using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Features.Admin;
using NguyenLuongBang.Emulation.Web.Features.AdminSettings;
using NguyenLuongBang.Emulation.Web.Features.City;
using NguyenLuongBang.Emulation.Web.Identity;

namespace NguyenLuongBang.Emulation.Web.Features.AdminUsers;

/// <summary>What the account administration pages show, for a commune's administrator and the city's.</summary>
public sealed class AccountQueries(AppDbContext db, AdminQueries admin, UserManager<AppUser> users, UserSessions sessions)
{
    /// <summary>The commune's list of accounts.</summary>
    public async Task<AccountsPage> ListAsync(CancellationToken cancellationToken) =>
        new(await admin.UsersAsync(cancellationToken), AccountScope.Commune);

    /// <summary>The page that adds an account: a blank form (a unit's staff by default), or the form as typed.</summary>
    public async Task<UserPage> NewAsync(UserForm? typed, CancellationToken cancellationToken) =>
        new(typed ?? new UserForm { Roles = [Roles.UnitStaff] }, await UnitChoicesAsync(cancellationToken));

    /// <summary>
    /// The page that edits an account: its form (as stored, or as typed when refused), its open
    /// sessions and its signing office's history; null when there is no such account here.
    /// </summary>
    public async Task<UserPage?> EditAsync(string id, UserForm? typed, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return null;
        }

        var form = typed ?? new UserForm
        {
            Id = user.Id, Email = user.Email, FullName = user.FullName, Position = user.Position, SigningOffice = user.SigningOffice?.ToString(), UnitId = user.UnitId,
            Roles = [.. await users.GetRolesAsync(user)],
        };
        form.Id = user.Id;
        form.Email = user.Email;
        return new UserPage(form, await UnitChoicesAsync(cancellationToken))
        {
            Sessions = await sessions.ActiveAsync(user.Id, cancellationToken),
            OfficeHistory = await db.AuditEntries.AsNoTracking().Where(a => a.Action == UserAdministration.OfficeChanged && a.EntityId == user.Id)
                .OrderByDescending(a => a.Id).Take(20).ToListAsync(cancellationToken),
        };
    }

    /// <summary>The address of an account of this row; null when there is none.</summary>
    public Task<string?> EmailOfAsync(string id, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.Email).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The city's accounts and settings, with the account form as typed (and why it was refused) or a setting's refused value.</summary>
    public async Task<CityAccountsPage> CityAsync(CityAccountForm typed, string? error, (string Key, string Text, string Error)? failedSetting, CancellationToken cancellationToken) =>
        new(new AccountsPage(await admin.UsersAsync(cancellationToken), AccountScope.City), typed, error,
            await SettingsEditor.RowsAsync(db, CitySettings.Definitions, failedSetting?.Key, failedSetting?.Text, failedSetting?.Error, cancellationToken));

    private Task<List<KeyValuePair<int, string>>> UnitChoicesAsync(CancellationToken cancellationToken) =>
        db.Units.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.Name).Select(u => new KeyValuePair<int, string>(u.Id, u.Name)).ToListAsync(cancellationToken);
}

/// <summary>A list of accounts and whose they are (the partial _AccountRows draws it for both).</summary>
public sealed record AccountsPage(IReadOnlyList<UserRow> Accounts, AccountScope Scope);

public sealed record UserPage(UserForm Form, IReadOnlyList<KeyValuePair<int, string>> Units)
{
    /// <summary>The account's open sessions (editing only).</summary>
    public IReadOnlyList<UserSession> Sessions { get; init; } = [];

    /// <summary>Who gave this account which signing office, when (from the audit trail; newest first).</summary>
    public IReadOnlyList<Domain.Auditing.AuditEntry> OfficeHistory { get; init; } = [];
}

/// <summary>What the city's administrator types to add an account of the city.</summary>
public sealed class CityAccountForm
{
    public string? FullName { get; set; }

    public string? Email { get; set; }

    public string? Position { get; set; }

    public string? Role { get; set; }

    /// <summary>For a leader of the Ban: the office he signs in (Trưởng Ban, or a deputy assigned to sign for him).</summary>
    public string? SigningOffice { get; set; }

    /// <summary>The account form it stands for: a leader of the Ban is one of the Ban who may also sign, with both roles.</summary>
    public UserForm ToUserForm() => new()
    {
        FullName = FullName, Email = Email?.Trim(), Position = Position, SigningOffice = SigningOffice,
        Roles = Role == Roles.CityLeader ? [Roles.City, Roles.CityLeader] : Role is null ? [] : [Role],
    };
}

/// <param name="Typed">The form as typed when refused, with why; a blank form otherwise.</param>
/// <param name="Settings">The city's own settings: its mail server and its idle time.</param>
public sealed record CityAccountsPage(AccountsPage Accounts, CityAccountForm Typed, string? Error, IReadOnlyList<SettingRow> Settings);
