using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Approvals;

/// <summary>
/// The chairman approves a nominee the council passed, or does not (with a reason), each under the
/// nomination's lock; doing either again changes nothing and says so.
/// </summary>
public sealed class ApprovalActions(AppDbContext db, RecordChanges changes, TimeProvider clock)
{
    public Task<ChangeOutcome> ApproveAsync(int id, string? comment, Actor by, CancellationToken cancellationToken) =>
        changes.ApplyAsync(LockKey(id), ct => LoadAsync(id, ct), nomination =>
        {
            if (nomination.Status == NominationStatus.Approved)
            {
                return Change.Already($"\"{nomination.NomineeName}\" đã được phê duyệt khen thưởng.");
            }

            nomination.Approve(by, clock.GetUtcNow(), comment);
            return new Change("Phê duyệt khen thưởng", "Đề nghị khen thưởng", id.ToString(PortalSetup.Vietnamese), comment, $"Đã phê duyệt khen thưởng \"{nomination.NomineeName}\".");
        }, cancellationToken);

    public Task<ChangeOutcome> RejectAsync(int id, string? comment, Actor by, CancellationToken cancellationToken) =>
        changes.ApplyAsync(LockKey(id), ct => LoadAsync(id, ct), nomination =>
        {
            if (nomination.Status == NominationStatus.Rejected)
            {
                return Change.Already($"\"{nomination.NomineeName}\" đã được ghi không phê duyệt.");
            }

            nomination.Reject(by, clock.GetUtcNow(), comment ?? string.Empty);
            return new Change("Không phê duyệt khen thưởng", "Đề nghị khen thưởng", id.ToString(PortalSetup.Vietnamese), comment, $"Không phê duyệt \"{nomination.NomineeName}\".");
        }, cancellationToken);

    private static string LockKey(int id) => $"nomination:{id}";

    private Task<Nomination?> LoadAsync(int id, CancellationToken cancellationToken) => db.Nominations.SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
}
