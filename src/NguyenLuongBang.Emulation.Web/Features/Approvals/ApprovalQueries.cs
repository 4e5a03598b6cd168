using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.Web.Data;

namespace NguyenLuongBang.Emulation.Web.Features.Approvals;

/// <summary>The chairman's list of nominees the council has decided on, oldest round first, with each nominee's unit.</summary>
public sealed class ApprovalQueries(AppDbContext db)
{
    public async Task<IReadOnlyList<(Nomination Nomination, string? Unit)>> WaitingAsync(CancellationToken cancellationToken)
    {
        var waiting = await db.Nominations.AsNoTracking()
            .Where(n => n.Status == NominationStatus.CouncilPassed || n.Status == NominationStatus.CouncilRejected)
            .OrderBy(n => n.RoundYear).ThenBy(n => n.Id).ToListAsync(cancellationToken);
        var unitIds = waiting.Where(n => n.UnitId != null).Select(n => n.UnitId!.Value).ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        return waiting.Select(n => (n, n.UnitId is { } u ? units.GetValueOrDefault(u) : null)).ToList();
    }
}
