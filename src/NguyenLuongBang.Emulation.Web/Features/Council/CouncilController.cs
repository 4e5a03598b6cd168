using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Council;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;
using NguyenLuongBang.Emulation.Web.Features.Nominations;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Council;

/// <summary>
/// Council sessions: the reviewer opens one with the posted nominees and the members present;
/// each member votes once per nominee (or recuses); closing decides by quorum and threshold.
/// Results show counts, never who voted what.
/// </summary>
[Authorize(Roles = Roles.Reviewer + "," + Roles.CouncilMember)]
[Route("Council")]
public sealed class CouncilController(AppDbContext db, AuditLog audit, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await db.CouncilSessions.AsNoTracking().OrderByDescending(s => s.Id)
            .Select(s => new SessionLine(s.Id, s.HeldOn, s.Place, s.Status, s.Agenda.Count, s.Present.Count, s.MemberCount))
            .ToListAsync(cancellationToken));

    [Authorize(Policy = Policies.Review)]
    [HttpGet("New")]
    public async Task<IActionResult> New([BindRequired] ReviewRound round, [FromServices] UserManager<AppUser> accounts, CancellationToken cancellationToken)
    {
        if (BadRound())
        {
            return NotFound();
        }

        var parsed = round;
        var members = (await accounts.GetUsersInRoleAsync(Roles.CouncilMember)).OrderBy(u => u.FullName).Select(u => new KeyValuePair<string, string>(u.Id, u.FullName)).ToList();
        var posted = await db.Nominations.AsNoTracking()
            .Where(n => n.RoundKind == parsed.Kind && n.RoundYear == parsed.Year && n.Status == NominationStatus.Posted)
            .Select(n => new KeyValuePair<int, string>(n.Id, n.NomineeName)).ToListAsync(cancellationToken);
        return View(new NewSessionPage(parsed, members, posted, null));
    }

    [Authorize(Policy = Policies.Review)]
    [HttpPost("New")]
    public async Task<IActionResult> Open([BindRequired] ReviewRound round, DateOnly? heldOn, string? place, List<string> present, List<int> nominations,
        [FromServices] UserManager<AppUser> accounts, [FromServices] PortalSettings settings, [FromServices] NominationQueries queries, CancellationToken cancellationToken)
    {
        if (BadRound())
        {
            return NotFound();
        }

        var parsed = round;
        var members = await accounts.GetUsersInRoleAsync(Roles.CouncilMember);
        var eligibility = (await queries.LoadAsync(parsed, cancellationToken)).Rows.ToDictionary(r => r.Nomination.Id, r => r.Eligibility);
        var chosen = await db.Nominations.Include(n => n.Objections).Where(n => nominations.Contains(n.Id) && n.RoundKind == parsed.Kind && n.RoundYear == parsed.Year).ToListAsync(cancellationToken);
        try
        {
            var now = clock.GetUtcNow();
            foreach (var nomination in chosen)
            {
                nomination.SendToCouncil(User.ToActor(), now, eligibility.GetValueOrDefault(nomination.Id) ?? []);
            }

            var session = new CouncilSession(heldOn ?? VietnamTime.Today(clock), place ?? string.Empty, members.Count,
                present.Where(p => members.Any(m => m.Id == p)), chosen.Select(n => n.Id),
                await settings.FractionAsync(PortalSettings.QuorumKey), await settings.FractionAsync(PortalSettings.PassThresholdKey), User.ToActor(), now);
            db.CouncilSessions.Add(session);
            await db.SaveChangesAsync(cancellationToken);
            await audit.WriteAsync("Mở phiên họp Hội đồng", "Phiên họp Hội đồng", session.Id.ToString(PortalSetup.Vietnamese), $"{chosen.Count} đề nghị, {session.Present.Count}/{session.MemberCount} thành viên");
            return RedirectToAction(nameof(Show), new { id = session.Id });
        }
        catch (DomainException refused)
        {
            var memberChoices = members.OrderBy(u => u.FullName).Select(u => new KeyValuePair<string, string>(u.Id, u.FullName)).ToList();
            var posted = await db.Nominations.AsNoTracking().Where(n => n.RoundKind == parsed.Kind && n.RoundYear == parsed.Year && n.Status == NominationStatus.Posted)
                .Select(n => new KeyValuePair<int, string>(n.Id, n.NomineeName)).ToListAsync(cancellationToken);
            return View("New", new NewSessionPage(parsed, memberChoices, posted, refused.Message));
        }
    }

    /// <summary>Whether the <c>?round=</c> code was missing or not a round (the binder recorded why).</summary>
    private bool BadRound() => ModelState.TryGetValue("round", out var entry) && entry.Errors.Count > 0;

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken cancellationToken)
    {
        var session = await db.CouncilSessions.AsNoTracking().Include(s => s.Agenda).Include(s => s.Present).Include(s => s.Votes).AsSplitQuery()
            .SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null)
        {
            return NotFound();
        }

        var ids = session.Agenda.Select(a => a.NominationId).ToList();
        var names = await db.Nominations.AsNoTracking().Where(n => ids.Contains(n.Id)).ToDictionaryAsync(n => n.Id, n => n.NomineeName, cancellationToken);
        var me = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        return View(new SessionPage(session, names, session.IsPresent(me) && User.IsInRole(Roles.CouncilMember),
            session.Votes.Where(v => v.MemberUserId == me).Select(v => v.NominationId).ToHashSet()));
    }

    /// <summary>The minutes (biên bản) of a closed session, with counts only.</summary>
    [HttpGet("{id:int}/Minutes.pdf")]
    public async Task<IActionResult> Minutes(int id, [FromServices] Awards.AwardQueries queries, CancellationToken cancellationToken)
    {
        var chair = await queries.SignerAsync(Domain.Awards.SignerTitle.Chairman, User.ToActor().Name);
        var data = await queries.MinutesAsync(id, chair, cancellationToken);
        return data is null
            ? NotFound()
            : File(Documents.PdfRenderer.Render(Awards.AwardDocuments.Minutes(data)), "application/pdf", $"bien-ban-hoi-dong-{id}.pdf");
    }

    [Authorize(Policy = Policies.Council)]
    [HttpPost("{id:int}/Vote")]
    public async Task<IActionResult> Vote(int id, int nominationId, VoteChoice choice, CancellationToken cancellationToken)
    {
        var session = await db.CouncilSessions.Include(s => s.Votes).Include(s => s.Present).Include(s => s.Agenda).AsSplitQuery()
            .SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null)
        {
            return NotFound();
        }

        try
        {
            session.CastVote(User.FindFirstValue(ClaimTypes.NameIdentifier)!, nominationId, choice, clock.GetUtcNow());
            audit.Add("Biểu quyết", "Phiên họp Hội đồng", id.ToString(PortalSetup.Vietnamese), $"Đề nghị {nominationId}");
            await db.SaveChangesAsync(cancellationToken);
            TempData["Message"] = "Đã ghi nhận biểu quyết.";
        }
        catch (DomainException refused)
        {
            TempData["Error"] = refused.Message;
        }
        catch (DbUpdateException)
        {
            TempData["Error"] = "Thành viên đã biểu quyết cho đề nghị này; mỗi thành viên chỉ biểu quyết một lần.";
        }

        return RedirectToAction(nameof(Show), new { id });
    }

    [Authorize(Policy = Policies.Review)]
    [HttpPost("{id:int}/Close")]
    public async Task<IActionResult> Close(int id, [FromServices] DocumentNumbers numbers, CancellationToken cancellationToken)
    {
        var session = await db.CouncilSessions.Include(s => s.Votes).Include(s => s.Present).Include(s => s.Agenda).AsSplitQuery()
            .SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null)
        {
            return NotFound();
        }

        try
        {
            var now = clock.GetUtcNow();

            // The minutes get their register number only when the session can really close.
            var minutes = session.CanClose
                ? (await numbers.IssueAsync(DocumentNumbers.Council, "BB", $"Biên bản họp Hội đồng Thi đua - Khen thưởng ngày {session.HeldOn:dd/MM/yyyy}", VietnamTime.Today(clock), User.ToActor(), cancellationToken)).Number
                : string.Empty;
            var results = session.Close(now, minutes);
            var ids = results.Select(r => r.NominationId).ToList();
            var nominations = await db.Nominations.Where(n => ids.Contains(n.Id)).ToListAsync(cancellationToken);
            foreach (var result in results)
            {
                nominations.Single(n => n.Id == result.NominationId).RecordCouncilResult(result.Passed == true, result.Summary, User.ToActor(), now);
            }

            audit.Add("Kết thúc phiên họp Hội đồng", "Phiên họp Hội đồng", id.ToString(PortalSetup.Vietnamese), $"{results.Count(r => r.Passed == true)}/{results.Count} đề nghị được thông qua");
            await db.SaveChangesAsync(cancellationToken);
            TempData["Message"] = "Đã kết thúc phiên họp và ghi kết quả biểu quyết.";
        }
        catch (DomainException refused)
        {
            TempData["Error"] = refused.Message;
        }

        return RedirectToAction(nameof(Show), new { id });
    }
}

public sealed record SessionLine(int Id, DateOnly HeldOn, string Place, CouncilSessionStatus Status, int Nominees, int Present, int Members);

public sealed record NewSessionPage(ReviewRound Round, IReadOnlyList<KeyValuePair<string, string>> Members, IReadOnlyList<KeyValuePair<int, string>> Posted, string? Error);

public sealed record SessionPage(CouncilSession Session, IReadOnlyDictionary<int, string> Names, bool CanVote, IReadOnlySet<int> VotedOn);
