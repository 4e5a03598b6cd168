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
public sealed class ApprovalsController(AppDbContext db, AuditLog audit, TimeProvider clock) : Controller
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

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Decide(int id, bool approve, string? comment, CancellationToken cancellationToken)
    {
        var nomination = await db.Nominations.SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (nomination is null)
        {
            return NotFound();
        }

        try
        {
            if (approve)
            {
                nomination.Approve(User.ToActor(), clock.GetUtcNow(), comment);
            }
            else
            {
                nomination.Reject(User.ToActor(), clock.GetUtcNow(), comment ?? string.Empty);
            }
        }
        catch (DomainException refused)
        {
            TempData["Error"] = refused.Message;
            return RedirectToAction(nameof(Index));
        }

        audit.Add(approve ? "Phê duyệt khen thưởng" : "Không phê duyệt khen thưởng", "Đề nghị khen thưởng", id.ToString(PortalSetup.Vietnamese), comment);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = approve ? $"Đã phê duyệt khen thưởng \"{nomination.NomineeName}\"." : $"Không phê duyệt \"{nomination.NomineeName}\".";
        return RedirectToAction(nameof(Index));
    }
}
