using System.Net;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;

namespace NguyenLuongBang.Emulation.IntegrationTests.Nominations;

public class GoodPracticeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Reviewer_publishes_a_model_to_the_public_honour_board_and_withdraws_it()
    {
        var reviewer = factory.CreatePortalClient();
        await reviewer.SignInAsync("chuyenvien@nlb.example");
        var anonymous = factory.CreatePortalClient();

        var refused = await HtmlForm.Parse(await reviewer.GetStringAsync("/Practices"), "practice-form")
            .Set("Title", "").Set("Summary", "Mỗi thôn một <b>tổ</b> hướng dẫn người dân.").PostAsync(reviewer);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Vui lòng nhập tên mô hình", html);
        Assert.Contains("Mỗi thôn một &lt;b&gt;tổ&lt;/b&gt; hướng dẫn người dân.", html);

        await HtmlForm.Parse(html, "practice-form").Set("Title", "Tổ công nghệ số cộng đồng").PostAsync(reviewer);
        var id = await factory.WithDatabaseAsync(db => db.GoodPractices.Where(p => p.Title == "Tổ công nghệ số cộng đồng").Select(p => p.Id).SingleAsync());
        var before = await anonymous.GetStringAsync("/Vinh-danh");
        Assert.Contains("Mô hình: Tổ công nghệ số cộng đồng thôn Đông", before); // the demo's published model
        Assert.DoesNotContain("Mô hình: Tổ công nghệ số cộng đồng</h3>", before);

        await HtmlForm.Parse(await reviewer.GetStringAsync("/Practices"), $"publish-{id}").PostAsync(reviewer);
        var board = await anonymous.GetStringAsync("/Vinh-danh");
        Assert.Contains("Mô hình: Tổ công nghệ số cộng đồng</h3>", board);
        Assert.Contains("&lt;b&gt;tổ&lt;/b&gt;", board);

        await HtmlForm.Parse(await reviewer.GetStringAsync("/Practices"), $"withdraw-{id}").Set("reason", "Cập nhật số liệu").PostAsync(reviewer);
        Assert.DoesNotContain("Mô hình: Tổ công nghệ số cộng đồng</h3>", await anonymous.GetStringAsync("/Vinh-danh"));
        Assert.Contains("Cập nhật số liệu", await reviewer.GetStringAsync("/Practices"));

        var unit = factory.CreatePortalClient();
        await unit.SignInAsync("vanphong@nlb.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.GetAsync("/Practices")).StatusCode);
        var audited = await factory.WithDatabaseAsync(db => db.AuditEntries.Where(a => a.EntityType == "Mô hình, sáng kiến").Select(a => a.Action).ToListAsync());
        Assert.Equal(3, audited.Count);
    }
}
