using System.Net;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using NguyenLuongBang.Emulation.Web.Data.Seeding;
using NguyenLuongBang.Emulation.Web.Identity;

namespace NguyenLuongBang.Emulation.IntegrationTests.Identity;

public class SignInTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    public static TheoryData<string, string> DemoAccounts()
    {
        var data = new TheoryData<string, string>();
        foreach (var (email, _, role, _) in DemoData.Accounts)
        {
            data.Add(email, role);
        }

        return data;
    }

    [Fact]
    public async Task Login_page_is_in_Vietnamese_and_open_to_anyone()
    {
        var client = factory.CreatePortalClient();

        var response = await client.GetAsync("/Account/Login");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"vi\">", html);
        Assert.Contains("Đăng nhập", html);
        Assert.Contains("xã Nguyễn Lương Bằng", html);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Review")]
    [InlineData("/Admin/Users")]
    public async Task Anonymous_visitor_is_sent_to_the_login_page(string url)
    {
        var response = await factory.CreatePortalClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [MemberData(nameof(DemoAccounts))]
    public async Task Each_demo_account_signs_in_and_lands_on_its_home_page(string email, string role)
    {
        var client = factory.CreatePortalClient();

        var signIn = await client.SignInAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/", signIn.Headers.Location!.OriginalString);

        var home = await client.GetStringAsync("/");
        Assert.Contains(Roles.Title(role), home);
        var expected = role switch
        {
            Roles.UnitStaff => "Hạn nộp:",
            Roles.Reviewer => "Tình hình báo cáo năm 2026",
            Roles.CouncilMember => "Hội đồng Thi đua - Khen thưởng",
            Roles.Chairman => "Phê duyệt khen thưởng",
            _ => "Quản trị hệ thống",
        };
        Assert.Contains(expected, home);
    }

    [Fact]
    public async Task Unit_home_shows_the_deadline_in_Vietnamese_format_and_days_left()
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync("vanphong@nlb.example");

        var home = await client.GetStringAsync("/");

        Assert.Contains("Văn phòng HĐND và UBND xã", home);
        Assert.Contains("23:59 ngày 15/12/2026", home);
        // Calendar days in Vietnam from 26/11 to 15/12, as the public page counts them (DeadlineCount, ADR-0033).
        Assert.Contains("còn <strong>19</strong> ngày", home);
    }

    [Fact]
    public async Task Wrong_password_gives_a_Vietnamese_message_keeps_the_email_and_leaves_an_audit_row()
    {
        var client = factory.CreatePortalClient();

        var response = await client.SignInAsync("chuyenvien@nlb.example", "Sai-mat-khau-1");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Web.Features.Account.AccountController.SignInRefused, html);
        Assert.Contains("value=\"chuyenvien@nlb.example\"", html);
        var audited = await factory.WithDatabaseAsync(db =>
            db.AuditEntries.AnyAsync(a => a.Action == "Đăng nhập không thành công" && a.Details == "chuyenvien@nlb.example"));
        Assert.True(audited);
    }

    [Fact]
    public async Task Empty_form_is_refused_with_Vietnamese_field_messages()
    {
        var client = factory.CreatePortalClient();

        var response = await client.SignInAsync("", "");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vui lòng nhập thư điện tử.", html);
        Assert.Contains("Vui lòng nhập mật khẩu.", html);
    }

    [Fact]
    public async Task Successful_sign_in_is_audited()
    {
        var client = factory.CreatePortalClient();

        await client.SignInAsync("chutich@nlb.example");

        var audited = await factory.WithDatabaseAsync(db =>
            db.AuditEntries.AnyAsync(a => a.Action == "Đăng nhập" && a.UserName == "Đoàn Văn Cát"));
        Assert.True(audited);
    }

    [Fact]
    public async Task Return_url_to_another_site_is_ignored()
    {
        var client = factory.CreatePortalClient();

        var response = await client.SignInAsync("chuyenvien@nlb.example", returnUrl: "https://evil.example/phish");

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Local_return_url_is_honoured()
    {
        var client = factory.CreatePortalClient();

        var response = await client.SignInAsync("chuyenvien@nlb.example", returnUrl: "/Review?year=2025");

        Assert.Equal("/Review?year=2025", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Post_without_antiforgery_token_is_refused_with_400()
    {
        var client = factory.CreatePortalClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "chuyenvien@nlb.example", ["Password"] = PortalClient.DemoPassword });

        var response = await client.PostAsync("/Account/Login", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Yêu cầu không hợp lệ", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Logout_ends_the_session()
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync("quantri@nlb.example");

        var logout = await client.PostFormAsync("/", "/Account/Logout", new Dictionary<string, string>());
        var after = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/Account/Login", after.Headers.Location!.PathAndQuery);
    }
}
