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
public sealed class CouncilController(AppDbContext db, UserManager<AppUser> accounts, AuditLog audit, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await db.CouncilSessions.AsNoTracking().OrderByDescending(s => s.Id)
            .Select(s => new SessionLine(s.Id, s.HeldOn, s.Place, s.Status, s.Agenda.Count, s.Present.Count, s.MemberCount))
            .ToListAsync(cancellationToken));

    [Authorize(Policy = Policies.Review)]
    [HttpGet("New")]
    public async Task<IActionResult> New([BindRequired] ReviewRound round, [FromServices] CouncilSessions sessions, CancellationToken cancellationToken)
    {
        if (BadRound())
        {
            return NotFound();
        }

        return View(await NewPageAsync(round, sessions, null, null, cancellationToken));
    }

    [Authorize(Policy = Policies.Review)]
    [HttpPost("New")]
    [ShowsBindingErrors]
    public async Task<IActionResult> Open([BindRequired] ReviewRound round, DateOnly? heldOn, string? place, List<string> present, List<int> nominations,
        string? chair, string? secretary, [FromServices] CouncilSessions sessions, CancellationToken cancellationToken)
    {
        if (BadRound())
        {
            return NotFound();
        }

        var opening = new SessionOpening(heldOn, place, present, nominations, chair, secretary);
        if (ModelState.TryGetValue(nameof(heldOn), out var date) && date.Errors.Count > 0)
        {
            // An impossible date is refused, never replaced by today.
            return View("New", await NewPageAsync(round, sessions, opening, $"Ngày họp \"{date.AttemptedValue}\" không hợp lệ.", cancellationToken));
        }

        try
        {
            var session = await sessions.OpenAsync(round, opening, User.ToActor(), cancellationToken);
            return RedirectToAction(nameof(Show), new { id = session.Id });
        }
        catch (DomainException refused)
        {
            return View("New", await NewPageAsync(round, sessions, opening, refused.Message, cancellationToken));
        }
    }

    private async Task<NewSessionPage> NewPageAsync(ReviewRound round, CouncilSessions sessions, SessionOpening? typed, string? error, CancellationToken cancellationToken)
    {
        var members = await sessions.MembersAsync();
        var now = clock.GetUtcNow();
        var posted = (await db.Nominations.AsNoTracking().Include(n => n.Objections)
                .Where(n => n.RoundKind == round.Kind && n.RoundYear == round.Year && n.Status == NominationStatus.Posted).OrderBy(n => n.Id).ToListAsync(cancellationToken))
            .Select(n => new PostedNominee(n.Id, n.NomineeName, n.PostingEnded(now) && !n.HasOpenObjections,
                !n.PostingEnded(now) ? $"công khai đến {VietnamTime.ToLocal(n.PostedUntil!.Value):HH:mm dd/MM/yyyy}" : n.HasOpenObjections ? "còn ý kiến phản ánh chưa giải quyết" : null))
            .ToList();
        var chairmen = (await accounts.GetUsersInRoleAsync(Roles.Chairman)).Select(u => u.Id).ToHashSet();

        // By default the chairman chairs and another member takes the minutes.
        var chair = typed?.ChairUserId ?? members.FirstOrDefault(m => chairmen.Contains(m.Id))?.Id ?? (members.Count > 0 ? members[0].Id : null);
        var secretary = typed?.SecretaryUserId ?? members.FirstOrDefault(m => m.Id != chair)?.Id;
        return new NewSessionPage(round, members.Select(u => new KeyValuePair<string, string>(u.Id, u.FullName)).ToList(), posted, error, chair, secretary, typed);
    }

    /// <summary>Whether the <c>?round=</c> code was missing or not a round (the binder recorded why).</summary>
    private bool BadRound() => ModelState.TryGetValue("round", out var entry) && entry.Errors.Count > 0;

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id, [FromServices] CouncilQueries queries, CancellationToken cancellationToken) =>
        await queries.SessionAsync(id, User.FindFirstValue(ClaimTypes.NameIdentifier)!, User.IsInRole(Roles.CouncilMember), cancellationToken) is { } page
            ? View(page)
            : NotFound();

    /// <summary>Corrects who is present, until the first vote.</summary>
    [Authorize(Policy = Policies.Review)]
    [HttpPost("{id:int}/Attendance")]
    public Task<IActionResult> Attendance(int id, List<string> present, [FromServices] CouncilSessions sessions, CancellationToken cancellationToken) =>
        SessionStepAsync(id, () => sessions.CorrectAttendanceAsync(id, present, User.ToActor(), cancellationToken), "Đã sửa danh sách thành viên có mặt.");

    /// <summary>Hoãn: ends a session that cannot decide, with a reason; its nominees go back to posted.</summary>
    [Authorize(Policy = Policies.Review)]
    [HttpPost("{id:int}/Adjourn")]
    public Task<IActionResult> Adjourn(int id, string? reason, [FromServices] CouncilSessions sessions, CancellationToken cancellationToken) =>
        SessionStepAsync(id, () => sessions.AdjournAsync(id, reason, User.ToActor(), cancellationToken), "Đã hoãn phiên họp; các đề nghị trở lại danh sách công khai để trình phiên sau.");

    /// <summary>The minutes (biên bản) of a closed session as issued when it closed: counts only, chair and secretary as recorded.</summary>
    [HttpGet("{id:int}/Minutes.pdf")]
    public async Task<IActionResult> Minutes(int id, [FromServices] IssuedFiles files, CancellationToken cancellationToken)
    {
        var documentId = await db.CouncilSessions.AsNoTracking().Where(s => s.Id == id).Select(s => s.MinutesDocumentId).FirstOrDefaultAsync(cancellationToken);
        return await files.DownloadAsync(documentId, Domain.Documents.IssuedFileFormat.Pdf, cancellationToken);
    }

    /// <summary>The minutes' Word file as stored when they were issued (for the office's own copies and edits of layout only).</summary>
    [HttpGet("{id:int}/Minutes.docx")]
    public async Task<IActionResult> MinutesWord(int id, [FromServices] IssuedFiles files, CancellationToken cancellationToken) =>
        await files.DownloadAsync(await db.CouncilSessions.AsNoTracking().Where(s => s.Id == id).Select(s => s.MinutesDocumentId).FirstOrDefaultAsync(cancellationToken),
            Domain.Documents.IssuedFileFormat.Word, cancellationToken);

    /// <summary>The chair or the secretary signs the minutes with their own key.</summary>
    [Authorize(Policy = Policies.Council)]
    [HttpPost("{id:int}/Minutes/Sign")]
    public Task<IActionResult> SignMinutes(int id, [FromServices] MinutesSigning signing, CancellationToken cancellationToken) =>
        SessionStepAsync(id, () => signing.SignAsync(id, User.ToActor(), cancellationToken), "Đã ký số biên bản.");

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
    public Task<IActionResult> Close(int id, [FromServices] CouncilSessions sessions, CancellationToken cancellationToken) =>
        SessionStepAsync(id, () => sessions.CloseAsync(id, User.ToActor(), cancellationToken), "Đã kết thúc phiên họp, ghi kết quả biểu quyết và ban hành biên bản.");

    /// <summary>One step on a session: 404 when there is none, its refusal or message, back to the session.</summary>
    private async Task<IActionResult> SessionStepAsync(int id, Func<Task<CouncilSession?>> step, string message)
    {
        try
        {
            if (await step() is null)
            {
                return NotFound();
            }

            TempData["Message"] = message;
        }
        catch (DomainException refused)
        {
            TempData["Error"] = refused.Message;
        }

        return RedirectToAction(nameof(Show), new { id });
    }
}

public sealed record SessionLine(int Id, DateOnly HeldOn, string Place, CouncilSessionStatus Status, int Nominees, int Present, int Members);

/// <param name="Why">Why the nominee cannot be taken yet (still posted, objections open); null when it can.</param>
public sealed record PostedNominee(int Id, string Name, bool Eligible, string? Why);

public sealed record NewSessionPage(ReviewRound Round, IReadOnlyList<KeyValuePair<string, string>> Members, IReadOnlyList<PostedNominee> Posted, string? Error,
    string? ChairUserId, string? SecretaryUserId, SessionOpening? Typed);
