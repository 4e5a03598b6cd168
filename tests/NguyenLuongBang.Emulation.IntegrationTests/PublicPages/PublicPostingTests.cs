using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;

namespace NguyenLuongBang.Emulation.IntegrationTests.PublicPages;

/// <summary>The public posting of nominees: anyone sends feedback, it becomes an objection the reviewer resolves; senders are never shown.</summary>
public sealed class PublicPostingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>From ../shared/test-data/hostile-inputs.txt: markup, formulas, look-alike and invisible characters.</summary>
    internal static readonly string[] Hostile =
    [
        "<svg onload=alert(document.domain)>",
        "</textarea><b>bold</b>",
        "=HYPERLINK(\"http://example.invalid\",\"bấm vào đây\")",
        "Ủy ban – “ngoặc kép” … ‘đơn’",
        "a\u202Efdp.exe",
        "zero\u200Bwidth\u200Bspace",
    ];

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>A nominee posted publicly now for <paramref name="days"/> days (as the reviewer's Post button does).</summary>
    internal static Task<int> PostedNomineeAsync(PortalFactory factory, string name, int days = 7) => factory.WithDatabaseAsync(async db =>
    {
        var reviewer = new Actor("test", "Chuyên viên");
        var unitId = await db.Units.Where(u => u.IsActive).OrderBy(u => u.Id).Select(u => u.Id).FirstAsync();
        var nomination = new Nomination(new ReviewRound(RoundKind.Annual, 2026), NomineeKind.Individual, name, Gender.Female, "Giáo viên", unitId,
            AwardForm.CommuneCertificate, "Hướng dẫn 120 người dân cài đặt VNeID.\nMở lớp “Bình dân học vụ số”.", null, reviewer, factory.Clock.GetUtcNow());
        nomination.Post(days, reviewer, factory.Clock.GetUtcNow());
        db.Nominations.Add(nomination);
        await db.SaveChangesAsync();
        return nomination.Id;
    });

    private static HtmlForm Feedback(string html, string name, string contact, string content) =>
        HtmlForm.Parse(html, "feedback-form").Set("SenderName", name).Set("Contact", contact).Set("Content", content);

    [Fact]
    public async Task A_visitor_sends_feedback_that_becomes_an_objection_the_reviewer_resolves()
    {
        var id = await PostedNomineeAsync(factory, "Nguyễn Thị Công Khai");
        var visitor = factory.CreatePortalClient();
        var list = await visitor.GetStringAsync("/Cong-khai");
        Assert.Contains("Nguyễn Thị Công Khai", list, StringComparison.Ordinal);
        Assert.Contains("Hướng dẫn 120 người dân cài đặt VNeID.", list, StringComparison.Ordinal);
        Assert.Contains($"/Cong-khai/{Id(id)}/Y-kien", list, StringComparison.Ordinal);

        var content = string.Join("\n", Hostile);
        var sent = await Feedback(await visitor.GetStringAsync($"/Cong-khai/{Id(id)}/Y-kien"), "Trần Văn Phản Ánh", "0912 345 678", content).PostAsync(visitor);
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var received = await sent.Content.ReadAsStringAsync();
        var objection = await factory.WithDatabaseAsync(db => db.Set<NominationObjection>().AsNoTracking().SingleAsync(o => o.NominationId == id));
        Assert.Equal(content, objection.Content);
        Assert.Equal("Trần Văn Phản Ánh", objection.FromWhom);
        Assert.Equal("0912 345 678", objection.Contact);
        Assert.Matches("^PA-[0-9A-Z]{4}-[0-9A-Z]{4}$", objection.Reference);
        Assert.Contains(objection.Reference!, received, StringComparison.Ordinal);
        Assert.Null(objection.Resolution);

        // The public page never shows who sent what, nor how to reach them.
        foreach (var page in new[] { "/Cong-khai", $"/Cong-khai/{Id(id)}/Y-kien" })
        {
            var html = await visitor.GetStringAsync(page);
            Assert.DoesNotContain("Trần Văn Phản Ánh", html, StringComparison.Ordinal);
            Assert.DoesNotContain("0912 345 678", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<svg onload", html, StringComparison.Ordinal);
        }

        // The reviewer sees it with the others, encoded, and resolves it the same way.
        var reviewer = factory.CreatePortalClient();
        await reviewer.SignInAsync("chuyenvien@nlb.example");
        var nominations = await reviewer.GetStringAsync("/Nominations/2026");
        Assert.Contains("&lt;svg onload=alert(document.domain)&gt;", nominations, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg onload", nominations, StringComparison.Ordinal);
        Assert.Contains(objection.Reference!, nominations, StringComparison.Ordinal);
        Assert.Contains("0912 345 678", nominations, StringComparison.Ordinal);
        var resolved = await HtmlForm.Parse(nominations, $"resolve-{Id(objection.Id)}").Set("resolution", "Đã xác minh: thành tích đúng.").PostAsync(reviewer);
        Assert.Equal(HttpStatusCode.Redirect, resolved.StatusCode);
        Assert.Equal("Đã xác minh: thành tích đúng.", await factory.WithDatabaseAsync(db => db.Set<NominationObjection>().Where(o => o.Id == objection.Id).Select(o => o.Resolution).SingleAsync()));

        // Recorded in the audit trail, as the public portal.
        Assert.True(await factory.WithDatabaseAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "Nhận ý kiến phản ánh trực tuyến" && a.Details!.Contains(objection.Reference!))));
    }

    [Fact]
    public async Task The_same_form_sent_twice_or_at_once_is_received_once_with_one_reference()
    {
        var id = await PostedNomineeAsync(factory, "Hộ Lê Văn Hai Lần");
        var visitor = factory.CreatePortalClient();
        var form = Feedback(await visitor.GetStringAsync($"/Cong-khai/{Id(id)}/Y-kien"), "Lê Thị Gửi", "gui@example.vn", "Gửi một lần.");
        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => form.PostAsync(visitor)));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var again = await form.PostAsync(visitor);
        var reference = await factory.WithDatabaseAsync(db => db.Set<NominationObjection>().Where(o => o.NominationId == id).Select(o => o.Reference).SingleAsync());
        foreach (var answer in answers.Append(again))
        {
            Assert.Contains(reference!, await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Missing_or_too_long_fields_are_refused_in_vietnamese_with_the_typed_text_back_and_nothing_stored()
    {
        var id = await PostedNomineeAsync(factory, "Trường Tiểu học Kiểm Tra");
        var visitor = factory.CreatePortalClient();
        var html = await visitor.GetStringAsync($"/Cong-khai/{Id(id)}/Y-kien");

        var noContact = await Feedback(html, "Phạm Văn Thiếu", "", "</textarea><b>bold</b> nội dung đã gõ").PostAsync(visitor);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noContact.StatusCode);
        var answer = await noContact.Content.ReadAsStringAsync();
        Assert.Contains("Vui lòng nhập số điện thoại hoặc thư điện tử", answer, StringComparison.Ordinal);
        Assert.Contains("&lt;/textarea&gt;&lt;b&gt;bold&lt;/b&gt; nội dung đã gõ", answer, StringComparison.Ordinal);
        Assert.Contains("value=\"Phạm Văn Thiếu\"", answer, StringComparison.Ordinal);

        var tooLong = new string('x', 2001);
        var refused = await Feedback(html, "Phạm Văn Dài", "0900000000", tooLong).PostAsync(visitor);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Nội dung ý kiến dài quá 2000 ký tự", refusedHtml, StringComparison.Ordinal);
        Assert.Contains(tooLong, refusedHtml, StringComparison.Ordinal);

        Assert.Equal(0, await factory.WithDatabaseAsync(db => db.Set<NominationObjection>().CountAsync(o => o.NominationId == id)));
    }

    [Fact]
    public async Task A_filled_honeypot_stores_nothing_and_no_antiforgery_token_is_refused()
    {
        var id = await PostedNomineeAsync(factory, "Hợp tác xã Bẫy Mật");
        var robot = factory.CreatePortalClient();
        var html = await robot.GetStringAsync($"/Cong-khai/{Id(id)}/Y-kien");
        var trapped = await Feedback(html, "Bot", "bot@example.invalid", "Mua hàng giá rẻ").Set("Website", "http://spam.invalid").PostAsync(robot);
        Assert.Equal(HttpStatusCode.OK, trapped.StatusCode);
        Assert.DoesNotContain("Số tiếp nhận", await trapped.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var forged = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["SenderName"] = "Giả mạo", ["Contact"] = "x", ["Content"] = "y", ["Token"] = Guid.NewGuid().ToString(),
        });
        Assert.Equal(HttpStatusCode.BadRequest, (await robot.PostAsync($"/Cong-khai/{Id(id)}/Y-kien", forged)).StatusCode);
        Assert.Equal(0, await factory.WithDatabaseAsync(db => db.Set<NominationObjection>().CountAsync(o => o.NominationId == id)));
    }

    [Fact]
    public async Task Drafts_are_not_public_and_an_ended_posting_takes_no_more_feedback()
    {
        var draft = await factory.WithDatabaseAsync(async db =>
        {
            var nomination = new Nomination(new ReviewRound(RoundKind.Annual, 2026), NomineeKind.Household, "Hộ Nháp Chưa Công Khai", null, null, null,
                AwardForm.CommuneCertificate, "Chưa công khai.", null, new Actor("test", "Chuyên viên"), factory.Clock.GetUtcNow());
            db.Nominations.Add(nomination);
            await db.SaveChangesAsync();
            return nomination.Id;
        });
        var visitor = factory.CreatePortalClient();
        Assert.DoesNotContain("Hộ Nháp Chưa Công Khai", await visitor.GetStringAsync("/Cong-khai"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/Cong-khai/{Id(draft)}/Y-kien")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/Cong-khai/999999/Y-kien")).StatusCode);

        // A posting of one hour: the form opened before the end, sent after it.
        var id = await PostedNomineeAsync(factory, "Thôn Hết Hạn", days: 1);
        var form = Feedback(await visitor.GetStringAsync($"/Cong-khai/{Id(id)}/Y-kien"), "Người Gửi Muộn", "0911111111", "Gửi sau khi hết hạn.");
        await factory.WithDatabaseAsync(db => db.Nominations.Where(n => n.Id == id).ExecuteUpdateAsync(s => s.SetProperty(n => n.PostedUntil, factory.Clock.GetUtcNow().AddSeconds(-1))));
        var late = await form.PostAsync(visitor);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
        Assert.Contains("Thời gian công khai", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Thôn Hết Hạn", await visitor.GetStringAsync("/Cong-khai"), StringComparison.Ordinal);
        Assert.Equal(0, await factory.WithDatabaseAsync(db => db.Set<NominationObjection>().CountAsync(o => o.NominationId == id)));
    }
}

/// <summary>Each address may send a few feedback forms an hour; beyond that the form comes back with what was typed.</summary>
public sealed class PublicFeedbackLimitTests(PublicFeedbackLimitTests.LimitedFactory factory) : IClassFixture<PublicFeedbackLimitTests.LimitedFactory>
{
    public sealed class LimitedFactory : PortalFactory
    {
        protected override string SeedKind => SeedsAs<PortalFactory>();

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Portal:FeedbackPermitsPerHour", "2");
        }
    }

    [Fact]
    public async Task The_third_feedback_in_an_hour_from_one_address_is_refused_with_the_text_kept()
    {
        var id = (await PublicPostingTests.PostedNomineeAsync(factory, "Nguyễn Văn Giới Hạn")).ToString(CultureInfo.InvariantCulture);
        var visitor = factory.CreatePortalClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 3; i++)
        {
            last = await HtmlForm.Parse(await visitor.GetStringAsync($"/Cong-khai/{id}/Y-kien"), "feedback-form")
                .Set("SenderName", "Người thứ " + i.ToString(CultureInfo.InvariantCulture)).Set("Contact", "090000000" + i.ToString(CultureInfo.InvariantCulture))
                .Set("Content", "Ý kiến số " + i.ToString(CultureInfo.InvariantCulture)).PostAsync(visitor);
            statuses.Add(last.StatusCode);
        }

        Assert.Equal(new[] { HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests }, statuses);
        var html = await last!.Content.ReadAsStringAsync();
        Assert.Contains("thử lại sau", html, StringComparison.Ordinal);
        Assert.Contains("Ý kiến số 2", html, StringComparison.Ordinal);
        Assert.Equal(2, await factory.WithDatabaseAsync(db => db.Set<NominationObjection>().CountAsync()));
    }
}
