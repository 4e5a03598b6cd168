using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Council;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Features.Nominations;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Council;

/// <summary>
/// A session's page: each nominee with what the member votes on — unit, achievement, the
/// eligibility checklist and how the public posting ended — and the member's own votes. The
/// nominees' facts come from the round's nomination query (a fixed set of queries per round, never
/// one per nominee).
/// </summary>
public sealed class CouncilQueries(AppDbContext db, UserManager<AppUser> accounts, NominationQueries nominations, TimeProvider clock)
{
    /// <summary>The council's members, by name: who may be present, chair and take the minutes.</summary>
    public async Task<IReadOnlyList<AppUser>> MembersAsync() =>
        (await accounts.GetUsersInRoleAsync(Roles.CouncilMember)).OrderBy(u => u.FullName, StringComparer.Ordinal).ToList();

    /// <summary>The commune's sessions, the latest first.</summary>
    public async Task<IReadOnlyList<SessionLine>> ListAsync(CancellationToken cancellationToken) =>
        await db.CouncilSessions.AsNoTracking().OrderByDescending(s => s.Id)
            .Select(s => new SessionLine(s.Id, s.HeldOn, s.Place, s.Status, s.Agenda.Count, s.Present.Count, s.MemberCount))
            .ToListAsync(cancellationToken);

    /// <summary>The page opening a session for the round: its posted nominees (and why one cannot be taken yet), the members, what was typed and why it was refused.</summary>
    public async Task<NewSessionPage> NewSessionAsync(ReviewRound round, SessionOpening? typed, string? error, CancellationToken cancellationToken)
    {
        var members = await MembersAsync();
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

    /// <summary>The issued minutes of a session (null while it is open, or when there is no such session).</summary>
    public Task<int?> MinutesDocumentAsync(int id, CancellationToken cancellationToken) =>
        db.CouncilSessions.AsNoTracking().Where(s => s.Id == id).Select(s => s.MinutesDocumentId).FirstOrDefaultAsync(cancellationToken);

    /// <param name="viewer">Who reads the page, with what their roles let them do there.</param>
    /// <returns>Null when there is no such session.</returns>
    public async Task<SessionPage?> SessionAsync(int id, SessionViewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var me = viewer.UserId;
        var session = await db.CouncilSessions.AsNoTracking().Include(s => s.Agenda).Include(s => s.Present).Include(s => s.Votes).AsSplitQuery()
            .SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null)
        {
            return null;
        }

        var ids = session.Agenda.Select(a => a.NominationId).ToList();
        var rounds = await db.Nominations.AsNoTracking().Where(n => ids.Contains(n.Id))
            .Select(n => new { n.RoundKind, n.RoundYear }).Distinct().ToListAsync(cancellationToken);
        var facts = new Dictionary<int, NomineeFacts>();
        foreach (var round in rounds)
        {
            foreach (var row in (await nominations.LoadAsync(new ReviewRound(round.RoundKind, round.RoundYear), cancellationToken)).Rows.Where(r => ids.Contains(r.Nomination.Id)))
            {
                facts[row.Nomination.Id] = NomineeFacts.Of(row);
            }
        }

        var members = (await MembersAsync()).Select(u => new KeyValuePair<string, string>(u.Id, u.FullName)).ToList();
        return new SessionPage(session, facts, session.IsPresent(me) && viewer.IsMember,
            session.Votes.Where(v => v.MemberUserId == me).ToDictionary(v => v.NominationId, v => v.Choice), members)
        {
            CanConduct = viewer.IsReviewer && session.IsOpen,
            SignsMinutesAs = !session.CanRecordMinutes ? null : me == session.ChairUserId ? "chủ tọa" : me == session.SecretaryUserId ? "thư ký" : null,
        };
    }
}

/// <summary>One objection as the council reads it: what was raised and how it was settled (not who raised it).</summary>
public sealed record ObjectionFact(DateOnly ReceivedOn, string Content, string? Resolution);

/// <summary>What a member needs beside the vote on one nominee.</summary>
/// <param name="Override">Why the reviewer took the nominee on despite a failed check, when they did.</param>
public sealed record NomineeFacts(string Name, NomineeKind Kind, string? Position, string? UnitName, AwardForm AwardForm, string Achievement,
    IReadOnlyList<EligibilityLine> Checks, string? Override, DateTimeOffset? PostedAt, DateTimeOffset? PostedUntil, IReadOnlyList<ObjectionFact> Objections)
{
    public static NomineeFacts Of(NominationRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var n = row.Nomination;
        return new NomineeFacts(n.NomineeName, n.NomineeKind, n.Position, row.UnitName, n.AwardForm, n.Achievement, row.Eligibility, n.OverrideReason,
            n.PostedAt, n.PostedUntil, n.Objections.OrderBy(o => o.ReceivedOn).Select(o => new ObjectionFact(o.ReceivedOn, o.Content, o.Resolution)).ToList());
    }

    /// <summary>"2 đạt, 1 lưu ý, 1 không đạt": the checklist in one line, for the folded summary.</summary>
    public string ChecksSummary => string.Join(", ", new[] { (CheckOutcome.Pass, "đạt"), (CheckOutcome.Warning, "lưu ý"), (CheckOutcome.Fail, "không đạt") }
        .Select(o => (Count: Checks.Count(c => c.Outcome == o.Item1), Text: o.Item2)).Where(o => o.Count > 0).Select(o => $"{o.Count} {o.Text}"));

    public bool AnyFailed => Checks.Any(c => c.Outcome == CheckOutcome.Fail);
}

/// <summary>Who reads a session's page: their account, and whether they are a council member or the reviewer who conducts sessions.</summary>
public sealed record SessionViewer(string UserId, bool IsMember, bool IsReviewer);

public sealed record SessionPage(CouncilSession Session, IReadOnlyDictionary<int, NomineeFacts> Nominees, bool CanVote, IReadOnlyDictionary<int, VoteChoice> MyVotes,
    IReadOnlyList<KeyValuePair<string, string>> Members)
{
    /// <summary>The reader conducts the session now: closes, corrects attendance, adjourns (the reviewer, while it is open).</summary>
    public bool CanConduct { get; init; }

    /// <summary>"chủ tọa" or "thư ký" when the reader signs the issued minutes in that role; null when they do not sign them.</summary>
    public string? SignsMinutesAs { get; init; }

    public string NameOf(int nominationId) => Nominees.TryGetValue(nominationId, out var facts) ? facts.Name : string.Empty;
}

public sealed record SessionLine(int Id, DateOnly HeldOn, string Place, CouncilSessionStatus Status, int Nominees, int Present, int Members);

/// <param name="Why">Why the nominee cannot be taken yet (still posted, objections open); null when it can.</param>
public sealed record PostedNominee(int Id, string Name, bool Eligible, string? Why);

public sealed record NewSessionPage(ReviewRound Round, IReadOnlyList<KeyValuePair<string, string>> Members, IReadOnlyList<PostedNominee> Posted, string? Error,
    string? ChairUserId, string? SecretaryUserId, SessionOpening? Typed);
