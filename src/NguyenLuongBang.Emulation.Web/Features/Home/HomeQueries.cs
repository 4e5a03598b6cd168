using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Council;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.Domain.Reports;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Identity;

namespace NguyenLuongBang.Emulation.Web.Features.Home;

public sealed class HomeQueries(AppDbContext db, Reports.ReportingRules rules, TimeProvider clock)
{
    /// <summary>The year units are reporting on now: this calendar year in Vietnam, within 2025-2030.</summary>
    public int ReportingYear => ReviewRound.CurrentYear(clock);

    public async Task<HomePage> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var year = ReportingYear;
        var page = new HomePage(user.GetFullName(), year, Roles.All.Where(user.IsInRole).Select(Roles.Title).ToArray());

        if (user.IsInRole(Roles.UnitStaff) && user.GetUnitId() is { } unitId)
        {
            page.Unit = await UnitHomeAsync(unitId, year, cancellationToken);
        }

        if (user.IsInRole(Roles.Reviewer) || user.IsInRole(Roles.Chairman))
        {
            page.Review = await ReviewHomeAsync(year, cancellationToken);
            page.ReviewerLinks = user.IsInRole(Roles.Reviewer);
        }

        if (user.IsInRole(Roles.CouncilMember))
        {
            // Only sessions where this member is present and some undecided nominee still lacks their vote: a member who voted on all has nothing to do.
            var me = user.ToActor().UserId;
            page.SessionsAwaitingMyVote = await db.CouncilSessions.AsNoTracking()
                .Where(s => s.Status == CouncilSessionStatus.Open && s.Present.Any(p => p.MemberUserId == me)
                    && s.Agenda.Any(a => a.Passed == null && !s.Votes.Any(v => v.MemberUserId == me && v.NominationId == a.NominationId)))
                .OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(cancellationToken);
        }

        if (user.IsInRole(Roles.Chairman))
        {
            page.AwaitingApproval = await db.Nominations.CountAsync(n => n.Status == NominationStatus.CouncilPassed || n.Status == NominationStatus.CouncilRejected, cancellationToken);
            page.AwaitingDocument = await AwaitingDocumentAsync(cancellationToken);
            var waiting = await db.ConsolidatedReports.AsNoTracking().Where(r => r.Status == Domain.Consolidation.ConsolidatedReportStatus.AwaitingSignature)
                .Select(r => new { r.RoundKind, r.RoundYear }).ToListAsync(cancellationToken);
            page.AwaitingSignature = waiting.Select(r => new ReviewRound(r.RoundKind, r.RoundYear)).ToList();
        }

        if (user.IsInRole(Roles.Admin))
        {
            page.Admin = new AdminHome(
                await db.Units.CountAsync(u => u.IsActive, cancellationToken),
                await db.Users.CountAsync(cancellationToken),
                await db.Users.CountAsync(u => u.LockoutEnd != null && u.LockoutEnd > clock.GetUtcNow(), cancellationToken));
        }

        return page;
    }

    /// <summary>
    /// Approved nominees still waiting for the chairman's signature, per round: Giấy khen not yet in a
    /// decision, Bằng khen proposals not yet sent to the city in a tờ trình.
    /// </summary>
    private async Task<IReadOnlyList<AwaitingDocument>> AwaitingDocumentAsync(CancellationToken cancellationToken)
    {
        var decided = db.AwardDecisions.SelectMany(d => d.Lines).Select(l => l.NominationId);
        var waiting = await db.Nominations.AsNoTracking()
            .Where(n => n.Status == NominationStatus.Approved
                && ((n.AwardForm == AwardForm.CommuneCertificate && !decided.Contains(n.Id))
                    || (n.AwardForm == AwardForm.CityCertificate && n.City == null)))
            .GroupBy(n => new { n.RoundKind, n.RoundYear, n.AwardForm })
            .Select(g => new { g.Key.RoundKind, g.Key.RoundYear, g.Key.AwardForm, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return waiting.Select(w => new AwaitingDocument(new ReviewRound(w.RoundKind, w.RoundYear), w.AwardForm == AwardForm.CityCertificate, w.Count))
            .OrderBy(w => w.Round.Year).ThenBy(w => w.ToCity).ToList();
    }

    private async Task<UnitHome> UnitHomeAsync(int unitId, int year, CancellationToken cancellationToken)
    {
        var unitName = await db.Units.Where(u => u.Id == unitId).Select(u => u.Name).SingleAsync(cancellationToken);
        var reports = await db.AnnualReports.AsNoTracking()
            .Where(r => r.UnitId == unitId)
            .OrderByDescending(r => r.Year)
            .Select(r => new UnitReportLine(r.Id, r.Year, r.Status, r.SubmittedLate, r.LastSubmittedAt, r.ReturnComment,
                r.Sections.Count(s => s.ReviewerComment != null)))
            .ToListAsync(cancellationToken);
        var plan = await db.UnitLaunchPlans.AsNoTracking().Where(p => p.UnitId == unitId)
            .Select(p => new { p.Number, p.IssuedOn }).SingleOrDefaultAsync(cancellationToken);

        var deadline = await rules.DeadlineAsync(year);
        var daysLeft = DeadlineCount.DaysLeft(deadline, clock.GetUtcNow());
        return new UnitHome(unitName, reports.FirstOrDefault(r => r.Year == year), VietnamTime.ToLocal(deadline), daysLeft,
            plan is null ? null : $"Số {plan.Number} ngày {plan.IssuedOn:dd/MM/yyyy}",
            reports.Where(r => r.Year != year).ToArray());
    }

    private async Task<ReviewHome> ReviewHomeAsync(int year, CancellationToken cancellationToken)
    {
        var activeUnits = await db.Units.CountAsync(u => u.IsActive, cancellationToken);
        var byStatus = await db.AnnualReports.Where(r => r.Year == year)
            .GroupBy(r => r.Status)
            .Select(g => new { Status = g.Key, Count = g.Count(), Late = g.Count(r => r.SubmittedLate) })
            .ToListAsync(cancellationToken);
        var counts = byStatus.ToDictionary(s => s.Status, s => s.Count);
        return new ReviewHome(
            activeUnits,
            activeUnits - byStatus.Sum(s => s.Count),
            counts.GetValueOrDefault(ReportStatus.Draft) + counts.GetValueOrDefault(ReportStatus.Returned) + counts.GetValueOrDefault(ReportStatus.Reopened),
            counts.GetValueOrDefault(ReportStatus.Submitted),
            counts.GetValueOrDefault(ReportStatus.Accepted),
            byStatus.Sum(s => s.Late));
    }
}

public sealed class HomePage(string fullName, int year, IReadOnlyList<string> roleTitles)
{
    public string FullName { get; } = fullName;

    public int Year { get; } = year;

    public IReadOnlyList<string> RoleTitles { get; } = roleTitles;

    public UnitHome? Unit { get; set; }

    public ReviewHome? Review { get; set; }

    /// <summary>The reviewer's counts open the report list filtered to them, with links to the list and the documents; the chairman reads the counts only.</summary>
    public bool ReviewerLinks { get; set; }

    /// <summary>For a council member: the open sessions with a nominee still awaiting their vote; null for others.</summary>
    public IReadOnlyList<int>? SessionsAwaitingMyVote { get; set; }

    public int? AwaitingApproval { get; set; }

    /// <summary>For the chairman: approved nominees whose decision or tờ trình to the city he has still to sign.</summary>
    public IReadOnlyList<AwaitingDocument> AwaitingDocument { get; set; } = [];

    /// <summary>Consolidated reports submitted for the chairman's signature.</summary>
    public IReadOnlyList<ReviewRound> AwaitingSignature { get; set; } = [];

    public AdminHome? Admin { get; set; }
}

public sealed record UnitReportLine(int Id, int Year, ReportStatus Status, bool SubmittedLate, DateTimeOffset? LastSubmittedAt, string? ReturnComment, int AreaComments);

public sealed record UnitHome(string UnitName, UnitReportLine? ThisYear, DateTimeOffset Deadline, int DaysLeft, string? LaunchPlan, IReadOnlyList<UnitReportLine> PastYears);

public sealed record ReviewHome(int ActiveUnits, int NotStarted, int InProgress, int AwaitingReview, int Accepted, int Late);

/// <param name="ToCity">Bằng khen proposals for the city's tờ trình; otherwise Giấy khen for the commune's decision.</param>
public sealed record AwaitingDocument(ReviewRound Round, bool ToCity, int Count);

public sealed record AdminHome(int ActiveUnits, int Users, int LockedUsers);
