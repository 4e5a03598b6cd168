using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Awards;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Council;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.Domain.Reports;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.Awards;
using NguyenLuongBang.Emulation.Web.Features.Consolidation;
using NguyenLuongBang.Emulation.Web.Features.Council;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;
using NguyenLuongBang.Emulation.Web.Features.Notifications;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Data.Seeding;

/// <summary>
/// The demo's award rounds, run through the same services people use, each step at its own date:
/// 2025 finished — nominations posted, the council closed with its minutes, the tờ trình, the
/// chairman's decision with its certificates, the consolidated report signed, the Bằng khen
/// dossiers completed and sent up with the tờ trình to the city, whose decision is recorded, every
/// numbered document stored as issued; the current year mid-way — two nominees posted and a council
/// session open with half the votes cast.
/// </summary>
public sealed class DemoAwardRound(IServiceProvider services, AppDbContext db, UserManager<AppUser> users, TimeProvider clock)
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    /// <summary>Where the demo commune's 2025 registers stood in December: the numbers its finished round carries (README).</summary>
    public static IReadOnlyList<(string Issuer, string TypeCode, int Next)> DemoRegisterStarts { get; } =
    [
        (DocumentNumbers.CommuneCommittee, "QĐ", 412),
        (DocumentNumbers.CommuneCommittee, "GK", 118),
        (DocumentNumbers.CommuneCommittee, "BC", 236),
        (DocumentNumbers.CommuneCommittee, "TTr", 187),
        (DocumentNumbers.CultureOffice, "TTr", 14),
        (DocumentNumbers.Council, "BB", 3),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var reviewer = await ActorAsync("chuyenvien@nlb.example");
        var chairman = await ActorAsync("chutich@nlb.example");
        var members = (await users.GetUsersInRoleAsync(Roles.CouncilMember)).OrderBy(u => u.Email, StringComparer.Ordinal).ToList();
        var secretary = members.First(m => m.Email == "hoidong1@nlb.example");
        var demo = new Actor("demo", "Dữ liệu trình diễn");
        if (!await db.SigningCertificates.AnyAsync(c => c.AccountId == null, cancellationToken))
        {
            db.SigningCertificates.Add(DemoCertificate.Create(demo, At(2025, 1, 1, 8)));
        }

        // Each person who signs for the commune, and the council's secretary, has their own key and signature image in the demo.
        foreach (var signer in await db.Users.Where(u => (u.SigningOffice != null || u.Id == secretary.Id) && !db.SigningCertificates.Any(c => c.AccountId == u.Id))
                     .Select(u => new { u.Id, u.FullName }).ToListAsync(cancellationToken))
        {
            db.SigningCertificates.Add(DemoCertificate.ForPerson(signer.Id, signer.FullName, demo, At(2025, 1, 1, 8)));
        }

        await db.SaveChangesAsync(cancellationToken);

        // The commune's registers had run all year before the portal's round: the văn thư set where each goes on.
        var clerk = new Actor("demo", "Văn thư (dữ liệu trình diễn)");
        foreach (var (issuer, type, next) in DemoRegisterStarts)
        {
            db.RegisterStarts.Add(new RegisterStart(issuer, type, 2025, next, 0, clerk, At(2025, 12, 1, 8)));
        }

        await db.SaveChangesAsync(cancellationToken);
        await FinishedRoundAsync(reviewer, chairman, members, secretary, cancellationToken);
        await CurrentRoundAsync(reviewer, chairman, members, secretary, cancellationToken);
    }

    private async Task FinishedRoundAsync(Actor reviewer, Actor chairman, List<AppUser> members, AppUser secretary, CancellationToken cancellationToken)
    {
        var round = ReviewRound.Annual(2025);
        var nominated = At(2025, 12, 20, 9);
        var ids = new List<int>();
        foreach (var name in new[] { "Nguyễn Thị Hằng", "Lê Thị Mai", "Phạm Minh Đức" })
        {
            ids.Add(await FromProposalAsync(round, name, reviewer, nominated, cancellationToken));
        }

        var village = await db.Units.Where(u => u.Name == "Thôn Đông").Select(u => u.Id).SingleAsync(cancellationToken);
        ids.Add(await CreateAsync(new Nomination(round, NomineeKind.Collective, "Tổ công nghệ số cộng đồng thôn Đông", null, null, village, AwardForm.CommuneCertificate,
            "Hướng dẫn 86% hộ gia đình của thôn dùng dịch vụ công trực tuyến; hỗ trợ 412 người kích hoạt VNeID mức 2 trong năm 2025.", null, reviewer, nominated), cancellationToken));

        // Two proposals for the city chairman's Bằng khen go the same way: posted, voted on in the same session, approved.
        var school = await db.Units.Where(u => u.Name == CityCollective).Select(u => u.Id).SingleAsync(cancellationToken);
        var office = await db.Units.Where(u => u.Name == "Văn phòng HĐND và UBND xã").Select(u => u.Id).SingleAsync(cancellationToken);
        var cityIds = new[]
        {
            await CreateAsync(new Nomination(round, NomineeKind.Collective, CityCollective, null, null, school, AwardForm.CityCertificate,
                "Dẫn đầu các trường học của xã trong chuyển đổi số: dùng học bạ số và sổ điểm điện tử ở tất cả các lớp, giáo viên ký số hồ sơ chuyên môn, phối hợp tổ công nghệ số cộng đồng phổ cập kỹ năng số cho phụ huynh học sinh.",
                null, reviewer, nominated), cancellationToken),
            await CreateAsync(new Nomination(round, NomineeKind.Individual, CityIndividual, Gender.Female, "Công chức Văn phòng - Thống kê", office, AwardForm.CityCertificate,
                "Tham mưu đưa hệ thống quản lý văn bản và điều hành vào sử dụng, hướng dẫn cán bộ, công chức ký số văn bản đi; hoàn thành số hóa hồ sơ lưu trữ của Văn phòng năm 2025.",
                null, reviewer, nominated), cancellationToken),
        };
        ids.AddRange(cityIds);
        await PostAsync(ids, reviewer, nominated, cancellationToken);

        var held = At(2025, 12, 28, 9);
        var session = await OpenSessionAsync(round, ids, members, chairman, secretary, reviewer, held, cancellationToken);
        await VoteAsync(session, members, ids, members.Count, held.AddHours(1), cancellationToken);
        Done(await Steps(held.AddHours(2), reviewer).Sessions.CloseAsync(session, reviewer, cancellationToken), "closing the session");

        // The secretary and the chair sign the minutes, each with their own key.
        Done(await Steps(held.AddHours(3), secretary.ToActor()).Minutes.SignAsync(session, secretary.ToActor(), cancellationToken), "the secretary's signature");
        Done(await Steps(held.AddHours(4), chairman).Minutes.SignAsync(session, chairman, cancellationToken), "the chair's signature");
        Done(await Steps(held.AddHours(5), reviewer).Signing.IssueOfficeSubmissionAsync(round, reviewer, cancellationToken), "the office's tờ trình");

        var approved = At(2025, 12, 29, 9);
        foreach (var nomination in await db.Nominations.Where(n => ids.Contains(n.Id)).ToListAsync(cancellationToken))
        {
            nomination.Approve(chairman, approved, "Đồng ý khen thưởng.");
        }

        await db.SaveChangesAsync(cancellationToken);
        Done(await Steps(approved.AddHours(2), chairman).Signing.SignDecisionAsync(round, null, chairman, cancellationToken), "the decision");

        var written = At(2025, 12, 29, 14);
        var commune = ActivatorUtilities.CreateInstance<CommuneReportScope>(services);
        Done(await Steps(written, reviewer).SignOff.SaveAssessmentAsync(commune, round, new AssessmentForm
        {
            Strengths = "Các cơ quan, đơn vị vào cuộc đồng bộ; 15/15 đơn vị gửi báo cáo, tỷ lệ hồ sơ trực tuyến toàn trình tăng rõ; mô hình tổ công nghệ số cộng đồng thôn Đông được nhân rộng.",
            Limitations = "Ba đơn vị nộp báo cáo muộn; một số cán bộ lớn tuổi còn hạn chế kỹ năng số; thiết bị tại bộ phận một cửa đã cũ.",
            TasksAhead = "Tiếp tục phổ cập kỹ năng số cho người dân; hoàn thành số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; nhân rộng tổ công nghệ số cộng đồng ở các thôn.",
            Recommendations = "Đề nghị thành phố hỗ trợ kinh phí nâng cấp hạ tầng số cho bộ phận một cửa và bồi dưỡng kỹ năng số cho cán bộ cơ sở.",
        }, reviewer, cancellationToken), "the consolidated report's assessment");
        Done(await Steps(written.AddHours(1), reviewer).SignOff.SubmitForSignatureAsync(commune, round, null, reviewer, cancellationToken), "the consolidated report's trình ký");
        Done(await Steps(At(2025, 12, 30, 9), chairman).SignOff.SignAsync(commune, round, chairman, cancellationToken), "the consolidated report's signature");
        await CityDossierAsync(round, cityIds, reviewer, chairman, cancellationToken);

        // Last year's bells were read long ago.
        var newYear = At(2026, 1, 5, 8);
        foreach (var note in await db.Notifications.Where(n => n.ReadAt == null).ToListAsync(cancellationToken))
        {
            note.MarkRead(newYear);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The finished round's proposals for the city's Bằng khen (README).</summary>
    public const string CityCollective = "Trường Trung học cơ sở Nguyễn Lương Bằng";

    public const string CityIndividual = "Trần Thị Hoa";

    /// <summary>The city's decision on them, as the reviewer recorded it when the paper came back.</summary>
    public static (string Number, DateOnly On) CityDecision { get; } = ("215/QĐ-UBND", new DateOnly(2026, 1, 22));

    /// <summary>
    /// The Bằng khen dossiers: each achievement report drafted from the unit's accepted report as the
    /// dossier page drafts it, completed by the reviewer with what the portal does not know (the
    /// unit's particulars, earlier titles), then the commune's tờ trình to the city signed by the
    /// chairman, and in January the city's decision recorded.
    /// </summary>
    private async Task CityDossierAsync(ReviewRound round, IReadOnlyList<int> ids, Actor reviewer, Actor chairman, CancellationToken cancellationToken)
    {
        (string Particulars, string Honours)[] written =
        [
            ("Năm học 2025-2026, trường có 22 lớp với 785 học sinh và 48 cán bộ quản lý, giáo viên, nhân viên; tất cả phòng học có kết nối Internet, 12 phòng có màn hình tương tác.",
                "- Danh hiệu “Tập thể lao động tiên tiến” năm học 2023-2024 và năm học 2024-2025."),
            ("Sinh năm 1989; trình độ đại học chuyên ngành Quản trị văn phòng; công tác tại Văn phòng HĐND và UBND xã từ năm 2015.",
                "- Danh hiệu “Lao động tiên tiến” năm 2023 và năm 2024."),
        ];
        var queries = services.GetRequiredService<AwardQueries>();
        foreach (var (id, (particulars, honours)) in ids.Zip(written))
        {
            var nomination = await db.Nominations.AsNoTracking().SingleAsync(n => n.Id == id, cancellationToken);
            var unit = await db.Units.Where(u => u.Id == nomination.UnitId).Select(u => u.Name).SingleAsync(cancellationToken);
            var draft = AchievementReportDocument.Draft(await queries.AchievementSourcesAsync(round, nomination, unit, cancellationToken));
            var parts = draft with { Overview = $"{draft.Overview}\n{particulars}", Honours = honours };
            await ChangeAsync(round, id, At(2025, 12, 29, 15), reviewer, (n, now) => DossierChanges.Write(n, parts, reviewer, now), cancellationToken);
            await ChangeAsync(round, id, At(2025, 12, 30, 8), reviewer, (n, now) => DossierChanges.Complete(n, reviewer, now), cancellationToken);
        }

        Done(await Steps(At(2025, 12, 30, 10), chairman).Signing.IssueCitySubmissionAsync(round, chairman, cancellationToken), "the tờ trình to the city");
        foreach (var id in ids)
        {
            await ChangeAsync(round, id, At(2026, 1, 26, 9), reviewer, (n, now) => CityDecisions.Record(n, true, CityDecision.Number, CityDecision.On, reviewer, now), cancellationToken);
        }
    }

    /// <summary>One change to a Bằng khen proposal at <paramref name="at"/>, as its page makes it (lock, entity, audit row, one save); a refusal stops the seeding.</summary>
    private async Task ChangeAsync(ReviewRound round, int id, DateTimeOffset at, Actor by, Func<Nomination, DateTimeOffset, Change> change, CancellationToken cancellationToken)
    {
        Done(await Steps(at, by).Changes.ApplyAsync($"nomination:{id}", ct => DossierChanges.LoadAsync(db, round, id, ct), n => change(n, at), cancellationToken), $"proposal {id}");
    }

    /// <summary>A demo step that did not happen stops the seeding, with why.</summary>
    private static ChangeOutcome Done(ChangeOutcome outcome, string step) => outcome.Result == ChangeResult.Done ? outcome
        : throw new InvalidOperationException($"Demo step ({step}): {outcome.Result} {outcome.Message}");

    private async Task CurrentRoundAsync(Actor reviewer, Actor chairman, IReadOnlyList<AppUser> members, AppUser secretary, CancellationToken cancellationToken)
    {
        var today = clock.GetUtcNow().ToOffset(Vietnam);
        var year = Math.Min(Math.Max(today.Year, 2026), ReviewRound.FinalYear);
        var round = ReviewRound.Annual(year);
        var posted = today.Date.AddDays(-8).AddHours(9);
        var nominated = new DateTimeOffset(posted, Vietnam);
        var proposal = await ProposalsOf(round).Select(p => p.NomineeName).FirstOrDefaultAsync(cancellationToken);
        var ids = new List<int>();
        if (proposal is not null)
        {
            ids.Add(await FromProposalAsync(round, proposal, reviewer, nominated, cancellationToken));
        }

        var village = await db.Units.Where(u => u.Name == "Thôn Nam").Select(u => u.Id).SingleAsync(cancellationToken);
        ids.Add(await CreateAsync(new Nomination(round, NomineeKind.Individual, "Lương Thị Duyên", Gender.Female, "Trưởng thôn", village, AwardForm.CommuneCertificate,
            "Vận động 100% hộ kinh doanh của thôn dùng thanh toán không dùng tiền mặt; đưa 3 sản phẩm của thôn lên sàn thương mại điện tử.", null, reviewer, nominated), cancellationToken));
        await PostAsync(ids, reviewer, nominated, cancellationToken);

        var held = new DateTimeOffset(today.Date.AddHours(8), Vietnam);
        var session = await OpenSessionAsync(round, ids, members, chairman, secretary, reviewer, held, cancellationToken);
        await VoteAsync(session, members, ids, 2, held.AddMinutes(30), cancellationToken);

        // A nominee still under public posting (posted two days ago), so a visitor can read the list and send feedback.
        var station = await db.Units.Where(u => u.Name == "Trạm Y tế xã").Select(u => u.Id).SingleAsync(cancellationToken);
        var postedNow = await CreateAsync(new Nomination(round, NomineeKind.Individual, "Bùi Thị Thu", Gender.Female, "Trạm trưởng", station, AwardForm.CommuneCertificate,
            "Triển khai sổ sức khỏe điện tử cho 2.150 người dân của xã; 100% hồ sơ khám, chữa bệnh bảo hiểm y tế được liên thông dữ liệu.", null, reviewer, nominated), cancellationToken);
        await PostAsync([postedNow], reviewer, new DateTimeOffset(today.Date.AddDays(-2).AddHours(9), Vietnam), cancellationToken);

        // A proposal for the city's Bằng khen being prepared: its achievement report saved, not yet completed.
        var centre = await db.Units.Where(u => u.Name == "Trung tâm Phục vụ hành chính công xã").Select(u => u.Id).SingleAsync(cancellationToken);
        var city = new Nomination(round, NomineeKind.Collective, "Trung tâm Phục vụ hành chính công xã", null, null, centre, AwardForm.CityCertificate,
            "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình đạt 92%; 100% kết quả được số hóa; không có hồ sơ trễ hạn.", null, reviewer, nominated);
        city.WriteDossier(
            "Trung tâm Phục vụ hành chính công xã được thành lập năm 2025, có 9 công chức, viên chức tiếp nhận và trả kết quả cho 54 thủ tục hành chính.",
            "Tỷ lệ hồ sơ được tiếp nhận, giải quyết trực tuyến toàn trình đạt 92%; 100% kết quả giải quyết thủ tục hành chính được số hóa; không có hồ sơ trễ hạn; mức độ hài lòng của người dân đạt 98%.",
            null, "Phạm Minh Đức", "Giám đốc", reviewer, nominated.AddHours(2));
        db.Nominations.Add(city);
        await db.SaveChangesAsync(cancellationToken);
    }

    private IQueryable<ProposedCommendation> ProposalsOf(ReviewRound round) =>
        from r in db.AnnualReports
        where r.Year == round.Year && r.Status == ReportStatus.Accepted
        join p in db.Set<ProposedCommendation>() on r.Id equals p.AnnualReportId
        orderby p.Id
        select p;

    private async Task<int> FromProposalAsync(ReviewRound round, string name, Actor reviewer, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var proposal = await (
                from r in db.AnnualReports
                where r.Year == round.Year && r.Status == ReportStatus.Accepted
                join p in db.Set<ProposedCommendation>() on r.Id equals p.AnnualReportId
                where p.NomineeName == name
                select new { p.Id, r.UnitId, p.Kind, p.NomineeName, p.Gender, p.Position, p.Achievement })
            .FirstAsync(cancellationToken);
        return await CreateAsync(new Nomination(round, proposal.Kind, proposal.NomineeName, proposal.Gender, proposal.Position, proposal.UnitId,
            AwardForm.CommuneCertificate, proposal.Achievement, proposal.Id, reviewer, at), cancellationToken);
    }

    private async Task<int> CreateAsync(Nomination nomination, CancellationToken cancellationToken)
    {
        db.Nominations.Add(nomination);
        await db.SaveChangesAsync(cancellationToken);
        return nomination.Id;
    }

    private async Task PostAsync(IReadOnlyList<int> ids, Actor reviewer, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var days = (int)await services.GetRequiredService<PortalSettings>().NumberAsync(PortalSettings.PostingDaysKey);
        foreach (var nomination in await db.Nominations.Where(n => ids.Contains(n.Id)).ToListAsync(cancellationToken))
        {
            nomination.Post(days, reviewer, at);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <returns>The new session's id.</returns>
    private async Task<int> OpenSessionAsync(ReviewRound round, IReadOnlyList<int> ids, IReadOnlyList<AppUser> members, Actor chairman, AppUser secretary,
        Actor reviewer, DateTimeOffset at, CancellationToken cancellationToken) =>
        Done(await Steps(at, reviewer).Sessions.OpenAsync(round,
            new SessionOpening(DateOnly.FromDateTime(at.DateTime), "Hội trường UBND xã", members.Select(m => m.Id).ToList(), ids, chairman.UserId, secretary.Id),
            reviewer, cancellationToken), "opening the session").RecordId!.Value;

    /// <summary>The first <paramref name="voters"/> members agree on every nominee.</summary>
    private async Task VoteAsync(int sessionId, IReadOnlyList<AppUser> members, IReadOnlyList<int> ids, int voters, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var session = await db.CouncilSessions.Include(s => s.Votes).Include(s => s.Present).Include(s => s.Agenda).AsSplitQuery().SingleAsync(s => s.Id == sessionId, cancellationToken);
        foreach (var member in members.Take(voters))
        {
            foreach (var id in ids)
            {
                session.CastVote(member.Id, id, VoteChoice.Agree, at);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The issuing services as they run at <paramref name="at"/>, their audit rows in <paramref name="by"/>'s name.</summary>
    private (AwardSigning Signing, CouncilActions Sessions, ConsolidationSignOff SignOff, MinutesSigning Minutes, RecordChanges Changes) Steps(DateTimeOffset at, Actor by)
    {
        var then = new FixedClock(at);
        var audit = ActivatorUtilities.CreateInstance<AuditLog>(services, then);
        audit.ActingFor = by;
        var numbers = ActivatorUtilities.CreateInstance<DocumentNumbers>(services, audit, then);
        // The visible signing time is the demo's date, not the day the demo was loaded.
        var signature = ActivatorUtilities.CreateInstance<OrganisationSignature>(services, then);
        var issuer = ActivatorUtilities.CreateInstance<DocumentIssuer>(services, then, signature);
        var notifier = ActivatorUtilities.CreateInstance<Notifier>(services, then);
        var changes = ActivatorUtilities.CreateInstance<RecordChanges>(services, audit);
        return (
            ActivatorUtilities.CreateInstance<AwardSigning>(services, numbers, issuer, notifier, changes, then),
            ActivatorUtilities.CreateInstance<CouncilActions>(services, changes, numbers, issuer, then),
            ActivatorUtilities.CreateInstance<ConsolidationSignOff>(services, numbers, issuer, changes, then),
            ActivatorUtilities.CreateInstance<MinutesSigning>(services, signature, changes, then),
            changes);
    }

    private async Task<Actor> ActorAsync(string email) =>
        (await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No demo account {email}")).ToActor();

    private static DateTimeOffset At(int year, int month, int day, int hour) => new(year, month, day, hour, 0, 0, Vietnam);

    /// <summary>A clock stopped at one instant: a demo step happens then.</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
