using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Reports;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Reports;

/// <summary>Builds the <see cref="ReportWindow"/> of a unit's year: deadline and lock date from the settings, and any exception.</summary>
public sealed class ReportingRules(AppDbContext db, PortalSettings settings)
{
    /// <summary>Days from the default deadline (15/12) to the default lock date (30/12).</summary>
    public const int DefaultLockDays = 15;

    public async Task<ReportWindow> WindowAsync(int unitId, int year, CancellationToken cancellationToken = default)
    {
        var deadline = VietnamTime.EndOfDay(await settings.DateAsync(PortalSettings.DeadlineKey(year)));
        var lockAt = VietnamTime.EndOfDay(await settings.DateAsync(PortalSettings.LockDateKey(year)));
        var exception = await db.LockExceptions.AsNoTracking()
            .Where(e => e.UnitId == unitId && e.Year == year)
            .OrderByDescending(e => e.GrantedAt)
            .Select(e => new { e.Until, e.Reason })
            .FirstOrDefaultAsync(cancellationToken);
        return new ReportWindow(deadline, lockAt, exception?.Until, exception?.Reason);
    }

    public async Task<DateTimeOffset> DeadlineAsync(int year) => VietnamTime.EndOfDay(await settings.DateAsync(PortalSettings.DeadlineKey(year)));
}
