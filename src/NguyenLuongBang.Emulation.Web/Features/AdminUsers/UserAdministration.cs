using System.Security.Cryptography;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.AdminUsers;

public sealed class UserForm
{
    public string? Id { get; set; }

    public string? Email { get; set; }

    public string? FullName { get; set; }

    public string? Position { get; set; }

    /// <summary>The office the person signs in (none for most accounts); bound as its name, checked against the list.</summary>
    public string? SigningOffice { get; set; }

    public List<string> Roles { get; set; } = [];

    public Domain.Documents.SigningOffice? Office => Enum.TryParse<Domain.Documents.SigningOffice>(SigningOffice, out var office) && Enum.IsDefined(office) ? office : null;

    public int? UnitId { get; set; }
}

public sealed class UserFormValidator : AbstractValidator<UserForm>
{
    /// <summary>A commune's account: one of the commune's roles.</summary>
    public UserFormValidator()
        : this(Identity.Roles.All)
    {
    }

    /// <param name="allowedRoles">The roles this form may grant (the city's administrator grants the city's).</param>
    public UserFormValidator(IReadOnlyList<string> allowedRoles)
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage("Vui lòng nhập thư điện tử.").Must(EmailAddresses.IsValid).WithMessage(EmailAddresses.Invalid)
            .MaximumLength(256).WithMessage("Thư điện tử dài quá {MaxLength} ký tự.");
        RuleFor(f => f.FullName).NotEmpty().WithMessage("Vui lòng nhập họ và tên.").MaximumLength(100).WithMessage("Họ và tên dài quá {MaxLength} ký tự.");
        RuleFor(f => f.Position).MaximumLength(100).WithMessage("Chức vụ dài quá {MaxLength} ký tự.");
        RuleFor(f => f.Roles).NotEmpty().WithMessage("Chọn ít nhất một vai trò.")
            .Must(r => r.All(allowedRoles.Contains)).WithMessage("Vai trò không hợp lệ.");
        RuleFor(f => f.UnitId).NotNull().When(f => f.Roles.Contains(Identity.Roles.UnitStaff))
            .WithMessage("Cán bộ đơn vị phải thuộc một đơn vị.");
        var offices = allowedRoles.Contains(Identity.Roles.CityLeader) ? Domain.Documents.Signatory.CityOffices : Domain.Documents.Signatory.CommuneOffices;
        RuleFor(f => f.SigningOffice).Must(v => string.IsNullOrEmpty(v) || (Enum.TryParse<Domain.Documents.SigningOffice>(v, out var o) && offices.Contains(o)))
            .WithMessage("Chức vụ ký văn bản không có trong danh sách: vui lòng chọn lại.");
        RuleFor(f => f).Must(f => f.Office is not { } office || f.Roles.Contains(RoleFor(office)))
            .WithName(nameof(UserForm.SigningOffice))
            .WithMessage(f => $"Chức vụ ký \"{Domain.Documents.Signatory.Describe(f.Office!.Value)}\" cần vai trò {Identity.Roles.Title(RoleFor(f.Office!.Value))}.");
    }

    /// <summary>The role whose pages sign in that office: the chairman's desk, the reviewer's, the Ban's leaders'.</summary>
    public static string RoleFor(Domain.Documents.SigningOffice office) => office switch
    {
        Domain.Documents.SigningOffice.Chairman or Domain.Documents.SigningOffice.ViceChairman => Identity.Roles.Chairman,
        Domain.Documents.SigningOffice.HeadOfCultureOffice => Identity.Roles.Reviewer,
        _ => Identity.Roles.CityLeader,
    };
}

/// <summary>
/// The account administration's actions, for a commune's administrator and the city's alike
/// (<see cref="AccountScope"/>): create, edit, lock and unlock, reset a password, end sessions.
/// Each is one unit of work (<see cref="RecordChanges.RunAsync"/>): the account, its roles, its
/// profile and its audit rows are saved together or not at all, so a refusal or a failure half-way
/// leaves no half-made account. Temporary passwords must be changed at next sign-in.
/// </summary>
public sealed class UserAdministration(UserManager<AppUser> users, AppDbContext db, AuditLog audit, RecordChanges changes, TimeProvider clock)
{
    /// <summary>The lock every creation of a row's accounts takes (one form, a sheet): of two posts of one address, the second finds it taken.</summary>
    public const string AccountsLock = "accounts";

    /// <summary>
    /// The lock of changes that could leave a row without an active administrator, or give a signing
    /// office to a second holder: the same as creation's, so an edit and a creation that both name
    /// one office apply one after the other and the second is refused.
    /// </summary>
    private const string AdministratorsLock = AccountsLock;

    public static string TemporaryPassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", lower = "abcdefghijkmnpqrstuvwxyz", digits = "23456789";
        var all = upper + lower + digits;
        while (true)
        {
            var chars = new[] { Pick(upper), Pick(lower), Pick(digits) }.Concat(Enumerable.Range(0, 11).Select(_ => Pick(all))).ToArray();
            RandomNumberGenerator.Shuffle(chars.AsSpan());
            var password = new string(chars);
            if (PortalPasswordPolicy.Refusal(password, null, null) is null)
            {
                return password;
            }
        }

        static char Pick(string from) => from[RandomNumberGenerator.GetInt32(from.Length)];
    }

    /// <summary>
    /// Creates an account from a checked form, as one unit of work under the accounts lock; its
    /// message shows the temporary password once.
    /// </summary>
    public Task<ChangeOutcome> CreateAsync(UserForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        return changes.RunAsync(AccountsLock, async _ =>
        {
            var password = TemporaryPassword();
            var user = await AddAsync(form, password);
            return new Change(Created, "Tài khoản", user.Id, CreatedDetails(user, form),
                $"Đã tạo tài khoản {user.Email} ({string.Join(", ", form.Roles.Distinct().Select(Roles.Title))}). Mật khẩu tạm: {password} — người dùng phải đổi khi đăng nhập lần đầu.");
        }, cancellationToken);
    }

    /// <summary>
    /// Creates an account inside the caller's unit of work (a sheet of accounts, a new commune's
    /// administrator), which owns the transaction and rolls everything back on a refusal.
    /// </summary>
    /// <returns>The errors (Vietnamese), or the temporary password of the new account.</returns>
    public async Task<(IReadOnlyList<string> Errors, string? Password)> CreateAsync(UserForm form, string? password = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        password ??= TemporaryPassword();
        AppUser user;
        try
        {
            user = await AddAsync(form, password);
        }
        catch (DomainException refused)
        {
            return ([refused.Message], null);
        }

        audit.Add(Created, "Tài khoản", user.Id, CreatedDetails(user, form));
        await db.SaveChangesAsync();
        return ([], password);
    }

    private const string Created = "Tạo tài khoản";

    private static string CreatedDetails(AppUser user, UserForm form) => $"{user.Email}: {string.Join(", ", form.Roles.Select(Roles.Title))}";

    /// <summary>The account, its roles and its office's audit row; a refusal (unknown unit, office held, address taken) is a <see cref="DomainException"/>.</summary>
    private async Task<AppUser> AddAsync(UserForm form, string password)
    {
        Refuse(await UnknownUnitAsync(form));
        Refuse(await OfficeTakenAsync(null, form.Office));
        var user = new AppUser
        {
            UserName = form.Email!.Trim(),
            Email = form.Email.Trim(),
            EmailConfirmed = true,
            FullName = Domain.Common.Names.Clean(form.FullName),
            Position = form.Position?.Trim(),
            SigningOffice = form.Office,
            UnitId = form.Roles.Contains(Roles.UnitStaff) ? form.UnitId : null,
            MustChangePassword = true,
        };
        Refuse(await users.CreateAsync(user, password));
        Refuse(await users.AddToRolesAsync(user, form.Roles.Distinct()));
        if (user.SigningOffice is { } office)
        {
            audit.Add(OfficeChanged, "Tài khoản", user.Id, $"{user.Email} ({user.FullName}): — → {Domain.Documents.Signatory.Describe(office)}");
        }

        return user;
    }

    private static void Refuse(string? refusal)
    {
        if (refusal is not null)
        {
            throw new DomainException(refusal);
        }
    }

    private static void Refuse(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new DomainException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    public const string UnknownUnit = "Đơn vị đã chọn không có trong danh sách đơn vị của xã: vui lòng chọn lại.";

    /// <summary>
    /// The unit named by the form, looked up in this commune: an id of another commune's unit (or of
    /// none) is refused here, since the database's key would not tell communes apart.
    /// </summary>
    private async Task<string?> UnknownUnitAsync(UserForm form) =>
        form.Roles.Contains(Roles.UnitStaff) && form.UnitId is { } unitId && !await db.Units.AnyAsync(u => u.Id == unitId) ? UnknownUnit : null;

    /// <summary>
    /// A head's office has one holder: a second Chủ tịch, Trưởng phòng or Trưởng Ban would let two
    /// people sign as that head. Deputies may be several.
    /// </summary>
    private async Task<string?> OfficeTakenAsync(string? userId, Domain.Documents.SigningOffice? office)
    {
        if (office is not (Domain.Documents.SigningOffice.Chairman or Domain.Documents.SigningOffice.HeadOfCultureOffice or Domain.Documents.SigningOffice.BoardHead))
        {
            return null;
        }

        var holder = await db.Users.AsNoTracking().Where(u => u.SigningOffice == office && u.Id != userId).Select(u => u.FullName).FirstOrDefaultAsync();
        return holder is null ? null : $"Chức vụ {Domain.Documents.Signatory.Describe(office.Value)} đang do {holder} giữ: bỏ chức vụ ký của tài khoản đó trước.";
    }

    /// <summary>The audit action that records a change of an account's signing office (its history).</summary>
    public const string OfficeChanged = "Giao chức vụ ký văn bản";

    private static string Describe(Domain.Documents.SigningOffice? office) => office is { } o ? Domain.Documents.Signatory.Describe(o) : "—";

    public const string NotOwnAccount = "Không thể tự khóa tài khoản của mình.";

    public const string OwnOffice = "Không tự giao hay bỏ chức vụ ký văn bản cho tài khoản của mình: một quản trị viên khác làm việc này.";

    public const string LastAdministrator = "Đây là quản trị viên duy nhất còn hoạt động: hãy cấp quyền quản trị cho một người khác trước.";

    /// <summary>
    /// Saves a checked form over the account, under the administrators' lock: two administrators
    /// removing each other's role at once cannot leave the commune without one. Role or unit changes
    /// take effect at once: every session of the account ends (SessionStore).
    /// </summary>
    public Task<ChangeOutcome> UpdateAsync(string id, UserForm form, Domain.Common.Actor by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(by);
        return changes.RunAsync(AdministratorsLock, async _ =>
        {
            if (await users.FindByIdAsync(id) is not { } user)
            {
                return null;
            }

            // Whoever gives signing offices does not give one to himself.
            Refuse(user.Id == by.UserId && form.Office != user.SigningOffice ? OwnOffice : null);
            Refuse(await UnknownUnitAsync(form));
            var roles = await users.GetRolesAsync(user);
            Refuse(roles.Contains(Roles.Admin) && !form.Roles.Contains(Roles.Admin) && !await AnotherActiveAdministratorAsync(user) ? LastAdministrator : null);
            Refuse(await OfficeTakenAsync(user.Id, form.Office));

            var before = $"{user.FullName}; {string.Join(",", roles)}; đơn vị {user.UnitId}";
            user.FullName = Domain.Common.Names.Clean(form.FullName);
            user.Position = form.Position?.Trim();
            var officeBefore = user.SigningOffice;
            user.SigningOffice = form.Office;
            user.UnitId = form.Roles.Contains(Roles.UnitStaff) ? form.UnitId : null;
            Refuse(await users.UpdateAsync(user));
            Refuse(await users.RemoveFromRolesAsync(user, roles.Except(form.Roles)));
            Refuse(await users.AddToRolesAsync(user, form.Roles.Except(roles).Distinct()));
            Refuse(await users.UpdateSecurityStampAsync(user));
            if (officeBefore != user.SigningOffice)
            {
                // The office's history is this chain of audit rows: who held what, from when, given by whom.
                audit.Add(OfficeChanged, "Tài khoản", user.Id, $"{user.Email} ({user.FullName}): {Describe(officeBefore)} → {Describe(user.SigningOffice)}");
            }

            return new Change("Sửa tài khoản", "Tài khoản", user.Id, $"{before} → {user.FullName}; {string.Join(",", form.Roles)}; đơn vị {user.UnitId}",
                $"Đã lưu tài khoản {user.Email}.");
        }, cancellationToken);
    }

    /// <summary>
    /// Locks or unlocks an account of <paramref name="scope"/> (any other is not found). Nobody locks
    /// his own account, nor the last active administrator of the row; a lock ends every session.
    /// </summary>
    public Task<ChangeOutcome> SetLockedAsync(string id, bool locked, string byUserId, AccountScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return changes.RunAsync(AdministratorsLock, async _ =>
        {
            if (await InScopeAsync(id, scope) is not { } user)
            {
                return null;
            }

            Refuse(user.Id == byUserId ? NotOwnAccount : null);
            foreach (var role in new[] { Roles.Admin, Roles.CityAdmin })
            {
                Refuse(locked && await users.IsInRoleAsync(user, role) && !await AnotherActiveAdministratorAsync(user, role) ? LastAdministrator : null);
            }

            Refuse(await users.SetLockoutEnabledAsync(user, true));
            Refuse(await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null));
            Refuse(await users.ResetAccessFailedCountAsync(user));
            Refuse(await users.UpdateSecurityStampAsync(user));
            return new Change(locked ? "Khóa tài khoản" : "Mở khóa tài khoản", "Tài khoản", user.Id, user.Email,
                locked ? $"Đã khóa tài khoản {user.Email}; mọi phiên đăng nhập của tài khoản đã kết thúc." : $"Đã mở khóa tài khoản {user.Email}.");
        }, cancellationToken);
    }

    /// <summary>Gives an account of <paramref name="scope"/> a temporary password (shown once by the message), to be changed at next sign-in.</summary>
    public Task<ChangeOutcome> ResetPasswordAsync(string id, AccountScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return changes.RunAsync($"account:{id}", async _ =>
        {
            if (await InScopeAsync(id, scope) is not { } user)
            {
                return null;
            }

            var password = TemporaryPassword();
            Refuse(await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), password));
            user.MustChangePassword = true;
            Refuse(await users.UpdateAsync(user));
            return new Change("Đặt lại mật khẩu", "Tài khoản", user.Id, user.Email,
                $"Mật khẩu tạm của {user.Email}: {password} — người dùng phải đổi mật khẩu khi đăng nhập.");
        }, cancellationToken);
    }

    /// <summary>Ends one of the account's sessions (<paramref name="sessionKey"/>), or all of them, with an audit row.</summary>
    public Task<ChangeOutcome> EndSessionsAsync(string id, string? sessionKey, UserSessions sessions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        return changes.RunAsync($"account:{id}", async ct =>
        {
            if (await users.FindByIdAsync(id) is not { } user)
            {
                return null;
            }

            var ended = await sessions.EndAsync(user.Id, sessionKey, "Quản trị viên kết thúc phiên", ct);
            return ended == 0
                ? Change.Already("Không còn phiên nào đang mở.")
                : new Change("Kết thúc phiên đăng nhập", "Tài khoản", user.Id, $"{user.Email}: {ended} phiên", $"Đã kết thúc {ended} phiên đăng nhập của {user.Email}.");
        }, cancellationToken);
    }

    /// <summary>The account when <paramref name="scope"/> looks after it; null for anything else (as if there were no such account).</summary>
    private async Task<AppUser?> InScopeAsync(string id, AccountScope scope) =>
        await users.FindByIdAsync(id) is { } user && scope.Holds(await users.GetRolesAsync(user)) ? user : null;

    /// <summary>Whether another account of the row in scope holds <paramref name="role"/> and is not locked.</summary>
    private async Task<bool> AnotherActiveAdministratorAsync(AppUser user, string role = Roles.Admin)
    {
        var now = clock.GetUtcNow();
        return (await users.GetUsersInRoleAsync(role)).Any(a => a.Id != user.Id && (a.LockoutEnd is null || a.LockoutEnd <= now));
    }
}
