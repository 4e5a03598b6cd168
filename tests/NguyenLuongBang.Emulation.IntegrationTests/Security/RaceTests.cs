using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;

namespace NguyenLuongBang.Emulation.IntegrationTests.Security;

/// <summary>
/// Twenty simultaneous posts of one action (a double click, many times over) have exactly one
/// effect: one decision, one number, one notification — and the others an answer, never a 500.
/// </summary>
public class RaceTests(BlankRoundPortalFactory factory) : IClassFixture<BlankRoundPortalFactory>
{
    private const int Posts = 20;
    private static readonly Actor Tester = TestNominations.Tester;

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private async Task<HttpClient> AsAsync(string email)
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync(email);
        return client;
    }

    /// <summary>Posts the same form <see cref="Posts"/> times at once; every answer is a redirect (done, or told it was done).</summary>
    private static async Task RaceAsync(HttpClient client, string formUrl, string postUrl, Dictionary<string, string>? fields = null)
    {
        var token = await client.AntiforgeryTokenAsync(formUrl);
        var answers = await Task.WhenAll(Enumerable.Range(0, Posts).Select(async _ =>
        {
            using var content = new FormUrlEncodedContent(new Dictionary<string, string>(fields ?? []) { ["__RequestVerificationToken"] = token });
            return await client.PostAsync(postUrl, content);
        }));
        Assert.All(answers, a => Assert.True(a.StatusCode == HttpStatusCode.Redirect, $"{postUrl} answered {(int)a.StatusCode}"));
    }

    private Task<int> NominationAsync(string name, NominationStatus until) => TestNominations.AddAsync(factory, name, until);

    [Fact]
    public async Task Twenty_signings_make_one_decision_one_set_of_certificate_numbers_and_tell_each_unit_once()
    {
        var ids = new[] { await NominationAsync("Đào Thị Một", NominationStatus.Approved), await NominationAsync("Đào Thị Hai", NominationStatus.Approved) };
        var chairman = await AsAsync("chutich@nlb.example");
        var notes = await factory.WithDatabaseAsync(db => db.Notifications.CountAsync());
        var issued = await factory.WithDatabaseAsync(db => db.IssuedDocuments.CountAsync());

        await RaceAsync(chairman, "/Awards/2025", "/Awards/2025/Decision", new() { ["signer"] = "Chairman" });

        var decision = await factory.WithDatabaseAsync(db => db.AwardDecisions.Include(d => d.Lines).SingleAsync(d => d.Lines.Any(l => ids.Contains(l.NominationId))));
        Assert.Equal(1, await factory.WithDatabaseAsync(db => db.AwardDecisions.CountAsync()));
        Assert.Equal(1, await factory.WithDatabaseAsync(db => db.DocumentRegister.CountAsync(d => d.TypeCode == "QĐ")));
        Assert.Equal(2, await factory.WithDatabaseAsync(db => db.DocumentRegister.CountAsync(d => d.TypeCode == "GK")));
        Assert.Equal(issued + 3, await factory.WithDatabaseAsync(db => db.IssuedDocuments.CountAsync()));
        var unitUsers = await factory.WithDatabaseAsync(db => db.Users.CountAsync(u => u.UnitId == db.Units.Select(x => x.Id).First()));
        Assert.Equal(notes + unitUsers, await factory.WithDatabaseAsync(db => db.Notifications.CountAsync()));

        // Twenty corrections of that decision: one replacement.
        await RaceAsync(chairman, "/Awards/2025", $"/Awards/2025/Decision/{Id(decision.Id)}/Correct", new()
        {
            ["signer"] = "Chairman", ["reason"] = "Sai chức vụ.", ["keep"] = Id(decision.Lines.First().Id),
        });
        Assert.Equal(1, await factory.WithDatabaseAsync(db => db.AwardDecisions.CountAsync(d => d.CorrectsDecisionId == decision.Id)));
        Assert.Equal(2, await factory.WithDatabaseAsync(db => db.DocumentRegister.CountAsync(d => d.TypeCode == "QĐ")));
    }

    [Fact]
    public async Task Twenty_takeovers_of_a_proposal_make_one_nomination_and_twenty_postings_post_it_once()
    {
        var proposal = await factory.WithDatabaseAsync(db => db.Set<Domain.Reports.ProposedCommendation>().Where(p => p.NomineeName == "Phạm Minh Đức").Select(p => p.Id).FirstAsync());
        var reviewer = await AsAsync("chuyenvien@nlb.example");

        await RaceAsync(reviewer, "/Nominations/2025", $"/Nominations/2025/FromProposal/{Id(proposal)}");

        var id = await factory.WithDatabaseAsync(db => db.Nominations.Where(n => n.ProposedCommendationId == proposal).Select(n => n.Id).SingleAsync());
        Assert.Equal(1, await factory.WithDatabaseAsync(db => db.AuditEntries.CountAsync(a => a.Action == "Lập đề nghị khen thưởng" && a.EntityId == Id(id))));

        await RaceAsync(reviewer, "/Nominations/2025", $"/Nominations/2025/{Id(id)}/Post");
        Assert.Equal(1, await factory.WithDatabaseAsync(db => db.Set<NominationStatusChange>().CountAsync(h => h.NominationId == id && h.To == NominationStatus.Posted)));
        Assert.Equal(1, await factory.WithDatabaseAsync(db => db.AuditEntries.CountAsync(a => a.Action == "Công khai đề nghị khen thưởng" && a.EntityId == Id(id))));
    }

    [Fact]
    public async Task Twenty_approvals_approve_once_and_twenty_closings_number_the_minutes_once()
    {
        var approved = await NominationAsync("Đào Văn Ba", NominationStatus.CouncilPassed);
        var chairman = await AsAsync("chutich@nlb.example");
        await RaceAsync(chairman, "/Approvals", $"/Approvals/{Id(approved)}/Approve");
        Assert.Equal(1, await factory.WithDatabaseAsync(db => db.Set<NominationStatusChange>().CountAsync(h => h.NominationId == approved && h.To == NominationStatus.Approved)));
        Assert.Equal(1, await factory.WithDatabaseAsync(db => db.AuditEntries.CountAsync(a => a.Action == "Phê duyệt khen thưởng" && a.EntityId == Id(approved))));

        var posted = await NominationAsync("Đào Văn Bốn", NominationStatus.Posted);
        var reviewer = await AsAsync("chuyenvien@nlb.example");
        var opened = await HtmlForm.Parse(await reviewer.GetStringAsync("/Council/New?round=2025"), "session-form").PostAsync(reviewer);
        var session = opened.Headers.Location!.OriginalString;
        foreach (var email in new[] { "hoidong1@nlb.example", "hoidong2@nlb.example", "hoidong3@nlb.example" })
        {
            var member = await AsAsync(email);
            await HtmlForm.Parse(await member.GetStringAsync(session), $"vote-{Id(posted)}").PostAsync(member, "choice", "Agree");
        }

        await RaceAsync(reviewer, session, $"{session}/Close");
        Assert.Equal(1, await factory.WithDatabaseAsync(db => db.DocumentRegister.CountAsync(d => d.TypeCode == "BB")));
        Assert.Equal(1, await factory.WithDatabaseAsync(db => db.Set<NominationStatusChange>().CountAsync(h => h.NominationId == posted && h.To == NominationStatus.CouncilPassed)));

        // Twenty tờ trình: one, and no second while nobody new has passed the council.
        await RaceAsync(reviewer, "/Awards/2025", "/Awards/2025/Proposal");
        Assert.Equal(1, await factory.WithDatabaseAsync(db => db.DocumentRegister.CountAsync(d => d.TypeCode == "TTr")));
        Assert.Equal(1, await factory.WithDatabaseAsync(db => db.Submissions.CountAsync()));
    }

    [Fact]
    public async Task Twenty_votes_of_one_member_at_once_store_one_vote_audited_once_and_tell_the_rest_it_was_cast()
    {
        var posted = await NominationAsync("Đào Văn Năm", NominationStatus.Posted);
        var reviewer = await AsAsync("chuyenvien@nlb.example");
        // A session of this nominee alone (another test's nominee may still be under posting), all members present.
        var members = await factory.WithDatabaseAsync(db => db.Users.Where(u => u.Email!.StartsWith("hoidong") || u.Email == "chutich@nlb.example").OrderBy(u => u.Email).Select(u => u.Id).ToListAsync());
        var opened = await reviewer.PostFormAsync("/Council/New?round=2025", "/Council/New?round=2025",
            members.Select(m => new KeyValuePair<string, string>("present", m)).Concat(new Dictionary<string, string>
            {
                ["place"] = "Hội trường", ["nominations"] = Id(posted), ["chair"] = members[0], ["secretary"] = members[1],
            }));
        var session = opened.Headers.Location!.OriginalString;
        var sessionId = int.Parse(session.Split('/')[^1], CultureInfo.InvariantCulture);
        var member = await AsAsync("hoidong1@nlb.example");
        var memberId = await factory.WithDatabaseAsync(db => db.Users.Where(u => u.Email == "hoidong1@nlb.example").Select(u => u.Id).SingleAsync());

        await RaceAsync(member, session, $"{session}/Vote", new() { ["nominationId"] = Id(posted), ["choice"] = "Agree" });

        Assert.Equal(1, await factory.WithDatabaseAsync(db => db.CouncilSessions.Where(s => s.Id == sessionId)
            .SelectMany(s => s.Votes).CountAsync(v => v.NominationId == posted && v.MemberUserId == memberId)));
        Assert.Equal(1, await factory.WithDatabaseAsync(db => db.AuditEntries.CountAsync(a => a.Action == "Biểu quyết" && a.EntityId == Id(sessionId) && a.Details == $"Đề nghị {Id(posted)}")));
        var twice = await member.PostFormAsync(session, $"{session}/Vote", new Dictionary<string, string> { ["nominationId"] = Id(posted), ["choice"] = "Disagree" });
        Assert.Contains("mỗi thành viên chỉ biểu quyết một lần", await member.GetStringAsync(twice.Headers.Location!.OriginalString));
    }

    [Fact]
    public async Task Twenty_acceptances_of_a_report_accept_it_once_and_twenty_confirmations_notify_once()
    {
        var report = await factory.WithDatabaseAsync(db => db.AnnualReports.Where(r => r.Year == 2026 && r.Status == Domain.Reports.ReportStatus.Submitted).Select(r => new { r.Id, r.UnitId }).FirstAsync());
        var reviewer = await AsAsync("chuyenvien@nlb.example");
        var notes = await factory.WithDatabaseAsync(db => db.Notifications.CountAsync());

        await RaceAsync(reviewer, "/Review?year=2026", $"/Review/Accept/{Id(report.Id)}");

        Assert.Equal(1, await factory.WithDatabaseAsync(db => db.ReportStatusChanges.CountAsync(h => h.AnnualReportId == report.Id && h.To == Domain.Reports.ReportStatus.Accepted)));
        var unitUsers = await factory.WithDatabaseAsync(db => db.Users.CountAsync(u => u.UnitId == report.UnitId));
        Assert.Equal(notes + unitUsers, await factory.WithDatabaseAsync(db => db.Notifications.CountAsync()));

        var submitted = await factory.WithDatabaseAsync(async db =>
        {
            var unit = await db.Units.Where(u => !db.Registrations.Any(r => r.UnitId == u.Id && r.Year == 2026)).Select(u => u.Id).FirstAsync();
            var fresh = new Domain.Registrations.EmulationRegistration(unit, 2026, Tester, factory.Clock.GetUtcNow());
            var indicator = await db.Indicators.FirstAsync(i => i.Code == "CP01");
            fresh.Commit([indicator.ContentAreaId], [(indicator, 90m)], factory.Clock.GetUtcNow());
            fresh.Submit(Tester, factory.Clock.GetUtcNow());
            db.Registrations.Add(fresh);
            await db.SaveChangesAsync();
            return new { fresh.Id, fresh.UnitId };
        });
        notes = await factory.WithDatabaseAsync(db => db.Notifications.CountAsync());

        await RaceAsync(reviewer, $"/Review/Registrations/{Id(submitted.Id)}", $"/Review/Registrations/{Id(submitted.Id)}/Confirm");

        var users = await factory.WithDatabaseAsync(db => db.Users.CountAsync(u => u.UnitId == submitted.UnitId));
        Assert.Equal(notes + users, await factory.WithDatabaseAsync(db => db.Notifications.CountAsync()));
        Assert.Equal(1, await factory.WithDatabaseAsync(db => db.AuditEntries.CountAsync(a => a.Action == "Xác nhận đăng ký thi đua" && a.EntityId == $"{submitted.UnitId}/2026")));
    }

    [Fact]
    public async Task Twenty_approvals_of_the_consolidated_report_give_it_one_number()
    {
        var reviewer = await AsAsync("chuyenvien@nlb.example");
        await HtmlForm.Parse(await reviewer.GetStringAsync("/Consolidation/2025"), "assessment-form")
            .Set("Strengths", "Ưu điểm.").Set("Limitations", "Hạn chế.").Set("TasksAhead", "Nhiệm vụ.").Set("Recommendations", "Kiến nghị.").PostAsync(reviewer);
        await HtmlForm.Parse(await reviewer.GetStringAsync("/Consolidation/2025"), "submit-form").PostAsync(reviewer);
        var chairman = await AsAsync("chutich@nlb.example");

        await RaceAsync(chairman, "/Consolidation/2025", "/Consolidation/2025/Ky", new() { ["signer"] = "ViceChairman" });

        Assert.Equal(1, await factory.WithDatabaseAsync(db => db.DocumentRegister.CountAsync(d => d.TypeCode == "BC")));
        Assert.Equal("01/BC-UBND", await factory.WithDatabaseAsync(db => db.ConsolidatedReports.Where(r => r.RoundYear == 2025).Select(r => r.Number).SingleAsync()));
    }
}
