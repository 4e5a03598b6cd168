using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;

namespace NguyenLuongBang.Emulation.IntegrationTests.PublicPages;

/// <summary>Issue 34's small frictions on the server: one deadline count, a feedback reference a citizen looks up, a warning before posting a nominee who fails a check.</summary>
public sealed partial class SmallFrictionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Text(string html) => WebUtility.HtmlDecode(Tags().Replace(html, string.Empty));

    [Fact]
    public async Task The_units_home_and_the_public_page_count_the_same_days_to_the_deadline()
    {
        // 26/11/2026 10:00 in Vietnam, the deadline the end of 15/12: 19 calendar days.
        var unit = factory.CreatePortalClient();
        await unit.SignInAsync("tieuhoc@nlb.example");
        var home = DaysLeft().Match(Text(await unit.GetStringAsync("/")));
        var movement = DaysLeft().Match(Text(await factory.CreatePortalClient().GetStringAsync("/Phong-trao")));

        Assert.True(home.Success && movement.Success);
        Assert.Equal("19", home.Groups[1].Value);
        Assert.Equal(home.Groups[1].Value, movement.Groups[1].Value);
    }

    [Fact]
    public async Task A_citizen_looks_up_a_feedback_reference_and_reads_its_resolution_and_nothing_personal()
    {
        var id = await PublicPostingTests.PostedNomineeAsync(factory, "Lê Thị Tra Cứu");
        var visitor = factory.CreatePortalClient();
        var sent = await HtmlForm.Parse(await visitor.GetStringAsync($"/Cong-khai/{Id(id)}/Y-kien"), "feedback-form")
            .Set("SenderName", "Phạm Văn Gửi").Set("Contact", "0987 654 321").Set("Content", "Tôi thấy thành tích cần xác minh thêm.").PostAsync(visitor);
        Assert.Contains("/Cong-khai/Tra-cuu", await sent.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("/Cong-khai/Tra-cuu", await visitor.GetStringAsync("/Cong-khai"), StringComparison.Ordinal);
        var reference = await factory.WithDatabaseAsync(db => db.Set<NominationObjection>().Where(o => o.NominationId == id).Select(o => o.Reference!).SingleAsync());

        // Typed in lower case without dashes: still found, not yet resolved.
        var pending = await LookUpAsync(visitor, reference.Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant());
        Assert.Equal(HttpStatusCode.OK, pending.StatusCode);
        var pendingText = Text(await pending.Content.ReadAsStringAsync());
        Assert.Contains("Lê Thị Tra Cứu", pendingText, StringComparison.Ordinal);
        Assert.Contains("Đang xác minh, giải quyết", pendingText, StringComparison.Ordinal);

        await factory.WithDatabaseAsync(async db =>
        {
            var nomination = await db.Nominations.Include(n => n.Objections).SingleAsync(n => n.Id == id);
            nomination.ResolveObjection(nomination.Objections.Single().Id, "Đã xác minh: thành tích đúng như báo cáo của đơn vị.", new Actor("test", "Chuyên viên"), factory.Clock.GetUtcNow());
            return await db.SaveChangesAsync();
        });

        var resolved = Text(await (await LookUpAsync(visitor, reference)).Content.ReadAsStringAsync());
        Assert.Contains("Đã giải quyết", resolved, StringComparison.Ordinal);
        Assert.Contains("Đã xác minh: thành tích đúng như báo cáo của đơn vị.", resolved, StringComparison.Ordinal);
        Assert.DoesNotContain("Phạm Văn Gửi", resolved, StringComparison.Ordinal);
        Assert.DoesNotContain("0987 654 321", resolved, StringComparison.Ordinal);
        Assert.DoesNotContain("cần xác minh thêm", resolved, StringComparison.Ordinal);

        // A wrong reference, and one that cannot be one, get a clear message.
        var wrong = await LookUpAsync(visitor, "PA-0000-0000");
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Contains("Không tìm thấy ý kiến có số tiếp nhận PA-0000-0000", Text(await wrong.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var malformed = await LookUpAsync(visitor, "xin chào");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, malformed.StatusCode);
        Assert.Contains("Số tiếp nhận gồm chữ PA", Text(await malformed.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> LookUpAsync(HttpClient client, string reference) =>
        client.PostFormAsync("/Cong-khai/Tra-cuu", "/Cong-khai/Tra-cuu", new Dictionary<string, string> { ["reference"] = reference });

    [Fact]
    public async Task Posting_a_nominee_who_fails_a_check_needs_the_reviewers_confirmation_on_the_server()
    {
        var round = new ReviewRound(RoundKind.Annual, 2026);
        var id = await factory.WithDatabaseAsync(async db =>
        {
            var reviewer = new Actor("test", "Chuyên viên");
            var unitId = await db.Units.Where(u => u.IsActive).OrderBy(u => u.Id).Select(u => u.Id).FirstAsync();
            var nomination = new Nomination(round, NomineeKind.Individual, "Trần Văn Chưa Đạt", Gender.Male, "Cán bộ", unitId,
                AwardForm.CommuneCertificate, "Hỗ trợ người dân dùng dịch vụ công trực tuyến.", null, reviewer, factory.Clock.GetUtcNow());
            nomination.RecordDiscipline(true, "Đang bị xem xét kỷ luật", reviewer, factory.Clock.GetUtcNow());
            db.Nominations.Add(nomination);
            await db.SaveChangesAsync();
            return nomination.Id;
        });
        var reviewerClient = factory.CreatePortalClient();
        await reviewerClient.SignInAsync("chuyenvien@nlb.example");
        var list = $"/Nominations/{round.Code}";

        var page = WebUtility.HtmlDecode(await reviewerClient.GetStringAsync(list));
        Assert.Contains($"id=\"post-warning-{Id(id)}\"", page, StringComparison.Ordinal);
        Assert.Contains(Nomination.PostDespiteFailingLabel, page, StringComparison.Ordinal);

        // Sent without the confirmation (as a script or an old page would): refused, still a draft, the reason named.
        var refused = await reviewerClient.PostFormAsync(list, $"{list}/{Id(id)}/Post", new Dictionary<string, string>());
        Assert.Equal(NominationStatus.Draft, await StatusAsync(id));
        var refusedPage = WebUtility.HtmlDecode(refused.StatusCode == HttpStatusCode.Redirect
            ? await reviewerClient.GetStringAsync(refused.Headers.Location!.OriginalString)
            : await refused.Content.ReadAsStringAsync());
        Assert.Contains("có điều kiện không đạt", refusedPage, StringComparison.Ordinal);

        await reviewerClient.PostFormAsync(list, $"{list}/{Id(id)}/Post", new Dictionary<string, string> { ["confirmFailing"] = "true" });
        Assert.Equal(NominationStatus.Posted, await StatusAsync(id));
        Assert.True(await factory.WithDatabaseAsync(db => db.Set<NominationStatusChange>().AnyAsync(h => h.NominationId == id && h.Comment!.Contains("vẫn công khai dù không đạt"))));
    }

    private Task<NominationStatus> StatusAsync(int id) => factory.WithDatabaseAsync(db => db.Nominations.Where(n => n.Id == id).Select(n => n.Status).SingleAsync());

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"còn\s+(\d+)\s+ngày")]
    private static partial Regex DaysLeft();
}
