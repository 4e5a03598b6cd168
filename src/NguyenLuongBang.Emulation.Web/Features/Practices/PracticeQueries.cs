using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Web.Data;

namespace NguyenLuongBang.Emulation.Web.Features.Practices;

/// <summary>The practices page: every practice with its history, the commune's active units, the form as typed.</summary>
public sealed class PracticeQueries(AppDbContext db)
{
    public async Task<PracticesPage> PageAsync(PracticeForm form, CancellationToken cancellationToken) => new(
        await db.GoodPractices.AsNoTracking().Include(p => p.History).OrderByDescending(p => p.Year).ThenBy(p => p.Id).ToListAsync(cancellationToken),
        await db.Units.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.Name).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken),
        form);

    /// <summary>Whether the unit chosen on the form is one of this commune's.</summary>
    public Task<bool> IsUnitAsync(int unitId, CancellationToken cancellationToken) => db.Units.AnyAsync(u => u.Id == unitId, cancellationToken);
}
