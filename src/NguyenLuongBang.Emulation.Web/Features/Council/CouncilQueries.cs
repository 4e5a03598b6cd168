using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Council;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Features.Nominations;
using NguyenLuongBang.Emulation.Web.Identity;

namespace NguyenLuongBang.Emulation.Web.Features.Council;

/// <summary>
/// A session's page: each nominee with what the member votes on — unit, achievement, the
/// eligibility checklist and how the public posting ended — and the member's own votes. The
/// nominees' facts come from the round's nomination query (a fixed set of queries per round, never
/// one per nominee).
/// </summary>
public sealed class CouncilQueries(AppDbContext db, UserManager<AppUser> accounts, NominationQueries nominations)
{
    /// <returns>Null when there is no such session.</returns>
    public async Task<SessionPage?> SessionAsync(int id, string me, bool isMember, CancellationToken cancellationToken)
    {
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

        var members = (await accounts.GetUsersInRoleAsync(Roles.CouncilMember)).OrderBy(u => u.FullName, StringComparer.Ordinal)
            .Select(u => new KeyValuePair<string, string>(u.Id, u.FullName)).ToList();
        return new SessionPage(session, facts, session.IsPresent(me) && isMember,
            session.Votes.Where(v => v.MemberUserId == me).ToDictionary(v => v.NominationId, v => v.Choice), members);
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

public sealed record SessionPage(CouncilSession Session, IReadOnlyDictionary<int, NomineeFacts> Nominees, bool CanVote, IReadOnlyDictionary<int, VoteChoice> MyVotes,
    IReadOnlyList<KeyValuePair<string, string>> Members)
{
    public string NameOf(int nominationId) => Nominees.TryGetValue(nominationId, out var facts) ? facts.Name : string.Empty;
}
