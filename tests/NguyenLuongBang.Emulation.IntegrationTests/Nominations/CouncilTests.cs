using System.Net;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;

namespace NguyenLuongBang.Emulation.IntegrationTests.Nominations;

public class CouncilTests(BlankRoundPortalFactory factory) : IClassFixture<BlankRoundPortalFactory>
{
    [Fact]
    public async Task Posted_nominee_goes_to_a_session_members_vote_once_and_closing_decides_by_the_threshold()
    {
        var reviewer = factory.CreatePortalClient();
        await reviewer.SignInAsync("chuyenvien@nlb.example");
        var proposalId = await factory.WithDatabaseAsync(db => db.Set<Domain.Reports.ProposedCommendation>().Where(p => p.NomineeName == "Nguyễn Thị Hằng").Select(p => p.Id).FirstAsync());
        await reviewer.PostFormAsync("/Nominations/2025", $"/Nominations/2025/FromProposal/{proposalId}", new Dictionary<string, string>());
        var nominationId = await factory.WithDatabaseAsync(db => db.Nominations.Where(n => n.ProposedCommendationId == proposalId).Select(n => n.Id).SingleAsync());
        await reviewer.PostFormAsync("/Nominations/2025", $"/Nominations/2025/{nominationId}/Post", new Dictionary<string, string>());

        // The council takes a nominee only once the public posting (7 days) has ended.
        var early = await HtmlForm.Parse(await reviewer.GetStringAsync("/Council/New?round=2025"), "session-form").Set("heldOn", "2026-11-26").PostAsync(reviewer);
        Assert.Contains("chỉ trình Hội đồng sau khi hết thời gian công khai", System.Net.WebUtility.HtmlDecode(await early.Content.ReadAsStringAsync()));
        Assert.Equal(NominationStatus.Posted, await factory.WithDatabaseAsync(db => db.Nominations.Where(n => n.Id == nominationId).Select(n => n.Status).SingleAsync()));
        factory.Clock.Advance(TimeSpan.FromDays(8));
        await reviewer.SignInAsync("chuyenvien@nlb.example"); // a week later: a new working day, a new sign-in

        var opened = await HtmlForm.Parse(await reviewer.GetStringAsync("/Council/New?round=2025"), "session-form").Set("heldOn", "2026-11-26").PostAsync(reviewer);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var sessionUrl = opened.Headers.Location!.OriginalString;
        Assert.Equal(NominationStatus.InCouncil, await factory.WithDatabaseAsync(db => db.Nominations.Where(n => n.Id == nominationId).Select(n => n.Status).SingleAsync()));

        foreach (var (email, choice) in new[] { ("hoidong1@nlb.example", "Agree"), ("hoidong2@nlb.example", "Agree"), ("chutich@nlb.example", "Agree"), ("hoidong3@nlb.example", "Disagree") })
        {
            var member = factory.CreatePortalClient();
            await member.SignInAsync(email);
            var vote = HtmlForm.Parse(await member.GetStringAsync(sessionUrl), $"vote-{nominationId}");
            Assert.Equal(HttpStatusCode.Redirect, (await vote.PostAsync(member, "choice", choice)).StatusCode);
            if (email == "hoidong1@nlb.example")
            {
                Assert.Contains("Bạn đã biểu quyết: <strong>Đồng ý</strong>", await member.GetStringAsync(sessionUrl));
                var twice = await member.PostFormAsync(sessionUrl, $"{sessionUrl}/Vote", new Dictionary<string, string> { ["nominationId"] = nominationId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["choice"] = "Disagree" });
                Assert.Contains("chỉ biểu quyết một lần", await member.GetStringAsync(twice.Headers.Location!.OriginalString));
                Assert.Equal(HttpStatusCode.Forbidden, (await member.PostFormAsync(sessionUrl, $"{sessionUrl}/Close", new Dictionary<string, string>())).StatusCode);
            }
        }

        await HtmlForm.Parse(await reviewer.GetStringAsync(sessionUrl), "close-form").PostAsync(reviewer);

        var nomination = await factory.WithDatabaseAsync(db => db.Nominations.SingleAsync(n => n.Id == nominationId));
        Assert.Equal(NominationStatus.CouncilPassed, nomination.Status);
        Assert.Equal("3 đồng ý, 1 không đồng ý, 0 không tham gia biểu quyết", nomination.CouncilSummary);
        var page = await reviewer.GetStringAsync(sessionUrl);
        Assert.Contains("Thông qua — 3 đồng ý", page);
        Assert.DoesNotContain("Đặng Văn Hùng", page);

        // A council member cannot approve; the chairman approves; the public honour board shows the awardee.
        var councillor = factory.CreatePortalClient();
        await councillor.SignInAsync("hoidong2@nlb.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await councillor.GetAsync("/Approvals")).StatusCode);
        var anonymous = factory.CreatePortalClient();
        Assert.DoesNotContain("Nguyễn Thị Hằng", await anonymous.GetStringAsync("/Vinh-danh"));

        var chairman = factory.CreatePortalClient();
        await chairman.SignInAsync("chutich@nlb.example");
        var decide = HtmlForm.Parse(await chairman.GetStringAsync("/Approvals"), $"decide-{nominationId}").Set("comment", "Đồng ý khen thưởng.");
        Assert.Equal(HttpStatusCode.Redirect, (await decide.PostAsync(chairman, "approve", "true")).StatusCode);

        Assert.Equal(NominationStatus.Approved, await factory.WithDatabaseAsync(db => db.Nominations.Where(n => n.Id == nominationId).Select(n => n.Status).SingleAsync()));
        var board = await anonymous.GetAsync("/Vinh-danh");
        Assert.Equal(HttpStatusCode.OK, board.StatusCode);
        var boardHtml = await board.Content.ReadAsStringAsync();
        Assert.Contains("Nguyễn Thị Hằng", boardHtml);
        Assert.Contains("Năm 2025", boardHtml);
    }

    [Theory]
    [InlineData("/Council/New")]
    [InlineData("/Council/New?round=abc")]
    [InlineData("/Council/New?round=2031")]
    public async Task Opening_a_session_for_no_round_is_not_found(string url)
    {
        var reviewer = factory.CreatePortalClient();
        await reviewer.SignInAsync("chuyenvien@nlb.example");

        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync("/Council/New?round=so-ket-2027")).StatusCode);
    }

    [Fact]
    public async Task A_session_is_never_stuck_attendance_is_corrected_before_the_first_vote_and_a_session_can_be_adjourned()
    {
        var reviewer = factory.CreatePortalClient();
        await reviewer.SignInAsync("chuyenvien@nlb.example");
        var proposalId = await factory.WithDatabaseAsync(db => db.Set<Domain.Reports.ProposedCommendation>().Where(p => p.NomineeName == "Lê Thị Mai").Select(p => p.Id).FirstAsync());
        await reviewer.PostFormAsync("/Nominations/2025", $"/Nominations/2025/FromProposal/{proposalId}", new Dictionary<string, string>());
        var nominationId = await factory.WithDatabaseAsync(db => db.Nominations.Where(n => n.ProposedCommendationId == proposalId).Select(n => n.Id).SingleAsync());
        await reviewer.PostFormAsync("/Nominations/2025", $"/Nominations/2025/{nominationId}/Post", new Dictionary<string, string>());
        factory.Clock.Advance(TimeSpan.FromDays(8));
        await reviewer.SignInAsync("chuyenvien@nlb.example");
        var members = await factory.WithDatabaseAsync(db => db.Users.Where(u => u.Email!.StartsWith("hoidong") || u.Email == "chutich@nlb.example").OrderBy(u => u.Email).Select(u => u.Id).ToListAsync());

        // Below quorum (1 of 4 present) a session is not opened at all.
        var sessions = await factory.WithDatabaseAsync(db => db.CouncilSessions.CountAsync());
        var form = HtmlForm.Parse(await reviewer.GetStringAsync("/Council/New?round=2025"), "session-form");
        var low = await reviewer.PostFormAsync("/Council/New?round=2025", "/Council/New?round=2025", new Dictionary<string, string>
        {
            ["heldOn"] = "2026-12-04", ["place"] = "Hội trường", ["nominations"] = nominationId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["present"] = members[0], ["chair"] = members[0], ["secretary"] = members[1],
        });
        Assert.Contains("không đủ số thành viên tham dự", System.Net.WebUtility.HtmlDecode(await low.Content.ReadAsStringAsync()));
        Assert.Equal(sessions, await factory.WithDatabaseAsync(db => db.CouncilSessions.CountAsync()));

        var opened = await form.Set("heldOn", "2026-12-04").PostAsync(reviewer);
        var sessionUrl = opened.Headers.Location!.OriginalString;
        var sessionId = int.Parse(sessionUrl.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);

        // Before the first vote the attendance is corrected (hoidong3 left); after it, no more.
        var chair = await factory.WithDatabaseAsync(db => db.CouncilSessions.Where(s => s.Id == sessionId).Select(s => new { s.ChairUserId, s.SecretaryUserId }).SingleAsync());
        var stay = members.Where(m => m != members[2] || m == chair.ChairUserId || m == chair.SecretaryUserId).ToList();
        await reviewer.PostFormAsync(sessionUrl, $"{sessionUrl}/Attendance", stay.Select(m => new KeyValuePair<string, string>("present", m)));
        Assert.Equal(stay.Count, await factory.WithDatabaseAsync(db => db.CouncilSessions.Where(s => s.Id == sessionId).Select(s => s.Present.Count).SingleAsync()));

        var voter = factory.CreatePortalClient();
        await voter.SignInAsync("chutich@nlb.example");
        await HtmlForm.Parse(await voter.GetStringAsync(sessionUrl), $"vote-{nominationId}").PostAsync(voter, "choice", "Agree");
        Assert.DoesNotContain("attendance-form", await reviewer.GetStringAsync(sessionUrl));
        await reviewer.PostFormAsync(sessionUrl, $"{sessionUrl}/Attendance", members.Select(m => new KeyValuePair<string, string>("present", m)));
        Assert.Contains("không sửa được danh sách có mặt", System.Net.WebUtility.HtmlDecode(await reviewer.GetStringAsync(sessionUrl)));

        // Adjourned with a reason: the nominee is back on the posted list for another session.
        var adjourned = await HtmlForm.Parse(await reviewer.GetStringAsync(sessionUrl), "adjourn-form").Set("reason", "Chủ tịch Hội đồng đi công tác đột xuất.").PostAsync(reviewer);
        Assert.Equal(HttpStatusCode.Redirect, adjourned.StatusCode);
        Assert.Equal(NominationStatus.Posted, await factory.WithDatabaseAsync(db => db.Nominations.Where(n => n.Id == nominationId).Select(n => n.Status).SingleAsync()));
        Assert.Equal(Domain.Council.CouncilSessionStatus.Adjourned, await factory.WithDatabaseAsync(db => db.CouncilSessions.Where(s => s.Id == sessionId).Select(s => s.Status).SingleAsync()));
        Assert.Contains("Lê Thị Mai", await reviewer.GetStringAsync("/Council/New?round=2025"));
        Assert.True(await factory.WithDatabaseAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "Hoãn phiên họp Hội đồng" && a.Details == "Chủ tịch Hội đồng đi công tác đột xuất.")));
    }
}
