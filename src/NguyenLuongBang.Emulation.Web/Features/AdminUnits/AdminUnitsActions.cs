using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Units;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.AdminUnits;

/// <summary>
/// The administrator adds, edits, deactivates and reactivates units. Adding and editing run under
/// the units' lock, where the name is checked again: two administrators giving the same name at
/// once make one unit, the other is told the name is taken.
/// </summary>
public sealed class AdminUnitsActions(AppDbContext db, RecordChanges changes, AdminUnitsQueries queries)
{
    private const string UnitsLock = "units";

    /// <summary>Adds the unit of a form already checked.</summary>
    public Task<ChangeOutcome> CreateAsync(UnitForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        return changes.RunAsync(UnitsLock, async ct =>
        {
            await RefuseTakenNameAsync(form.Name, null, ct);
            var unit = new Unit(form.Name!, form.UnitTypeId, form.HeadName, form.HeadPosition, form.Phone, form.Email);
            db.Units.Add(unit);
            return new Change("Thêm đơn vị", "Đơn vị", null, unit.Name, $"Đã thêm đơn vị \"{unit.Name}\".") { Subject = unit };
        }, cancellationToken);
    }

    /// <summary>Saves a form already checked over the unit.</summary>
    public Task<ChangeOutcome> EditAsync(int id, UnitForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        return changes.RunAsync(UnitsLock, async ct =>
        {
            var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == id, ct);
            if (unit is null)
            {
                return null;
            }

            await RefuseTakenNameAsync(form.Name, id, ct);
            var before = $"{unit.Name}; {unit.HeadName}; {unit.Phone}";
            unit.Update(form.Name!, form.UnitTypeId, form.HeadName, form.HeadPosition, form.Phone, form.Email);
            return new Change("Sửa đơn vị", "Đơn vị", id.ToString(PortalSetup.Vietnamese), $"{before} → {unit.Name}; {unit.HeadName}; {unit.Phone}", $"Đã lưu đơn vị \"{unit.Name}\".");
        }, cancellationToken);
    }

    /// <summary>A unit stops taking part (its reports are kept, it is never deleted); doing it again changes nothing.</summary>
    public Task<ChangeOutcome> DeactivateAsync(int id, CancellationToken cancellationToken) =>
        changes.ApplyAsync($"unit:{id}", ct => db.Units.SingleOrDefaultAsync(u => u.Id == id, ct), unit =>
        {
            if (!unit.IsActive)
            {
                return Change.Already($"Đơn vị \"{unit.Name}\" đã ngừng hoạt động.");
            }

            unit.Deactivate();
            return new Change("Ngừng hoạt động đơn vị", "Đơn vị", id.ToString(PortalSetup.Vietnamese), unit.Name, $"Đơn vị \"{unit.Name}\" đã ngừng hoạt động; báo cáo cũ vẫn được giữ.");
        }, cancellationToken);

    /// <summary>A unit takes part again; doing it again changes nothing.</summary>
    public Task<ChangeOutcome> ActivateAsync(int id, CancellationToken cancellationToken) =>
        changes.ApplyAsync($"unit:{id}", ct => db.Units.SingleOrDefaultAsync(u => u.Id == id, ct), unit =>
        {
            if (unit.IsActive)
            {
                return Change.Already($"Đơn vị \"{unit.Name}\" đang hoạt động.");
            }

            unit.Activate();
            return new Change("Kích hoạt lại đơn vị", "Đơn vị", id.ToString(PortalSetup.Vietnamese), unit.Name, $"Đơn vị \"{unit.Name}\" hoạt động trở lại.");
        }, cancellationToken);

    private async Task RefuseTakenNameAsync(string? name, int? id, CancellationToken cancellationToken)
    {
        if (await queries.NameTakenAsync(name, id, cancellationToken) is { } taken)
        {
            throw new DomainException(taken);
        }
    }
}
