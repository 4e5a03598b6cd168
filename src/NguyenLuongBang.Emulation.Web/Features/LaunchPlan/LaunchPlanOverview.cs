using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Features.Notifications;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.LaunchPlan;

/// <summary>
/// Which units have registered their launch plan (kế hoạch phát động) and which have not, and the
/// reviewer's reminder to the missing ones (<see cref="UnitReminders"/>): at most one per unit and day.
/// </summary>
public sealed class LaunchPlanOverview(AppDbContext db, UnitReminders reminders, TimeProvider clock)
{
    public async Task<LaunchPlanOverviewPage> LoadAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Units.AsNoTracking().Where(u => u.IsActive)
            .OrderBy(u => u.UnitType!.SortOrder).ThenBy(u => u.Name)
            .Select(u => new LaunchPlanRow(u.Id, u.Name, u.UnitType!.Name,
                db.UnitLaunchPlans.Where(p => p.UnitId == u.Id).Select(p => p.Number).FirstOrDefault(),
                db.UnitLaunchPlans.Where(p => p.UnitId == u.Id).Select(p => (DateOnly?)p.IssuedOn).FirstOrDefault(),
                db.UnitLaunchPlans.Any(p => p.UnitId == u.Id && p.FileId != null),
                db.Users.Any(s => s.UnitId == u.Id)))
            .ToListAsync(cancellationToken);
        var key = ReminderKey(VietnamTime.Today(clock));
        var remindedToday = await db.Notifications.AnyAsync(n => n.DedupeKey == key, cancellationToken);
        return new LaunchPlanOverviewPage(rows, remindedToday);
    }

    /// <returns>How many units were reminded now (0 when all were already reminded today or none is missing).</returns>
    public async Task<int> RemindMissingAsync(CancellationToken cancellationToken)
    {
        const string text = "Đơn vị chưa đăng ký kế hoạch phát động Phong trào thi đua chuyển đổi số (số, ngày ban hành và bản đã ký). Đề nghị đơn vị ban hành và cập nhật trên cổng.";
        var missing = await db.Units.AsNoTracking()
            .Where(u => u.IsActive && !db.UnitLaunchPlans.Any(p => p.UnitId == u.Id))
            .Select(u => u.Id)
            .ToListAsync(cancellationToken);
        var outcome = await reminders.SendAsync(missing.Select(u => (u, text)).ToList(), "/LaunchPlan", ReminderKey(VietnamTime.Today(clock)),
            "Nhắc đơn vị chưa có kế hoạch phát động", "Kế hoạch phát động", null, cancellationToken);
        return outcome.Reminded;
    }

    private static string ReminderKey(DateOnly day) => $"launch-plan-{day:yyyy-MM-dd}";
}

public sealed record LaunchPlanRow(int UnitId, string UnitName, string UnitType, string? Number, DateOnly? IssuedOn, bool HasFile, bool HasAccounts)
{
    public bool Registered => Number is not null;
}

public sealed record LaunchPlanOverviewPage(IReadOnlyList<LaunchPlanRow> Rows, bool RemindedToday)
{
    public bool CanRemind { get; init; }

    public int Registered => Rows.Count(r => r.Registered);

    public int Missing => Rows.Count - Registered;
}
