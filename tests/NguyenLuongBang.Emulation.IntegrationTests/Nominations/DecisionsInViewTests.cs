using System.Net;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Council;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;

namespace NguyenLuongBang.Emulation.IntegrationTests.Nominations;

/// <summary>
/// Issue 34, the council's vote and the chairman's desk on the demo: a member votes with the
/// nominee's facts in view and then sees their own vote; home counts and to-dos are true and lead
/// where the thing is done; the chairman previews the decision without taking a number; each signer
/// lists what they signed.
/// </summary>
public class DecisionsInViewTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task<int> OpenSessionAsync() =>
        factory.WithDatabaseAsync(db => db.CouncilSessions.Where(s => s.Status == CouncilSessionStatus.Open).Select(s => s.Id).SingleAsync());

    private static async Task<string> PageAsync(HttpClient client, string url) => WebUtility.HtmlDecode(await client.GetStringAsync(url));

    private async Task<HttpClient> AsAsync(string email)
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync(email);
        return client;
    }

    [Fact]
    public async Task A_member_sees_each_nominees_unit_achievement_checks_and_posting_outcome_with_the_same_queries_for_two_nominees_or_six()
    {
        var member = await AsAsync("hoidong3@nlb.example");
        var open = await OpenSessionAsync();
        var page = await PageAsync(member, $"/Council/{open}");

        Assert.Contains("Lương Thị Duyên", page);
        Assert.Contains("Trưởng thôn · Thôn Nam", page);
        Assert.Contains("Vận động 100% hộ kinh doanh của thôn dùng thanh toán không dùng tiền mặt", page);
        Assert.Contains("Điều kiện khen thưởng:</strong>", page);
        Assert.Contains("Kỷ luật, điều tra, khiếu nại — ", page);
        Assert.Contains("Kết quả công khai:</strong> không có ý kiến phản ánh", page);

        // The finished 2025 session had six nominees, today's two: the page asks the database the same number of times.
        var closed = await factory.WithDatabaseAsync(db => db.CouncilSessions.Where(s => s.Status == CouncilSessionStatus.Closed).Select(s => s.Id).FirstAsync());
        await member.GetStringAsync($"/Council/{closed}");
        factory.Commands.Reset();
        await member.GetStringAsync($"/Council/{open}");
        var forTwo = factory.Commands.Count;
        factory.Commands.Reset();
        var closedPage = await PageAsync(member, $"/Council/{closed}");
        Assert.Equal(forTwo, factory.Commands.Count);
        Assert.Equal(6, await factory.WithDatabaseAsync(db => db.CouncilSessions.Where(s => s.Id == closed).Select(s => s.Agenda.Count).SingleAsync()));
        Assert.Contains("Tổ công nghệ số cộng đồng thôn Đông", closedPage);
        Assert.Contains("Thôn Đông", closedPage);
    }

    [Fact]
    public async Task An_objection_and_how_it_was_settled_show_beside_the_vote()
    {
        var open = await OpenSessionAsync();
        var nominationId = await factory.WithDatabaseAsync(async db =>
        {
            var nomination = await db.Nominations.Include(n => n.Objections).SingleAsync(n => n.NomineeName == "Lương Thị Duyên");
            var now = factory.Clock.GetUtcNow();
            nomination.RecordObjection("Một người dân", "Thôn chưa đưa đủ 3 sản phẩm lên sàn thương mại điện tử.", new DateOnly(2026, 11, 20), TestNominations.Tester, now);
            await db.SaveChangesAsync();
            nomination.ResolveObjection(nomination.Objections.Single().Id, "Đã xác minh: 3 sản phẩm có trên sàn từ tháng 9/2026.", TestNominations.Tester, now);
            await db.SaveChangesAsync();
            return nomination.Id;
        });

        var page = await PageAsync(await AsAsync("hoidong3@nlb.example"), $"/Council/{open}");
        var card = page[page.IndexOf($"id=\"nominee-{nominationId}\"", StringComparison.Ordinal)..];
        Assert.Contains("Kết quả công khai:</strong> 1 ý kiến phản ánh, đã giải quyết 1", card);
        Assert.Contains("Thôn chưa đưa đủ 3 sản phẩm lên sàn thương mại điện tử.", card);
        Assert.Contains("Đã giải quyết: Đã xác minh: 3 sản phẩm có trên sàn từ tháng 9/2026.", card);
        Assert.DoesNotContain("Một người dân", card);
    }

    [Fact]
    public async Task After_voting_on_everything_a_member_sees_each_own_vote_and_the_home_page_no_longer_counts_the_session()
    {
        var open = await OpenSessionAsync();
        var (email, userId, agenda) = await factory.WithDatabaseAsync(async db =>
        {
            var voted = await db.CouncilSessions.Where(s => s.Id == open).SelectMany(s => s.Votes).Select(v => v.MemberUserId).Distinct().ToListAsync();
            var present = await db.CouncilSessions.Where(s => s.Id == open).SelectMany(s => s.Present).Select(p => p.MemberUserId).ToListAsync();
            var waiting = await db.Users.Where(u => present.Contains(u.Id) && !voted.Contains(u.Id)).OrderBy(u => u.Email).Select(u => new { u.Email, u.Id }).FirstAsync();
            return (waiting.Email!, waiting.Id, await db.CouncilSessions.Where(s => s.Id == open).SelectMany(s => s.Agenda).Select(a => a.NominationId).ToListAsync());
        });
        var member = await AsAsync(email);
        var home = await PageAsync(member, "/");
        Assert.Contains($"<a href=\"/Council/{open}\">Có 1 phiên họp đang mở chờ bạn biểu quyết.</a>", home);

        var choices = new[] { "Agree", "Disagree" };
        for (var i = 0; i < agenda.Count; i++)
        {
            var vote = HtmlForm.Parse(await member.GetStringAsync($"/Council/{open}"), $"vote-{agenda[i]}");
            Assert.Equal(HttpStatusCode.Redirect, (await vote.PostAsync(member, "choice", choices[i % 2])).StatusCode);
        }

        var session = await PageAsync(member, $"/Council/{open}");
        Assert.Contains("Bạn đã biểu quyết: <strong>Đồng ý</strong>", session);
        Assert.Contains("Bạn đã biểu quyết: <strong>Không đồng ý</strong>", session);
        Assert.DoesNotContain("id=\"vote-", session);
        home = await PageAsync(member, "/");
        Assert.DoesNotContain("phiên họp đang mở chờ bạn biểu quyết", home);
        Assert.Contains("Không có phiên họp nào đang chờ bạn biểu quyết.", home);
        var sessionKey = open.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(agenda.Count, await factory.WithDatabaseAsync(db => db.AuditEntries.CountAsync(a => a.Action == "Biểu quyết" && a.EntityId == sessionKey && a.UserId == userId)));
    }

    [Fact]
    public async Task The_chairman_previews_the_decision_as_a_draft_with_the_names_and_no_number_is_taken()
    {
        var id = await TestNominations.AddAsync(factory, "Trịnh Văn Xem", NominationStatus.Approved);
        var chairman = await AsAsync("chutich@nlb.example");
        var home = await PageAsync(chairman, "/");
        Assert.Contains("<a href=\"/Awards/2025#decision\">Có 1 tập thể, cá nhân (Năm 2025) đã phê duyệt chờ ký quyết định khen thưởng.</a>", home);
        var awards = await PageAsync(chairman, "/Awards/2025");
        Assert.Contains("href=\"/Awards/2025/Decision/Preview.pdf\"", awards);
        Assert.True(awards.IndexOf("Xem trước văn bản (PDF)", StringComparison.Ordinal) < awards.IndexOf("Ký và ban hành quyết định", StringComparison.Ordinal));

        var before = await factory.WithDatabaseAsync(async db => (await db.DocumentRegister.CountAsync(), await db.IssuedDocuments.CountAsync(), await db.StoredFiles.CountAsync(), await db.AwardDecisions.CountAsync()));
        var preview = await chairman.GetAsync("/Awards/2025/Decision/Preview.pdf");
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal("application/pdf", preview.Content.Headers.ContentType?.MediaType);
        var text = await preview.PdfTextAsync();
        Assert.Contains("DỰ THẢO", text);
        Assert.Contains("QUYẾT ĐỊNH", text);
        Assert.True(text.Contains("Trịnh Văn Xem", StringComparison.Ordinal), text);
        Assert.Contains("/QĐ-UBND", text);
        Assert.Equal(before, await factory.WithDatabaseAsync(async db => (await db.DocumentRegister.CountAsync(), await db.IssuedDocuments.CountAsync(), await db.StoredFiles.CountAsync(), await db.AwardDecisions.CountAsync())));

        // Signing then issues the same list under the register's next number.
        var next = await factory.WithDatabaseAsync(db => db.DocumentRegister.Where(r => r.TypeCode == "QĐ" && r.Year == 2026).CountAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForm.Parse(await chairman.GetStringAsync("/Awards/2025"), "decision-form").PostAsync(chairman)).StatusCode);
        var issued = await factory.WithDatabaseAsync(db => db.AwardDecisions.Where(d => d.Lines.Any(l => l.NominationId == id)).Select(d => d.Number).SingleAsync());
        Assert.Equal(next + 1, await factory.WithDatabaseAsync(db => db.DocumentRegister.Where(r => r.TypeCode == "QĐ" && r.Year == 2026).CountAsync()));
        Assert.DoesNotContain("chờ ký quyết định khen thưởng", await PageAsync(chairman, "/"));
        Assert.Contains(issued, await PageAsync(chairman, "/Van-ban-da-ky"));

        // Nothing left to decide: the preview says so on the round's page instead of drawing an empty decision.
        var none = await chairman.GetAsync("/Awards/2025/Decision/Preview.pdf");
        Assert.Equal(HttpStatusCode.Redirect, none.StatusCode);
        Assert.Contains("Không có tập thể, cá nhân nào đã được phê duyệt mà chưa có quyết định khen thưởng.", await PageAsync(chairman, none.Headers.Location!.OriginalString));
    }

    [Fact]
    public async Task The_chairmans_and_the_reviewers_home_to_dos_are_links_to_where_they_are_done()
    {
        await TestNominations.AddAsync(factory, "Đinh Thị Chờ Duyệt", NominationStatus.CouncilPassed);
        var waiting = await factory.WithDatabaseAsync(db => db.Nominations.CountAsync(n => n.Status == NominationStatus.CouncilPassed || n.Status == NominationStatus.CouncilRejected));
        var chairman = await AsAsync("chutich@nlb.example");
        var home = await PageAsync(chairman, "/");
        Assert.Contains($"<a href=\"/Approvals\">Có {waiting} đề nghị đã qua Hội đồng chờ Chủ tịch phê duyệt.</a>", home);
        Assert.Contains("Đinh Thị Chờ Duyệt", await PageAsync(chairman, "/Approvals"));
        Assert.Contains("href=\"/Consolidation/2026\"", home[..home.IndexOf("<main", StringComparison.Ordinal)]); // Tổng hợp in his menu
        Assert.Equal(HttpStatusCode.OK, (await chairman.GetAsync("/Consolidation/2026")).StatusCode);

        var reviewer = await AsAsync("chuyenvien@nlb.example");
        var counts = await PageAsync(reviewer, "/");
        foreach (var (label, stage) in new[] { ("Chưa bắt đầu", "NotStarted"), ("Đang soạn / bổ sung", "InProgress"), ("Chờ xem xét", "AwaitingReview"), ("Đã tiếp nhận", "Accepted"), ("Nộp muộn", "Late") })
        {
            Assert.Contains($"<a class=\"small stretched-link\" href=\"/Review?year=2026&stage={stage}\">{label}</a>", counts);
        }
    }

    [Fact]
    public async Task Each_signer_lists_what_they_signed_newest_first_and_opens_only_their_own()
    {
        var chairman = await AsAsync("chutich@nlb.example");
        var list = await PageAsync(chairman, "/Van-ban-da-ky");
        string[] signed = ["187/TTr-UBND", "236/BC-UBND", "412/QĐ-UBND", "03/BB-HĐTĐKT"];
        var positions = signed.Select(number => list.IndexOf(number, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order().ToList(), positions); // newest first: the tờ trình to the city and the report of 30/12, the decision of 29/12, the minutes of 28/12
        Assert.DoesNotContain("14/TTr-VHXH", list);
        Assert.DoesNotContain("/GK-UBND", list);

        var reviewer = await AsAsync("chuyenvien@nlb.example");
        var own = await PageAsync(reviewer, "/Van-ban-da-ky");
        Assert.Contains("14/TTr-VHXH", own);
        Assert.DoesNotContain("03/BB-HĐTĐKT", own);
        Assert.Contains("03/BB-HĐTĐKT", await PageAsync(await AsAsync("hoidong1@nlb.example"), "/Van-ban-da-ky")); // the secretary

        var decision = await factory.WithDatabaseAsync(db => db.IssuedDocuments.Where(d => d.Number == "412/QĐ-UBND").Select(d => d.Id).SingleAsync());
        var pdf = await chairman.GetAsync($"/Van-ban-da-ky/{decision}.pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Nguyễn Thị Hằng", await pdf.PdfTextAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync($"/Van-ban-da-ky/{decision}.pdf")).StatusCode);
    }
}
