using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Communes;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Data.Seeding;
using NguyenLuongBang.Emulation.Web.Features.AdminUsers;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.City;

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
/// Adds a commune from the city's pages, all or nothing, in one transaction: the commune's row, its
/// reference data (campaign, content areas, unit types, indicators), its first administrator with a
/// temporary password (audited in the new commune's chain), and the city's own audit row.
/// </summary>
public sealed class CommuneCreation(AppDbContext db, CommuneScope scope, CommuneDirectory directory, UserAdministration accounts, UserManager<AppUser> users,
    AuditLog audit, IServiceProvider services)
{
    public async Task<IReadOnlyList<CommuneLine>> ListAsync(CancellationToken cancellationToken)
    {
        using var across = scope.AcrossCommunes();
        var accountsOf = await db.Users.AsNoTracking().Where(u => u.CommuneId != null).GroupBy(u => u.CommuneId!.Value)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return (await db.Communes.AsNoTracking().Where(c => c.Kind != CommuneKind.City).OrderBy(c => c.Name).ToListAsync(cancellationToken))
            .Select(c => new CommuneLine(c.Id, c.DisplayName, c.Slug, c.IsActive, accountsOf.GetValueOrDefault(c.Id))).ToList();
    }

    /// <returns>The refusal, in Vietnamese, with nothing written; or the new commune and its administrator's temporary password.</returns>
    public async Task<(string? Error, Commune? Commune, string? Password)> CreateAsync(NewCommuneForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var kind = form.Kind switch
        {
            nameof(CommuneKind.Xa) => CommuneKind.Xa,
            nameof(CommuneKind.Phuong) => CommuneKind.Phuong,
            nameof(CommuneKind.DacKhu) => CommuneKind.DacKhu,
            _ => (CommuneKind?)null,
        };
        if (kind is null)
        {
            return ("Chọn loại: xã, phường hoặc đặc khu.", null, null);
        }

        Commune commune;
        try
        {
            commune = new Commune(form.Slug ?? string.Empty, form.Name ?? string.Empty, kind.Value);
        }
        catch (DomainException refused)
        {
            return (refused.Message, null, null);
        }

        var email = form.AdminEmail?.Trim() ?? string.Empty;
        if (!EmailAddresses.IsValid(email))
        {
            return ("Thư điện tử của quản trị viên: " + EmailAddresses.Invalid, null, null);
        }

        if (string.IsNullOrWhiteSpace(form.AdminName) || form.AdminName.Trim().Length > 100)
        {
            return ("Nhập họ tên quản trị viên (không quá 100 ký tự).", null, null);
        }

        if (ReservedSlugs.From(services).Contains(commune.Slug))
        {
            return ($"Đường dẫn \"{commune.Slug}\" trùng với một trang của cổng: hãy chọn đường dẫn khác.", null, null);
        }

        var city = scope.CommuneId;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            // Checked under one lock for every creation: a double click or simultaneous posts of the
            // same path or address make one commune, and the others are told it exists.
            await db.LockAsync("commune-creation", cancellationToken);
            if (await db.Communes.AnyAsync(c => c.Slug == commune.Slug, cancellationToken))
            {
                return ($"Đã có xã, phường, đặc khu với đường dẫn \"{commune.Slug}\".", null, null);
            }

            var normalized = users.NormalizeEmail(email);
            if (await db.Users.IgnoreQueryFilters().AnyAsync(u => u.NormalizedEmail == normalized, cancellationToken))
            {
                return ($"Thư điện tử {email} đã là tài khoản khác trên cổng: mỗi địa chỉ chỉ dùng cho một tài khoản.", null, null);
            }

            db.Communes.Add(commune);
            await db.SaveChangesAsync(cancellationToken);
            scope.Use(commune.Id);
            await DatabaseInitializer.SeedReferenceAsync(db, cancellationToken);
            var (errors, password) = await accounts.CreateAsync(new UserForm { Email = email, FullName = form.AdminName, Roles = [Roles.Admin] });
            if (errors.Count > 0)
            {
                db.ChangeTracker.Clear();
                return (string.Join(" ", errors), null, null);
            }

            scope.Use(city);
            audit.Add("Tạo xã, phường, đặc khu", "Xã, phường, đặc khu", commune.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"{commune.DisplayName} (/{commune.Slug}); quản trị viên {email}");
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            directory.Refresh();
            return (null, commune, password);
        }
        finally
        {
            scope.Use(city);
        }
    }
}
