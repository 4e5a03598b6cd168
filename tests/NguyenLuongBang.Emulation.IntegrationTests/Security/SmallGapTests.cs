using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Communes;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using NguyenLuongBang.Emulation.IntegrationTests.PublicPages;

namespace NguyenLuongBang.Emulation.IntegrationTests.Security;

/// <summary>Small gaps the hostile probe found (issue 29): a report for a year not begun, copies of one feedback form, another commune's unit.</summary>
public sealed class ReportYearTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_unit_does_not_start_the_report_of_a_year_that_has_not_begun()
    {
        // 26/11/2026: the 2027 and 2030 reports are not open yet.
        var unit = factory.CreatePortalClient();
        await unit.SignInAsync("vanphong@nlb.example");
        var before = await factory.WithDatabaseAsync(db => db.AnnualReports.CountAsync());
        foreach (var year in new[] { 2027, 2030 })
        {
            var page = WebUtility.HtmlDecode(await unit.GetStringAsync($"/Reports/Year/{year}"));
            Assert.Contains("id=\"not-yet\"", page, StringComparison.Ordinal);
            Assert.Contains($"mở từ ngày 01/01/{year}", page, StringComparison.Ordinal);

            // A forged post of the start button: nothing is started, the year's page answers.
            var forged = await unit.PostFormAsync("/Reports/Year/2026", "/Reports/Start?year=" + year.ToString(CultureInfo.InvariantCulture), []);
            Assert.Equal(HttpStatusCode.Redirect, forged.StatusCode);
            Assert.Equal($"/Reports/Year/{year}", forged.Headers.Location!.OriginalString);
        }

        Assert.Equal(before, await factory.WithDatabaseAsync(db => db.AnnualReports.CountAsync()));
    }
}

/// <summary>Copies of one form sent at once are one feedback and cost one of the address's permits.</summary>
public sealed class FeedbackCopiesTests(PublicFeedbackLimitTests.LimitedFactory factory) : IClassFixture<PublicFeedbackLimitTests.LimitedFactory>
{
    [Fact]
    public async Task Twenty_copies_of_one_form_at_once_are_stored_once_and_leave_the_second_permit_for_another_form()
    {
        var id = (await PublicPostingTests.PostedNomineeAsync(factory, "Lê Văn Bản Sao")).ToString(CultureInfo.InvariantCulture);
        var visitor = factory.CreatePortalClient();
        var form = HtmlForm.Parse(await visitor.GetStringAsync($"/Cong-khai/{id}/Y-kien"), "feedback-form")
            .Set("SenderName", "Lê Văn Gửi").Set("Contact", "0900000001").Set("Content", "Một ý kiến gửi nhiều lần.");

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => form.PostAsync(visitor)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Equal(1, await factory.WithDatabaseAsync(db => db.Set<NominationObjection>().CountAsync()));

        // The address's second permit of the hour (of two) is still there.
        var another = await HtmlForm.Parse(await visitor.GetStringAsync($"/Cong-khai/{id}/Y-kien"), "feedback-form")
            .Set("SenderName", "Lê Văn Gửi").Set("Contact", "0900000001").Set("Content", "Một ý kiến khác.").PostAsync(visitor);
        Assert.Equal(HttpStatusCode.OK, another.StatusCode);
        Assert.Equal(2, await factory.WithDatabaseAsync(db => db.Set<NominationObjection>().CountAsync()));
    }
}

/// <summary>A practice naming another commune's unit is refused for what it is.</summary>
public sealed class ForeignUnitTests(TwoCommuneDemoPortalFactory portal) : IClassFixture<TwoCommuneDemoPortalFactory>
{
    [Fact]
    public async Task A_practice_naming_another_communes_unit_is_refused_with_a_message_about_the_unit()
    {
        var foreign = await portal.WithDatabaseAsync(db => db.Units.IgnoreQueryFilters().Where(u => EF.Property<int>(u, "CommuneId") != Commune.FirstId).Select(u => u.Id).FirstAsync());
        var reviewer = portal.CreatePortalClient();
        await reviewer.SignInAsync("chuyenvien@nlb.example");
        var before = await portal.WithDatabaseAsync(db => db.GoodPractices.IgnoreQueryFilters().CountAsync());

        var refused = await HtmlForm.Parse(await reviewer.GetStringAsync("/Practices"), "practice-form")
            .Set("Title", "Mô hình của xã khác").Set("Summary", "Tóm tắt đã gõ.").Set("UnitId", foreign.ToString(CultureInfo.InvariantCulture)).PostAsync(reviewer);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Đơn vị đã chọn không thuộc", html, StringComparison.Ordinal);
        Assert.DoesNotContain("không được để trống", html, StringComparison.Ordinal);
        Assert.Contains("Tóm tắt đã gõ.", html, StringComparison.Ordinal);
        Assert.Equal(before, await portal.WithDatabaseAsync(db => db.GoodPractices.IgnoreQueryFilters().CountAsync()));
    }
}
