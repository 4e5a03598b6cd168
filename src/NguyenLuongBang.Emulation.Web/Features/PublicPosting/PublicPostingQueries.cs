using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.Web.Data;

namespace NguyenLuongBang.Emulation.Web.Features.PublicPosting;

/// <summary>What the public posting pages read: the nominees posted now, and one nominee that was ever posted.</summary>
public sealed class PublicPostingQueries(AppDbContext db, TimeProvider clock)
{
    /// <summary>Nominees whose public posting runs now, the one ending first first.</summary>
    public async Task<IReadOnlyList<PostedNominee>> PostedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await db.Nominations.AsNoTracking().Where(n => n.Status == NominationStatus.Posted && n.PostedUntil > now)
            .OrderBy(n => n.PostedUntil).ThenBy(n => n.NomineeName).Select(Row).ToListAsync(cancellationToken);
    }

    /// <summary>A nominee that was ever posted publicly (drafts are not public: null).</summary>
    public Task<PostedNominee?> NomineeAsync(int id, CancellationToken cancellationToken) =>
        db.Nominations.AsNoTracking().Where(n => n.Id == id && n.PostedUntil != null && n.Status != NominationStatus.Draft)
            .Select(Row).SingleOrDefaultAsync(cancellationToken);

    private System.Linq.Expressions.Expression<Func<Nomination, PostedNominee>> Row =>
        n => new PostedNominee(n.Id, n.RoundKind, n.RoundYear, n.NomineeName, n.NomineeKind, n.Position,
            db.Units.Where(u => u.Id == n.UnitId).Select(u => u.Name).FirstOrDefault(), n.AwardForm, n.Achievement, n.PostedAt, n.PostedUntil!.Value,
            n.Status == NominationStatus.Posted && n.PostedUntil > clock.GetUtcNow());
}
