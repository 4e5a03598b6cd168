using System.Net;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;

namespace NguyenLuongBang.Emulation.IntegrationTests.Nominations;

public class NominationTests(BlankRoundPortalFactory factory) : IClassFixture<BlankRoundPortalFactory>
{
    [Fact]
    public async Task Reviewer_takes_over_a_units_proposal_sees_its_eligibility_records_discipline_and_posts_it()
    {
        var reviewer = factory.CreatePortalClient();
        await reviewer.SignInAsync("chuyenvien@nlb.example");
        var page = await reviewer.GetStringAsync("/Nominations/2025");
        Assert.Contains("Nguyễn Thị Hằng", page);

        var proposalId = await factory.WithDatabaseAsync(db => db.Set<Domain.Reports.ProposedCommendation>().Where(p => p.NomineeName == "Nguyễn Thị Hằng").Select(p => p.Id).FirstAsync());
        var taken = await reviewer.PostFormAsync("/Nominations/2025", $"/Nominations/2025/FromProposal/{proposalId}", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        var again = await reviewer.PostFormAsync("/Nominations/2025", $"/Nominations/2025/FromProposal/{proposalId}", new Dictionary<string, string>());
        Assert.Contains("đã được đưa vào danh sách", await reviewer.GetStringAsync(again.Headers.Location!.OriginalString));

        var nomination = await factory.WithDatabaseAsync(db => db.Nominations.SingleAsync(n => n.ProposedCommendationId == proposalId));
        Assert.Equal(NominationStatus.Draft, nomination.Status);
        Assert.Equal("nguyen thi hang", nomination.SearchName);
        var list = await reviewer.GetStringAsync("/Nominations/2025");
        Assert.Contains("<strong>Báo cáo năm 2025</strong> — Đạt", list);

        await reviewer.PostFormAsync("/Nominations/2025", $"/Nominations/2025/{nomination.Id}/Discipline", new Dictionary<string, string> { ["underDiscipline"] = "true", ["note"] = "Đang xem xét khiếu nại." });
        Assert.Contains("<strong>Kỷ luật, điều tra, khiếu nại</strong> — Không đạt", await reviewer.GetStringAsync("/Nominations/2025"));

        // A failing line: posted only once the reviewer confirms it (issue 34, ADR-0033).
        var unconfirmed = await reviewer.PostFormAsync("/Nominations/2025", $"/Nominations/2025/{nomination.Id}/Post", new Dictionary<string, string>());
        Assert.Contains("có điều kiện không đạt", System.Net.WebUtility.HtmlDecode(await reviewer.GetStringAsync(unconfirmed.Headers.Location!.OriginalString)));
        Assert.Equal(NominationStatus.Draft, await factory.WithDatabaseAsync(db => db.Nominations.Where(n => n.Id == nomination.Id).Select(n => n.Status).SingleAsync()));

        var posted = await reviewer.PostFormAsync("/Nominations/2025", $"/Nominations/2025/{nomination.Id}/Post", new Dictionary<string, string> { ["confirmFailing"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var stored = await factory.WithDatabaseAsync(db => db.Nominations.SingleAsync(n => n.Id == nomination.Id));
        Assert.Equal(NominationStatus.Posted, stored.Status);
        Assert.Equal(PortalFactory.Start.AddDays(7), stored.PostedUntil);
        Assert.True(await factory.WithDatabaseAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "Công khai đề nghị khen thưởng")));
    }

    [Theory]
    [InlineData("vanphong@nlb.example")]
    [InlineData("hoidong1@nlb.example")]
    [InlineData("chutich@nlb.example")]
    public async Task Only_reviewers_manage_nominations(string email)
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync(email);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Nominations/2025")).StatusCode);
    }
}
