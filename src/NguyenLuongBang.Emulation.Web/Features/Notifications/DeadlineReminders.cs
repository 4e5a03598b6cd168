using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Reports;
using NguyenLuongBang.Emulation.Web.Data;

using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Notifications;

/// <summary>
/// Reminds units that have not submitted, 14, 7 and 1 days before the deadline: one notification
/// per unit user per reminder day, however often it runs (a digest, not a flood).
/// </summary>
public sealed class DeadlineReminders(AppDbContext db, Notifier notifier, Reports.ReportingRules rules, TimeProvider clock, ILogger<DeadlineReminders> logger)
{
    public static readonly int[] DaysBefore = [14, 7, 1];

    /// <returns>How many units were reminded (units with at least one account).</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var today = VietnamTime.Today(clock);
        if (today.Year is < ReviewRound.FirstYear or > ReviewRound.FinalYear)
        {
            return 0;
        }

        var deadlineDay = DeadlineCount.LocalDate(await rules.DeadlineAsync(today.Year));
        var daysLeft = DeadlineCount.DaysLeft(deadlineDay, today);
        if (!DaysBefore.Contains(daysLeft))
        {
            return 0;
        }

        var year = today.Year;
        var key = $"deadline-{year}-{daysLeft}";
        var pending = await db.Units.AsNoTracking()
            .Where(u => u.IsActive && !db.AnnualReports.Any(r => r.UnitId == u.Id && r.Year == year
                && (r.Status == ReportStatus.Submitted || r.Status == ReportStatus.Accepted)))
            .Where(u => db.Users.Any(s => s.UnitId == u.Id))
            .Where(u => !db.Users.Any(s => s.UnitId == u.Id && db.Notifications.Any(n => n.UserId == s.Id && n.DedupeKey == key)))
            .Select(u => u.Id)
            .ToListAsync(cancellationToken);
        var text = $"Còn {daysLeft} ngày đến hạn nộp báo cáo kết quả thi đua năm {year} ({deadlineDay:dd/MM/yyyy}); đơn vị chưa nộp báo cáo.";
        await notifier.NotifyUnitsAsync(pending.Select(unitId => (unitId, text)).ToList(), $"/Reports/Year/{year}", key, cancellationToken);

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Deadline reminders {Key}: {Count} units", key, pending.Count);
        return pending.Count;
    }
}

/// <summary>Runs the reminders every hour; each reminder day is sent once.</summary>
public sealed class DeadlineReminderWorker(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DeadlineReminderWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<BackgroundJobs>().RunDeadlineRemindersAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Deadline reminders failed; will try again in an hour");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
