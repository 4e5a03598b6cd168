using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.LaunchPlan;

/// <summary>What the launch plan pages read: the unit's plan as a form, and its signed file.</summary>
public sealed class LaunchPlanQueries(AppDbContext db)
{
    /// <param name="typed">The form as posted, shown again with its errors; null shows the plan as stored.</param>
    public async Task<LaunchPlanPage> PageAsync(int unitId, LaunchPlanForm? typed, CancellationToken cancellationToken)
    {
        var plan = await db.UnitLaunchPlans.AsNoTracking().Where(p => p.UnitId == unitId)
            .Select(p => new { p.Number, p.IssuedOn, p.RegisteredAt, p.RegisteredByName, FileName = db.StoredFiles.Where(f => f.Id == p.FileId).Select(f => f.FileName).FirstOrDefault() })
            .SingleOrDefaultAsync(cancellationToken);
        var form = typed ?? new LaunchPlanForm { Number = plan?.Number, IssuedOn = plan?.IssuedOn };
        return new LaunchPlanPage(unitId, form, plan is not null, plan?.FileName, plan?.RegisteredByName, plan?.RegisteredAt);
    }

    /// <summary>Whether the unit's plan already has its signed file (then a new save may come without one).</summary>
    public Task<bool> HasFileAsync(int unitId, CancellationToken cancellationToken) =>
        db.UnitLaunchPlans.AnyAsync(p => p.UnitId == unitId && p.FileId != null, cancellationToken);

    public Task<FileDownload?> FileAsync(int unitId, CancellationToken cancellationToken) =>
        db.UnitLaunchPlans.Where(p => p.UnitId == unitId)
            .Join(db.StoredFiles, p => p.FileId, f => f.Id, (_, f) => new FileDownload(f.FileName, f.ContentType, f.Content))
            .SingleOrDefaultAsync(cancellationToken);
}

