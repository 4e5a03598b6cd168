using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Approvals;

/// <summary>The chairman approves or rejects, with a comment, each nominee the council has decided on.</summary>
[Authorize(Policy = Policies.Approve)]
[Route("Approvals")]
public sealed class ApprovalsController(AppDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var waiting = await db.Nominations.AsNoTracking()
            .Where(n => n.Status == NominationStatus.CouncilPassed || n.Status == NominationStatus.CouncilRejected)
            .OrderBy(n => n.RoundYear).ThenBy(n => n.Id).ToListAsync(cancellationToken);
        var unitIds = waiting.Where(n => n.UnitId != null).Select(n => n.UnitId!.Value).ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        return View(waiting.Select(n => (n, n.UnitId is { } u ? units.GetValueOrDefault(u) : null)).ToList());
    }

    /// <summary>The chairman approves a nominee the council passed; approving again changes nothing.</summary>
    [HttpPost("{id:int}/Approve")]
    public async Task<IActionResult> Approve(int id, string? comment, [FromServices] RecordChanges changes, CancellationToken cancellationToken) =>
        this.Answer(await changes.ApplyAsync($"nomination:{id}", ct => db.Nominations.SingleOrDefaultAsync(n => n.Id == id, ct), nomination =>
        {
            if (nomination.Status == NominationStatus.Approved)
            {
                return Change.Already($"\"{nomination.NomineeName}\" đã được phê duyệt khen thưởng.");
            }

            nomination.Approve(User.ToActor(), clock.GetUtcNow(), comment);
            return new Change("Phê duyệt khen thưởng", "Đề nghị khen thưởng", id.ToString(PortalSetup.Vietnamese), comment, $"Đã phê duyệt khen thưởng \"{nomination.NomineeName}\".");
        }, cancellationToken), RedirectToAction(nameof(Index)));

    /// <summary>The chairman does not approve a nominee (a reason is required); doing it again changes nothing.</summary>
    [HttpPost("{id:int}/Reject")]
    public async Task<IActionResult> Reject(int id, string? comment, [FromServices] RecordChanges changes, CancellationToken cancellationToken) =>
        this.Answer(await changes.ApplyAsync($"nomination:{id}", ct => db.Nominations.SingleOrDefaultAsync(n => n.Id == id, ct), nomination =>
        {
            if (nomination.Status == NominationStatus.Rejected)
            {
                return Change.Already($"\"{nomination.NomineeName}\" đã được ghi không phê duyệt.");
            }

            nomination.Reject(User.ToActor(), clock.GetUtcNow(), comment ?? string.Empty);
            return new Change("Không phê duyệt khen thưởng", "Đề nghị khen thưởng", id.ToString(PortalSetup.Vietnamese), comment, $"Không phê duyệt \"{nomination.NomineeName}\".");
        }, cancellationToken), RedirectToAction(nameof(Index)));
}
