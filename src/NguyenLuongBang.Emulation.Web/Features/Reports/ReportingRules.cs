using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Reports;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Reports;

/// <summary>Builds the <see cref="ReportWindow"/> of a unit's year: deadline, lock date and any exception.</summary>
public sealed class ReportingRules(AppDbContext db, PortalSettings settings, TimeProvider clock)
{
    public const int DefaultLockDays = 15;

    public async Task<ReportWindow> WindowAsync(int unitId, int year, CancellationToken cancellationToken = default)
    {
        var campaign = await db.Campaigns.AsNoTracking().SingleAsync(cancellationToken);
        var deadline = campaign.ReportDeadline(year);
        var lockAt = deadline.AddDays(await settings.LockDaysAsync());
        var now = clock.GetUtcNow();
        var exception = await db.LockExceptions.AsNoTracking()
            .Where(e => e.UnitId == unitId && e.Year == year)
            .OrderByDescending(e => e.GrantedAt)
            .Select(e => new { e.Until, e.Reason })
            .FirstOrDefaultAsync(cancellationToken);
        return new ReportWindow(deadline, lockAt, exception?.Until, exception?.Reason);
    }
}
