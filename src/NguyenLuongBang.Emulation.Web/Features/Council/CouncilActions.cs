using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Council;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.Awards;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;
using NguyenLuongBang.Emulation.Web.Features.Nominations;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Council;

/// <summary>What the reviewer chose when opening a session.</summary>
public sealed record SessionOpening(DateOnly? HeldOn, string? Place, IReadOnlyList<string> Present, IReadOnlyList<int> Nominations, string? ChairUserId, string? SecretaryUserId);

/// <summary>
/// What is done to a council session, one method per user action, each one unit of work under the
/// session's lock (<see cref="LockKey"/>): a vote, a correction of attendance, an adjournment and the
/// closing wait for each other, so a vote is either counted by the closing or refused after it.
/// Closing decides every nominee, numbers the minutes and stores them as issued — with the chair
/// and secretary recorded when the session opened, whoever closes or downloads.
/// </summary>
public sealed class CouncilActions(AppDbContext db, RecordChanges changes, CouncilQueries queries, PortalSettings settings, NominationQueries nominations,
    AwardQueries awards, DocumentNumbers numbers, DocumentIssuer issuer, TimeProvider clock)
{
    private const string Entity = "Phiên họp Hội đồng";

    /// <summary>The lock of one session: everything done to it (votes, closing, the minutes' signatures) waits for the step before.</summary>
    public static string LockKey(int sessionId) => FormattableString.Invariant($"session:{sessionId}");

    /// <summary>Opens a session with the eligible posted nominees chosen and the members present; the new session's id is the outcome's <see cref="ChangeOutcome.RecordId"/>.</summary>
    public async Task<ChangeOutcome> OpenAsync(ReviewRound round, SessionOpening opening, Actor by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(opening);
        var members = await queries.MembersAsync();
        var eligibility = (await nominations.LoadAsync(round, cancellationToken)).Rows.ToDictionary(r => r.Nomination.Id, r => r.Eligibility);
        return await changes.RunAsync($"council:{round.Code}", async ct =>
        {
            var chosen = await db.Nominations.Include(n => n.Objections)
                .Where(n => opening.Nominations.Contains(n.Id) && n.RoundKind == round.Kind && n.RoundYear == round.Year).ToListAsync(ct);
            var now = clock.GetUtcNow();
            foreach (var nomination in chosen)
            {
                nomination.SendToCouncil(by, now, eligibility.GetValueOrDefault(nomination.Id) ?? []);
            }

            Actor Member(string? id, string role) => members.FirstOrDefault(m => m.Id == id)?.ToActor()
                ?? throw new DomainException($"Chọn {role} trong số thành viên Hội đồng có mặt.");
            var session = new CouncilSession(opening.HeldOn ?? VietnamTime.Today(clock), opening.Place ?? string.Empty, members.Count,
                opening.Present.Where(p => members.Any(m => m.Id == p)), chosen.Select(n => n.Id),
                await settings.FractionAsync(PortalSettings.QuorumKey), await settings.FractionAsync(PortalSettings.PassThresholdKey),
                Member(opening.ChairUserId, "chủ tọa"), Member(opening.SecretaryUserId, "thư ký"), by, now);
            db.CouncilSessions.Add(session);
            return new Change("Mở phiên họp Hội đồng", Entity, null,
                $"{chosen.Count} đề nghị, {session.Present.Count}/{session.MemberCount} thành viên; chủ tọa {session.ChairName}, thư ký {session.SecretaryName}",
                "Đã mở phiên họp Hội đồng.") { Subject = session };
        }, cancellationToken);
    }

    /// <summary>A member's vote on one nominee, once: a second vote by the same member is refused with the entity's reason.</summary>
    public Task<ChangeOutcome> VoteAsync(int id, int nominationId, VoteChoice choice, Actor by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        return changes.ApplyAsync(LockKey(id), ct => LoadAsync(id, ct), session =>
        {
            session.CastVote(by.UserId, nominationId, choice, clock.GetUtcNow());
            return new Change("Biểu quyết", Entity, Key(id), $"Đề nghị {nominationId}", "Đã ghi nhận biểu quyết.");
        }, cancellationToken);
    }

    /// <summary>Corrects who is present, before the first vote (the session keeps its quorum, chair and secretary).</summary>
    public async Task<ChangeOutcome> CorrectAttendanceAsync(int id, IReadOnlyList<string> present, Actor by, CancellationToken cancellationToken)
    {
        var members = await queries.MembersAsync();
        return await changes.ApplyAsync(LockKey(id), ct => LoadAsync(id, ct), session =>
        {
            session.CorrectAttendance(present.Where(p => members.Any(m => m.Id == p)), by, clock.GetUtcNow());
            return new Change("Sửa danh sách có mặt", Entity, Key(id), $"{session.Present.Count}/{session.MemberCount} thành viên",
                "Đã sửa danh sách thành viên có mặt.");
        }, cancellationToken);
    }

    /// <summary>Hoãn: ends a session that cannot decide; its nominees go back to posted for another session.</summary>
    public Task<ChangeOutcome> AdjournAsync(int id, string? reason, Actor by, CancellationToken cancellationToken) =>
        changes.RunAsync(LockKey(id), async ct =>
        {
            if (await LoadAsync(id, ct) is not { } session)
            {
                return null;
            }

            var now = clock.GetUtcNow();
            var agenda = session.Adjourn(reason ?? string.Empty, by, now);
            foreach (var nomination in await db.Nominations.Where(n => agenda.Contains(n.Id)).ToListAsync(ct))
            {
                nomination.ReturnFromCouncil(by, now, $"Phiên họp ngày {session.HeldOn:dd/MM/yyyy} hoãn: {reason}");
            }

            return new Change("Hoãn phiên họp Hội đồng", Entity, Key(id), reason,
                "Đã hoãn phiên họp; các đề nghị trở lại danh sách công khai để trình phiên sau.");
        }, cancellationToken);

    /// <summary>Closes voting, records each nominee's result, numbers and stores the minutes.</summary>
    public Task<ChangeOutcome> CloseAsync(int id, Actor by, CancellationToken cancellationToken) =>
        changes.RunAsync(LockKey(id), async ct =>
        {
            if (await LoadAsync(id, ct) is not { } session)
            {
                return null;
            }

            var now = clock.GetUtcNow();
            var today = VietnamTime.Today(clock);
            var minutes = await numbers.TakeAsync(DocumentNumbers.Council, "BB", $"Biên bản họp Hội đồng Thi đua - Khen thưởng ngày {session.HeldOn:dd/MM/yyyy}", today, by, ct);

            // A session that cannot close refuses here; the unit of work ends unsaved and the number was never taken.
            var results = session.Close(now, minutes.Number, by);
            var ids = results.Select(r => r.NominationId).ToList();
            var decided = await db.Nominations.Where(n => ids.Contains(n.Id)).ToListAsync(ct);
            foreach (var result in results)
            {
                decided.Single(n => n.Id == result.NominationId).RecordCouncilResult(result.Passed == true, result.Summary, by, now);
            }

            var document = AwardDocuments.Minutes(await awards.MinutesAsync(session, minutes.Number, today, ct));
            session.RecordMinutes(issuer.Issue(IssuedDocumentKind.CouncilMinutes, minutes, document, $"bien-ban-hoi-dong-{minutes.Sequence:00}-{today.Year}", by,
                signers: new SignerAccounts(session.ChairUserId, session.SecretaryUserId)));
            return new Change("Kết thúc phiên họp Hội đồng", Entity, Key(id),
                $"{results.Count(r => r.Passed == true)}/{results.Count} đề nghị được thông qua; biên bản {minutes.Number}",
                "Đã kết thúc phiên họp, ghi kết quả biểu quyết và ban hành biên bản.");
        }, cancellationToken);

    private Task<CouncilSession?> LoadAsync(int id, CancellationToken cancellationToken) =>
        db.CouncilSessions.Include(s => s.Votes).Include(s => s.Present).Include(s => s.Agenda).Include(s => s.History).AsSplitQuery()
            .SingleOrDefaultAsync(s => s.Id == id, cancellationToken);

    private static string Key(int id) => id.ToString(PortalSetup.Vietnamese);
}
