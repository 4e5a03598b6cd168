using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Communes;
using NguyenLuongBang.Emulation.Web.Data.Seeding;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Features.AdminUsers;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Communes;

/// <summary>What the city's administrator types to add a commune and its first administrator.</summary>
public sealed class NewCommuneForm
{
    public string? Slug { get; set; }

    public string? Name { get; set; }

    /// <summary>"Xa", "Phuong" or "DacKhu".</summary>
    public string? Kind { get; set; }

    public string? AdminEmail { get; set; }

    public string? AdminName { get; set; }
}

/// <summary>A commune as the city's administrator lists them.</summary>
public sealed record CommuneLine(int Id, string DisplayName, string Slug, bool IsActive, int Accounts);

public sealed record CommunesPage(IReadOnlyList<CommuneLine> Communes, NewCommuneForm Form, string? Error = null);

/// <summary>
/// Adds a commune from the city's pages, all or nothing, as one change of the city's: the commune's
/// row, its reference data (campaign, content areas, unit types, indicators), its first
/// administrator with a temporary password (audited in the new commune's chain), and the city's own
/// audit row.
/// </summary>
public sealed class CommuneCreation(AppDbContext db, CommuneScope scope, CommuneDirectory directory, RecordChanges changes, UserManager<AppUser> users,
    IServiceScopeFactory scopes, IServiceProvider services)
{
    public async Task<IReadOnlyList<CommuneLine>> ListAsync(CancellationToken cancellationToken)
    {
        using var across = scope.AcrossCommunes();
        var accountsOf = await db.Users.AsNoTracking().Where(u => u.CommuneId != null).GroupBy(u => u.CommuneId!.Value)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return (await db.Communes.AsNoTracking().Where(c => c.Kind != CommuneKind.City).OrderBy(c => c.Name).ToListAsync(cancellationToken))
            .Select(c => new CommuneLine(c.Id, c.DisplayName, c.Slug, c.IsActive, accountsOf.GetValueOrDefault(c.Id))).ToList();
    }

    /// <returns>Done, with the new commune's public page and its administrator's temporary password in the message; or refused (why, in Vietnamese), with nothing written.</returns>
    public async Task<ChangeOutcome> CreateAsync(NewCommuneForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        // Checked under one lock for every creation: a double click or simultaneous posts of the
        // same path or address make one commune, and the others are told it exists.
        var outcome = await changes.RunAsync("commune-creation", ct => CreateStepAsync(form, ct), cancellationToken);
        if (outcome.Result == ChangeResult.Done)
        {
            directory.Refresh();
        }

        return outcome;
    }

    private async Task<Change?> CreateStepAsync(NewCommuneForm form, CancellationToken cancellationToken)
    {
        var kind = form.Kind switch
        {
            nameof(CommuneKind.Xa) => CommuneKind.Xa,
            nameof(CommuneKind.Phuong) => CommuneKind.Phuong,
            nameof(CommuneKind.DacKhu) => CommuneKind.DacKhu,
            _ => throw new DomainException("Chọn loại: xã, phường hoặc đặc khu."),
        };
        var commune = new Commune(form.Slug ?? string.Empty, form.Name ?? string.Empty, kind);
        var email = form.AdminEmail?.Trim() ?? string.Empty;
        if (!EmailAddresses.IsValid(email))
        {
            throw new DomainException("Thư điện tử của quản trị viên: " + EmailAddresses.Invalid);
        }

        if (string.IsNullOrWhiteSpace(form.AdminName) || form.AdminName.Trim().Length > 100)
        {
            throw new DomainException("Nhập họ tên quản trị viên (không quá 100 ký tự).");
        }

        if (ReservedSlugs.From(services).Contains(commune.Slug))
        {
            throw new DomainException($"Đường dẫn \"{commune.Slug}\" trùng với một trang của cổng: hãy chọn đường dẫn khác.");
        }

        if (await db.Communes.AnyAsync(c => c.Slug == commune.Slug, cancellationToken))
        {
            throw new DomainException($"Đã có xã, phường, đặc khu với đường dẫn \"{commune.Slug}\".");
        }

        var normalized = users.NormalizeEmail(email);
        if (await db.Users.IgnoreQueryFilters().AnyAsync(u => u.NormalizedEmail == normalized, cancellationToken))
        {
            throw new DomainException($"Thư điện tử {email} đã là tài khoản khác trên cổng: mỗi địa chỉ chỉ dùng cho một tài khoản.");
        }

        db.Communes.Add(commune);
        await db.SaveChangesAsync(cancellationToken);
        var password = await FurnishAsync(commune.Id, new UserForm { Email = email, FullName = form.AdminName, Roles = [Roles.Admin] }, cancellationToken);
        return new Change("Tạo xã, phường, đặc khu", "Xã, phường, đặc khu", commune.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"{commune.DisplayName} (/{commune.Slug}); quản trị viên {email}",
            $"Đã tạo {commune.DisplayName}: trang công khai /{commune.Slug}/Phong-trao. Tài khoản quản trị {email}, mật khẩu tạm: {password} (phải đổi khi đăng nhập lần đầu).");
    }

    /// <summary>
    /// The new commune's reference data and first administrator, made in the commune's own scope
    /// (its rows, its audit chain). That unit of work joins the creation's connection and
    /// transaction, so that a refusal undoes the commune's row with the rest (and SQLite, one
    /// writer at a time, does not wait on itself).
    /// </summary>
    /// <returns>The administrator's temporary password; a <see cref="DomainException"/> when the account is refused.</returns>
    private Task<string> FurnishAsync(int communeId, UserForm administrator, CancellationToken cancellationToken) =>
        scopes.InCommuneAsync(communeId, async (inCommune, ct) =>
        {
            var communeDb = inCommune.GetRequiredService<AppDbContext>();
            communeDb.Database.SetDbConnection(db.Database.GetDbConnection(), contextOwnsConnection: false);
            await communeDb.Database.UseTransactionAsync(db.Database.CurrentTransaction!.GetDbTransaction(), ct);
            await DatabaseInitializer.SeedReferenceAsync(communeDb, ct);
            var (errors, password) = await inCommune.GetRequiredService<UserAdministration>().CreateAsync(administrator);
            return errors.Count > 0 ? throw new DomainException(string.Join(" ", errors)) : password!;
        }, cancellationToken);
}
