using NguyenLuongBang.Emulation.Domain.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using NguyenLuongBang.Emulation.Web.Infrastructure;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Identity;

namespace NguyenLuongBang.Emulation.Web.Features.AdminUsers;

public sealed record ImportRow(int Line, string Email, string FullName, string? Position, string Role, string? UnitName)
{
    public List<string> Errors { get; init; } = [];
}

/// <summary>
/// Reads many unit users from an Excel sheet (template: Thư điện tử, Họ và tên, Chức vụ, Vai trò,
/// Đơn vị), checks every row, and imports all of them or none.
/// </summary>
public sealed class UserImport(AppDbContext db, UserAdministration administration)
{
    public const int MaxRows = 500;
    private static readonly string[] Columns = ["Thư điện tử", "Họ và tên", "Chức vụ", "Vai trò", "Đơn vị"];

    public static byte[] Template()
    {
        using var stream = new MemoryStream();
        var rows = new[]
        {
            new Dictionary<string, object?> { [Columns[0]] = "canbo.thondong@example.vn", [Columns[1]] = "Nguyễn Văn An", [Columns[2]] = "Trưởng thôn", [Columns[3]] = Roles.Title(Roles.UnitStaff), [Columns[4]] = "Thôn Đông" },
        };
        stream.SaveAs(rows);
        return stream.ToArray();
    }

    /// <returns>The rows read, or the reason the sheet cannot be read.</returns>
    public static (List<ImportRow> Rows, string? Error) Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (ZipGuard.Entries(stream) is not { } entries || !entries.Contains("xl/workbook.xml"))
        {
            return ([], "Không đọc được tệp: hãy dùng tệp Excel (.xlsx) theo mẫu.");
        }

        List<IDictionary<string, object?>> sheet;
        try
        {
            sheet = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().Take(MaxRows + 1).ToList();
        }
        catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException or NotSupportedException or IOException or System.Xml.XmlException)
        {
            return ([], "Không đọc được tệp: hãy dùng tệp Excel (.xlsx) theo mẫu.");
        }

        if (sheet.Count == 0 || !Columns.Take(2).All(c => sheet[0].ContainsKey(c)))
        {
            return ([], $"Tệp không đúng mẫu: dòng đầu phải có các cột {string.Join(", ", Columns)}.");
        }

        if (sheet.Count > MaxRows)
        {
            return ([], $"Mỗi lần nhập tối đa {MaxRows} tài khoản.");
        }

        var rows = sheet.Select((cells, index) => new ImportRow(index + 2, Cell(cells, 0), Cell(cells, 1), NullIfEmpty(Cell(cells, 2)), Cell(cells, 3), NullIfEmpty(Cell(cells, 4))))
            .Where(r => !(r.Email.Length == 0 && r.FullName.Length == 0 && r.Role.Length == 0))
            .ToList();
        return rows.Count == 0 ? ([], "Tệp không có dòng dữ liệu nào.") : (rows, null);

        static string Cell(IDictionary<string, object?> cells, int column) =>
            (cells.TryGetValue(Columns[column], out var value) ? Convert.ToString(value, CultureInfo.InvariantCulture) : null)?.Trim().Normalize(System.Text.NormalizationForm.FormC) ?? string.Empty;

        static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
    }

    private async Task<List<(int Id, string Name)>> ActiveUnitsAsync(CancellationToken cancellationToken) =>
        (await db.Units.Where(u => u.IsActive).Select(u => new { u.Id, u.Name }).ToListAsync(cancellationToken)).Select(u => (u.Id, u.Name)).ToList();

    /// <summary>
    /// The unit a sheet names: the one with exactly that name (cleaned), else the only one whose
    /// name folds alike (case and marks aside); several alike is ambiguous and matches none.
    /// </summary>
    public static (int? UnitId, bool Ambiguous) Match(IReadOnlyList<(int Id, string Name)> units, string? name)
    {
        ArgumentNullException.ThrowIfNull(units);
        if (string.IsNullOrWhiteSpace(name))
        {
            return (null, false);
        }

        var clean = Names.Clean(name);
        if (units.Where(u => u.Name == clean).Select(u => (int?)u.Id).FirstOrDefault() is { } exact)
        {
            return (exact, false);
        }

        var folded = Names.Fold(clean);
        var alike = units.Where(u => Names.Fold(u.Name) == folded).ToList();
        return alike.Count switch
        {
            1 => (alike[0].Id, false),
            0 => (null, false),
            _ => (null, true),
        };
    }

    /// <summary>Checks every row against the rules and the database; fills each row's Errors.</summary>
    public async Task<bool> CheckAsync(IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        // An address is one account in the whole deployment (AccountUniqueAcrossCommunes): the
        // other communes' accounts, hidden by the commune filter, are looked at deliberately.
        var emails = rows.Select(r => r.Email.ToUpperInvariant()).ToArray();
        var taken = (await db.Users.IgnoreQueryFilters()
                .Where(u => emails.Contains(u.NormalizedEmail!) || emails.Contains(u.NormalizedUserName!))
                .Select(u => new { u.NormalizedEmail, u.NormalizedUserName }).ToListAsync(cancellationToken))
            .SelectMany(u => new[] { u.NormalizedEmail, u.NormalizedUserName }).OfType<string>().ToHashSet();
        var units = await ActiveUnitsAsync(cancellationToken);
        var validator = new UserFormValidator();
        foreach (var row in rows)
        {
            var (unitId, ambiguous) = Match(units, row.UnitName);
            var form = ToForm(row, unitId);
            if (RoleOf(row.Role) is null)
            {
                row.Errors.Add($"Vai trò \"{row.Role}\" không có; dùng một trong: {string.Join(", ", Roles.All.Select(Roles.Title))}.");
            }

            if (ambiguous)
            {
                row.Errors.Add($"Không có đơn vị đang hoạt động tên \"{row.UnitName}\" đúng từng chữ, và có nhiều đơn vị tên gần giống: ghi đúng tên như trong danh sách đơn vị.");
            }
            else if (row.UnitName is not null && form.UnitId is null)
            {
                row.Errors.Add($"Không có đơn vị đang hoạt động tên \"{row.UnitName}\".");
            }

            row.Errors.AddRange((await validator.ValidateAsync(form, cancellationToken)).Errors.Select(e => e.ErrorMessage)
                .Where(m => !row.Errors.Any(x => x.StartsWith("Không có đơn vị", StringComparison.Ordinal)) || !m.StartsWith("Cán bộ đơn vị", StringComparison.Ordinal)));
            if (taken.Contains(row.Email.ToUpperInvariant()))
            {
                row.Errors.Add($"Thư điện tử {row.Email} đã có tài khoản (trong xã, phường này hoặc nơi khác trên cổng): mỗi địa chỉ chỉ dùng cho một tài khoản.");
            }

            if (rows.Count(r => string.Equals(r.Email, row.Email, StringComparison.OrdinalIgnoreCase)) > 1)
            {
                row.Errors.Add($"Thư điện tử {row.Email} lặp lại trong tệp.");
            }
        }

        return rows.All(r => r.Errors.Count == 0);
    }

    /// <summary>
    /// Checks the rows again and creates every account, in one transaction under the commune's
    /// accounts lock: of two confirmations of one sheet at once, the second waits, then finds the
    /// addresses taken. A refusal fills the rows' Errors and keeps nothing of the sheet.
    /// </summary>
    /// <returns>Each e-mail with its temporary password, or null when a row was refused.</returns>
    public async Task<IReadOnlyList<(string Email, string Password)>?> ImportAsync(IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        // Its own transaction rather than RecordChanges.RunAsync: the refusal is the rows' errors
        // (many, row by row), and each account carries its own audit row as when made one by one.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockAsync(UserAdministration.AccountsLock, cancellationToken);
        if (!await CheckAsync(rows, cancellationToken))
        {
            return null;
        }

        var units = await ActiveUnitsAsync(cancellationToken);
        var created = new List<(string, string)>();
        foreach (var row in rows)
        {
            var form = ToForm(row, Match(units, row.UnitName).UnitId);
            IReadOnlyList<string> errors;
            string? password = null;
            try
            {
                (errors, password) = await administration.CreateAsync(form);
            }
            catch (DbUpdateException)
            {
                // Another commune took the address between the check and the insert (the index on
                // user names is the deployment's): told like the check would have told it.
                errors = [$"Thư điện tử {row.Email} vừa được dùng cho một tài khoản khác."];
            }

            if (errors.Count > 0)
            {
                // Rolled back on dispose: nothing of the sheet is kept.
                row.Errors.AddRange(errors);
                return null;
            }

            created.Add((row.Email, password!));
        }

        await transaction.CommitAsync(cancellationToken);
        return created;
    }

    private static UserForm ToForm(ImportRow row, int? unitId) => new()
    {
        Email = row.Email,
        FullName = row.FullName,
        Position = row.Position,
        Roles = RoleOf(row.Role) is { } role ? [role] : [],
        UnitId = unitId,
    };

    private static string? RoleOf(string text) =>
        Roles.All.FirstOrDefault(r => string.Equals(r, text, StringComparison.OrdinalIgnoreCase) || string.Equals(Roles.Title(r), text, StringComparison.OrdinalIgnoreCase));
}
