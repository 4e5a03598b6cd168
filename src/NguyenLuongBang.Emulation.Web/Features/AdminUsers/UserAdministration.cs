using System.Security.Cryptography;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
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

/// <summary>Creating and changing accounts; every change is audited. Temporary passwords must be changed at next sign-in.</summary>
public sealed class UserAdministration(UserManager<AppUser> users, AppDbContext db, AuditLog audit, TimeProvider clock)
{
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

    /// <returns>The errors (Vietnamese), or the temporary password of the new account.</returns>
    public async Task<(IReadOnlyList<string> Errors, string? Password)> CreateAsync(UserForm form, string? password = null)
    {
        if (await UnknownUnitAsync(form) is { } unknown)
        {
            return ([unknown], null);
        }

        if (await OfficeTakenAsync(null, form.Office) is { } taken)
        {
            return ([taken], null);
        }

        password ??= TemporaryPassword();
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
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded)
        {
            result = await users.AddToRolesAsync(user, form.Roles.Distinct());
        }

        if (!result.Succeeded)
        {
            return (result.Errors.Select(e => e.Description).ToArray(), null);
        }

        audit.Add("Tạo tài khoản", "Tài khoản", user.Id, $"{user.Email}: {string.Join(", ", form.Roles.Select(Roles.Title))}");
        if (user.SigningOffice is { } office)
        {
            audit.Add(OfficeChanged, "Tài khoản", user.Id, $"{user.Email} ({user.FullName}): — → {Domain.Documents.Signatory.Describe(office)}");
        }

        await db.SaveChangesAsync();
        return ([], password);
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

    public const string LastAdministrator = "Đây là quản trị viên duy nhất còn hoạt động: hãy cấp quyền quản trị cho một người khác trước.";

    public async Task<IReadOnlyList<string>> UpdateAsync(AppUser user, UserForm form)
    {
        if (await UnknownUnitAsync(form) is { } unknown)
        {
            return [unknown];
        }

        // Under the administrators' lock: two administrators removing each other's role at once
        // cannot leave the portal without one.
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.LockAsync("administrators", CancellationToken.None);
        var roles = await users.GetRolesAsync(user);
        if (roles.Contains(Roles.Admin) && !form.Roles.Contains(Roles.Admin) && !await AnotherActiveAdministratorAsync(user))
        {
            return [LastAdministrator];
        }

        if (await OfficeTakenAsync(user.Id, form.Office) is { } taken)
        {
            return [taken];
        }

        var before = $"{user.FullName}; {string.Join(",", roles)}; đơn vị {user.UnitId}";
        user.FullName = Domain.Common.Names.Clean(form.FullName);
        user.Position = form.Position?.Trim();
        var officeBefore = user.SigningOffice;
        user.SigningOffice = form.Office;
        user.UnitId = form.Roles.Contains(Roles.UnitStaff) ? form.UnitId : null;
        var result = await users.UpdateAsync(user);
        var current = await users.GetRolesAsync(user);
        if (result.Succeeded)
        {
            result = await users.RemoveFromRolesAsync(user, current.Except(form.Roles));
        }

        if (result.Succeeded)
        {
            result = await users.AddToRolesAsync(user, form.Roles.Except(current).Distinct());
        }

        if (!result.Succeeded)
        {
            return result.Errors.Select(e => e.Description).ToArray();
        }

        // Role or unit changes take effect at once: every session of the account ends (SessionStore).
        await users.UpdateSecurityStampAsync(user);
        audit.Add("Sửa tài khoản", "Tài khoản", user.Id, $"{before} → {user.FullName}; {string.Join(",", form.Roles)}; đơn vị {user.UnitId}");
        if (officeBefore != user.SigningOffice)
        {
            // The office's history is this chain of audit rows: who held what, from when, given by whom.
            audit.Add(OfficeChanged, "Tài khoản", user.Id, $"{user.Email} ({user.FullName}): {Describe(officeBefore)} → {Describe(user.SigningOffice)}");
        }

        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return [];
    }

    /// <returns>Null when done, or why not.</returns>
    public async Task<string?> SetLockedAsync(AppUser user, bool locked)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.LockAsync("administrators", CancellationToken.None);
        foreach (var role in new[] { Roles.Admin, Roles.CityAdmin })
        {
            if (locked && await users.IsInRoleAsync(user, role) && !await AnotherActiveAdministratorAsync(user, role))
            {
                return LastAdministrator;
            }
        }

        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        await users.ResetAccessFailedCountAsync(user);
        await users.UpdateSecurityStampAsync(user);
        audit.Add(locked ? "Khóa tài khoản" : "Mở khóa tài khoản", "Tài khoản", user.Id, user.Email);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return null;
    }

    /// <summary>Ends one of the account's sessions, or all of them, with an audit row.</summary>
    public async Task<int> EndSessionsAsync(AppUser user, string? sessionKey, Identity.UserSessions sessions, CancellationToken cancellationToken)
    {
        var ended = await sessions.EndAsync(user.Id, sessionKey, "Quản trị viên kết thúc phiên", cancellationToken);
        if (ended > 0)
        {
            audit.Add("Kết thúc phiên đăng nhập", "Tài khoản", user.Id, $"{user.Email}: {ended} phiên");
            await db.SaveChangesAsync(cancellationToken);
        }

        return ended;
    }

    /// <summary>Whether another account of the row in scope holds <paramref name="role"/> and is not locked.</summary>
    private async Task<bool> AnotherActiveAdministratorAsync(AppUser user, string role = Roles.Admin)
    {
        var now = clock.GetUtcNow();
        return (await users.GetUsersInRoleAsync(role)).Any(a => a.Id != user.Id && (a.LockoutEnd is null || a.LockoutEnd <= now));
    }

    public async Task<string> ResetPasswordAsync(AppUser user)
    {
        var password = TemporaryPassword();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        user.MustChangePassword = true;
        await users.UpdateAsync(user);
        audit.Add("Đặt lại mật khẩu", "Tài khoản", user.Id, user.Email);
        await db.SaveChangesAsync();
        return password;
    }

    public Task<List<KeyValuePair<int, string>>> UnitChoicesAsync(CancellationToken cancellationToken) =>
        db.Units.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.Name).Select(u => new KeyValuePair<int, string>(u.Id, u.Name)).ToListAsync(cancellationToken);
}
