using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Awards;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Council;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.Domain.Reports;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Awards;

public sealed record DecisionSummary(AwardDecision Decision, string? CorrectedBy);

public sealed record AwardsPage(
    ReviewRound Round,
    IReadOnlyList<Nomination> CouncilPassed,
    IReadOnlyList<Nomination> AwaitingDecision,
    /// <summary>The round's proposals for the city's Bằng khen still standing, each with its dossier and objections (for the checklist).</summary>
    IReadOnlyList<Nomination> ForwardedNominations,
    IReadOnlyList<Submission> Submissions,
    IReadOnlyList<DecisionSummary> Decisions,
    IReadOnlyDictionary<int, string> UnitNames,
    /// <summary>The signed-in person's committee office, when they hold one: what they sign as; null: they cannot sign the decision.</summary>
    Domain.Documents.Signatory? SignsAs)
{
    /// <summary>The reader issues Phòng VH-XH's tờ trình (the reviewer).</summary>
    public bool CanIssueSubmission { get; init; }

    /// <summary>The reader signs the decisions, their corrections and the tờ trình to the city (the chairman).</summary>
    public bool CanSign { get; init; }

    /// <summary>Today in Vietnam: the date a decision signed now carries.</summary>
    public DateOnly Today { get; init; }
}

/// <summary>What the award pages and documents of a round need, in a fixed number of queries.</summary>
public sealed class AwardQueries(AppDbContext db, PortalSettings settings, Documents.Signatories signatories, TimeProvider clock)
{
    /// <summary>The round's page as <paramref name="viewerId"/> reads it, with what their roles let them do there.</summary>
    public async Task<AwardsPage> LoadAsync(ReviewRound round, string? viewerId, bool reviewer, bool chairman, CancellationToken cancellationToken)
    {
        var nominations = await RoundNominations(round).Include(n => n.Dossier).Include(n => n.Objections).AsSplitQuery().ToListAsync(cancellationToken);
        var awarded = (await AwardedNominationIds(round).ToListAsync(cancellationToken)).ToHashSet();
        var decisions = await db.AwardDecisions.AsNoTracking().Include(d => d.Lines).Where(d => d.RoundKind == round.Kind && d.RoundYear == round.Year)
            .OrderBy(d => d.Id).ToListAsync(cancellationToken);
        var submissions = await db.Submissions.AsNoTracking().Where(s => s.RoundKind == round.Kind && s.RoundYear == round.Year)
            .OrderBy(s => s.Id).ToListAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        return new AwardsPage(
            round,
            nominations.Where(n => n.Status == NominationStatus.CouncilPassed).ToList(),
            nominations.Where(n => n.Status == NominationStatus.Approved && n.AwardForm == AwardForm.CommuneCertificate && !awarded.Contains(n.Id)).ToList(),
            nominations.Where(n => n.AwardForm == AwardForm.CityCertificate && n.Status is not (NominationStatus.Rejected or NominationStatus.CouncilRejected)).ToList(),
            submissions,
            decisions.Select(d => new DecisionSummary(d, decisions.FirstOrDefault(c => c.CorrectsDecisionId == d.Id)?.Number)).ToList(),
            units,
            await signatories.HeldByAsync(viewerId, [Domain.Documents.SigningOffice.Chairman, Domain.Documents.SigningOffice.ViceChairman], cancellationToken))
        {
            CanIssueSubmission = reviewer,
            CanSign = chairman,
            Today = VietnamTime.Today(clock),
        };
    }

    /// <summary>The latest tờ trình of the round issued to <paramref name="target"/>; null while none is.</summary>
    public Task<int?> LatestSubmissionDocumentAsync(ReviewRound round, SubmissionTarget target, CancellationToken cancellationToken) =>
        db.Submissions.AsNoTracking().Where(s => s.RoundKind == round.Kind && s.RoundYear == round.Year && s.Target == target)
            .OrderByDescending(s => s.Id).Select(s => s.DocumentId).FirstOrDefaultAsync(cancellationToken);

    /// <summary>One issued tờ trình of the round; null when the round has no such one.</summary>
    public Task<int?> SubmissionDocumentAsync(ReviewRound round, int id, CancellationToken cancellationToken) =>
        db.Submissions.AsNoTracking().Where(s => s.Id == id && s.RoundKind == round.Kind && s.RoundYear == round.Year)
            .Select(s => s.DocumentId).FirstOrDefaultAsync(cancellationToken);

    /// <summary>One decision of the round as issued; null when the round has no such one.</summary>
    public Task<int?> DecisionDocumentAsync(ReviewRound round, int id, CancellationToken cancellationToken) =>
        db.AwardDecisions.AsNoTracking().Where(d => d.Id == id && d.RoundKind == round.Kind && d.RoundYear == round.Year)
            .Select(d => d.DocumentId).FirstOrDefaultAsync(cancellationToken);

    /// <summary>One awardee's own certificate in a decision of the round; null when there is no such line.</summary>
    public Task<int?> CertificateDocumentAsync(ReviewRound round, int id, int line, CancellationToken cancellationToken) =>
        DecisionLines(round, id).Where(l => l.Id == line).Select(l => l.CertificateDocumentId).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The certificates of a decision of the round (or of its one <paramref name="line"/>) as frozen at signing, in their register order.</summary>
    public async Task<IReadOnlyList<Documents.Certificate>> CertificatesAsync(ReviewRound round, int id, int? line, CancellationToken cancellationToken) =>
        (await DecisionLines(round, id).Where(l => (line == null || l.Id == line) && l.CertificateDocument != null).OrderBy(l => l.CertificateNumber)
            .Select(l => l.CertificateDocument!.Model).ToListAsync(cancellationToken))
        .Select(m => Documents.DocumentIssuer.ReadCertificate(m)!).ToList();

    private IQueryable<AwardLine> DecisionLines(ReviewRound round, int id) =>
        db.AwardDecisions.AsNoTracking().Where(d => d.Id == id && d.RoundKind == round.Kind && d.RoundYear == round.Year).SelectMany(d => d.Lines);

    public IQueryable<Nomination> RoundNominations(ReviewRound round) =>
        db.Nominations.Where(n => n.RoundKind == round.Kind && n.RoundYear == round.Year).OrderBy(n => n.NomineeKind).ThenBy(n => n.Id);

    /// <summary>The commune-certificate nominees the council passed (whatever the chairman decided since): the tờ trình's list.</summary>
    public IQueryable<Nomination> CouncilPassedCertificates(ReviewRound round) =>
        RoundNominations(round).AsNoTracking().Where(n => n.AwardForm == AwardForm.CommuneCertificate && n.History.Any(h => h.To == NominationStatus.CouncilPassed));

    /// <summary>Nominations already in a decision of the round (a correction keeps them there).</summary>
    public IQueryable<int> AwardedNominationIds(ReviewRound round) =>
        db.AwardDecisions.Where(d => d.RoundKind == round.Kind && d.RoundYear == round.Year).SelectMany(d => d.Lines).Select(l => l.NominationId);

    /// <summary>
    /// The tờ trình as a draft shows it: nominees the council passed (for the chairman) or the
    /// approved city proposals not yet sent, the minutes it rests on with their dates, and the
    /// signer and plans where the settings have them.
    /// </summary>
    public async Task<SubmissionData> SubmissionAsync(ReviewRound round, SubmissionTarget target, CancellationToken cancellationToken)
    {
        var query = target == SubmissionTarget.Chairman
            ? CouncilPassedCertificates(round)
            : RoundNominations(round).AsNoTracking().Where(n => n.AwardForm == AwardForm.CityCertificate && n.Status == NominationStatus.Approved && n.City == null);
        var nominees = await query.ToListAsync(cancellationToken);
        var ids = nominees.Select(n => n.Id).ToList();
        var minutes = await db.CouncilSessions.AsNoTracking()
            .Where(s => s.MinutesNumber != null && s.Agenda.Any(a => ids.Contains(a.NominationId)))
            .OrderBy(s => s.Id).Select(s => new { s.MinutesNumber, s.ClosedAt, s.HeldOn }).ToListAsync(cancellationToken);
        var units = await UnitNamesAsync(nominees.Select(n => n.UnitId), cancellationToken);
        var campaign = await CampaignTitleAsync(cancellationToken);
        // A draft names whoever holds the office now; the issued tờ trình names the person who signs it.
        var signer = await signatories.HolderNameAsync(target == SubmissionTarget.City ? Domain.Documents.SigningOffice.Chairman : Domain.Documents.SigningOffice.HeadOfCultureOffice, cancellationToken);
        var plans = await settings.OptionalPlansAsync();
        return new SubmissionData(await settings.IssuerAsync(cancellationToken), round, campaign, target, null, null, signer,
            minutes.Select(m => new DocumentReference(m.MinutesNumber!, m.ClosedAt is { } at ? DateOnly.FromDateTime(VietnamTime.ToLocal(at).DateTime) : m.HeldOn)).ToList(),
            nominees.Select(n => Line(n, units)).ToList(), round.Year, plans);
    }

    /// <summary>The minutes of a session as it closes: counts only, chair and secretary as recorded when it opened.</summary>
    /// <param name="dated">The day the minutes are issued (their date, given by the clock; the meeting's day is in their text).</param>
    public async Task<MinutesData> MinutesAsync(CouncilSession session, string number, DateOnly dated, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var ids = session.Agenda.Select(a => a.NominationId).ToList();
        var nominees = await db.Nominations.AsNoTracking().Where(n => ids.Contains(n.Id)).ToDictionaryAsync(n => n.Id, cancellationToken);

        // Members with the positions kept with their accounts: those present, and the council's other members (absent).
        var presentIds = session.Present.Select(p => p.MemberUserId).ToList();
        var memberRole = await db.Roles.AsNoTracking().Where(r => r.Name == Identity.Roles.CouncilMember).Select(r => r.Id).SingleOrDefaultAsync(cancellationToken);
        var people = await db.Users.AsNoTracking()
            .Where(u => presentIds.Contains(u.Id) || u.Id == session.ChairUserId || u.Id == session.SecretaryUserId || db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == memberRole))
            .Select(u => new { u.Id, u.FullName, u.Position }).ToListAsync(cancellationToken);
        CouncilPerson Person(string id, string name) => new(name, people.FirstOrDefault(p => p.Id == id)?.Position);
        var present = people.Where(p => presentIds.Contains(p.Id)).OrderBy(p => p.FullName, StringComparer.Ordinal).Select(p => new CouncilPerson(p.FullName, p.Position)).ToList();
        var absent = people.Where(p => !presentIds.Contains(p.Id) && p.Id != session.ChairUserId && p.Id != session.SecretaryUserId)
            .OrderBy(p => p.FullName, StringComparer.Ordinal).Select(p => new CouncilPerson(p.FullName, p.Position)).Take(Math.Max(0, session.MemberCount - present.Count)).ToList();
        var units = await UnitNamesAsync(nominees.Values.Select(n => n.UnitId), cancellationToken);
        return new MinutesData(await settings.IssuerAsync(cancellationToken), await CampaignTitleAsync(cancellationToken), number, session.HeldOn, session.Place, session.MemberCount,
            present, absent, session.Quorum, session.PassThreshold,
            session.Agenda.OrderBy(a => a.Id).Select(a =>
            {
                var n = nominees[a.NominationId];
                return new MinutesLine(n.NomineeName, n.NomineeKind, n.UnitId is { } u ? units.GetValueOrDefault(u) : null, a.AgreeCount ?? 0, a.DisagreeCount ?? 0, a.RecusedCount ?? 0, a.Passed == true);
            }).ToList(),
            Person(session.ChairUserId, session.ChairName), Person(session.SecretaryUserId, session.SecretaryName),
            VietnamTime.ToLocal(session.BeganAt).DateTime, VietnamTime.ToLocal(session.ClosedAt ?? session.BeganAt).DateTime, dated);
    }

    public Task<string> CampaignTitleAsync(CancellationToken cancellationToken) =>
        db.Campaigns.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Title).FirstAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<int, string>> UnitNamesAsync(IEnumerable<int?> unitIds, CancellationToken cancellationToken)
    {
        var ids = unitIds.Where(u => u is not null).Select(u => u!.Value).Distinct().ToList();
        return await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
    }

    public static NomineeLine Line(Nomination n, IReadOnlyDictionary<int, string> units) =>
        new(n.NomineeName, n.NomineeKind, PositionAndUnit(n, units), n.Achievement, n.CouncilSummary);

    /// <summary>"Hiệu trưởng, Trường Tiểu học Nguyễn Lương Bằng" (a collective shows its unit only when it is a part of it).</summary>
    public static string? PositionAndUnit(Nomination n, IReadOnlyDictionary<int, string> units)
    {
        var unit = n.UnitId is { } u ? units.GetValueOrDefault(u) : null;
        if (n.NomineeKind == NomineeKind.Collective && unit == n.NomineeName)
        {
            unit = null;
        }

        var parts = new[] { n.Position, unit }.Where(p => !string.IsNullOrWhiteSpace(p)).ToArray();
        return parts.Length == 0 ? null : string.Join(", ", parts);
    }

    /// <summary>The unit's accepted reports of the round and the nominee's earlier awards, in a fixed number of queries.</summary>
    public async Task<AchievementSources> AchievementSourcesAsync(ReviewRound round, Nomination nomination, string? unit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nomination);
        var years = round.Years.ToArray();
        var sections = nomination.UnitId is not { } unitId ? [] : await (
                from r in db.AnnualReports.AsNoTracking()
                where r.UnitId == unitId && years.Contains(r.Year) && r.Status == ReportStatus.Accepted
                from s in r.Sections
                where s.Narrative != null && !s.NoActivity
                join a in db.ContentAreas.AsNoTracking() on s.ContentAreaId equals a.Id
                orderby r.Year, s.AreaNumber
                select new { r.Year, s.AreaNumber, a.ShortTitle, s.Narrative })
            .ToListAsync(cancellationToken);
        var earlier = await (
                from n in db.Nominations.AsNoTracking()
                where n.SearchName == nomination.SearchName && n.NomineeKind == nomination.NomineeKind && n.Id != nomination.Id
                join l in db.Set<Domain.Awards.AwardLine>() on n.Id equals l.NominationId
                join d in db.AwardDecisions.AsNoTracking() on l.AwardDecisionId equals d.Id
                where !db.AwardDecisions.Any(c => c.CorrectsDecisionId == d.Id)
                orderby d.SignedOn
                select new { d.Number, d.SignedOn })
            .ToListAsync(cancellationToken);
        var city = await db.Nominations.AsNoTracking()
            .Where(n => n.SearchName == nomination.SearchName && n.NomineeKind == nomination.NomineeKind && n.Id != nomination.Id && n.City != null && n.City.Awarded == true)
            .OrderBy(n => n.City!.DecidedOn).Select(n => new { Number = n.City!.DecisionNumber, On = n.City!.DecidedOn }).ToListAsync(cancellationToken);
        var commune = await settings.IssuerAsync(cancellationToken);
        var awards = earlier.Select(e => $"Giấy khen của Chủ tịch {commune.Committee} (Quyết định số {e.Number} ngày {e.SignedOn:dd/MM/yyyy}).")
            .Concat(city.Select(c => $"{AchievementReportDocument.Award} (Quyết định số {c.Number} ngày {c.On:dd/MM/yyyy}).")).ToList();
        var head = nomination.UnitId is not { } headUnit ? null
            : await db.Units.AsNoTracking().Where(u => u.Id == headUnit).Select(u => new { u.HeadName, u.HeadPosition }).FirstOrDefaultAsync(cancellationToken);
        if (head?.HeadName is { } headName && Names.Fold(headName) == nomination.SearchName)
        {
            head = null;   // the nominee is the head: someone else certifies, and a person fills it in
        }

        return new AchievementSources(nomination.NomineeName, nomination.NomineeKind, nomination.Position, unit, nomination.Achievement,
            await CampaignTitleAsync(cancellationToken), round,
            sections.GroupBy(s => s.Year).Select(g => (g.Key, (IReadOnlyList<(int, string, string)>)g.Select(s => (s.AreaNumber, s.ShortTitle, s.Narrative!)).ToList())).ToList(),
            awards, head?.HeadName, head?.HeadPosition);
    }
}
