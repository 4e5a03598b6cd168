using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Files;
using NguyenLuongBang.Emulation.Domain.Units;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.LaunchPlan;

/// <summary>
/// The unit registers or corrects its launch plan: one unit of work under a lock on the unit's plan,
/// so that two saves at once (two tabs, a double click) make one plan, not two.
/// </summary>
public sealed class LaunchPlanActions(AppDbContext db, RecordChanges changes, TimeProvider clock)
{
    /// <param name="file">The signed plan just uploaded, or null to keep the one stored.</param>
    public Task<ChangeOutcome> SaveAsync(int unitId, LaunchPlanForm form, StoredFile? file, Actor by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        return changes.RunAsync($"launch-plan:{unitId}", async ct =>
        {
            var plan = await db.UnitLaunchPlans.SingleOrDefaultAsync(p => p.UnitId == unitId, ct);
            if (file is not null)
            {
                db.StoredFiles.Add(file);
                await db.SaveChangesAsync(ct);
            }

            var now = clock.GetUtcNow();
            if (plan is null)
            {
                db.UnitLaunchPlans.Add(new UnitLaunchPlan(unitId, form.Number!.Trim(), form.IssuedOn!.Value, file?.Id, by, now));
            }
            else
            {
                plan.Change(form.Number!.Trim(), form.IssuedOn!.Value, file?.Id, by, now);
            }

            return new Change(plan is null ? "Đăng ký kế hoạch phát động" : "Sửa kế hoạch phát động", "Kế hoạch phát động", unitId.ToString(PortalSetup.Vietnamese),
                $"Số {form.Number}", "Đã lưu kế hoạch phát động của đơn vị.");
        }, cancellationToken);
    }
}
