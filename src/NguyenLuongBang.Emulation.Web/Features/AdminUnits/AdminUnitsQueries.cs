using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Web.Data;

namespace NguyenLuongBang.Emulation.Web.Features.AdminUnits;

/// <summary>What the units' administration reads: the list, one unit as a form, the form's choices, and whether a name is taken.</summary>
public sealed class AdminUnitsQueries(AppDbContext db)
{
    public async Task<IReadOnlyList<UnitRow>> ListAsync(CancellationToken cancellationToken) =>
        await db.Units.AsNoTracking()
            .OrderBy(u => u.UnitType!.SortOrder).ThenBy(u => u.Name)
            .Select(u => new UnitRow(u.Id, u.Name, u.UnitType!.Name, u.HeadName, u.HeadPosition, u.Phone, u.IsActive,
                db.AnnualReports.Count(r => r.UnitId == u.Id), db.Users.Count(s => s.UnitId == u.Id)))
            .ToListAsync(cancellationToken);

    /// <summary>The unit as its form, or null when there is no such unit (in this commune).</summary>
    public async Task<UnitForm?> FormAsync(int id, CancellationToken cancellationToken) =>
        await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken) is { } unit ? UnitForm.From(unit) : null;

    public async Task<UnitPage> PageAsync(UnitForm form, CancellationToken cancellationToken) =>
        new(form, await db.UnitTypes.AsNoTracking().OrderBy(t => t.SortOrder).Select(t => new KeyValuePair<int, string>(t.Id, t.Name)).ToListAsync(cancellationToken));

    public Task<bool> UnitTypeExistsAsync(int unitTypeId, CancellationToken cancellationToken) => db.UnitTypes.AnyAsync(t => t.Id == unitTypeId, cancellationToken);

    /// <summary>
    /// Why <paramref name="name"/> cannot be another unit's (<paramref name="id"/> aside), or null: one unit per
    /// name as people read it, case, Vietnamese marks, Unicode form and invisible characters aside
    /// ("trạm y tế xã" is "Trạm Y tế xã").
    /// </summary>
    public async Task<string?> NameTakenAsync(string? name, int? id, CancellationToken cancellationToken)
    {
        var folded = Names.Fold(name ?? string.Empty);
        if (folded.Length == 0)
        {
            return null;
        }

        var names = await db.Units.Where(u => u.Id != id).Select(u => u.Name).ToListAsync(cancellationToken);
        return names.FirstOrDefault(n => Names.Fold(n) == folded) is { } existing ? $"Đã có đơn vị \"{existing}\": tên này trùng (không kể chữ hoa, dấu)." : null;
    }
}
