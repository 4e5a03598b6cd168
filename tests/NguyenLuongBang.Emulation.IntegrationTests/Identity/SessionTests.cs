using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using NguyenLuongBang.Emulation.IntegrationTests.Reports;

namespace NguyenLuongBang.Emulation.IntegrationTests.Identity;

/// <summary>Sessions end on the server: sign-out, account changes, locks, administrators and idle time end them at the next request.</summary>
public class SessionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static string AuthCookie(HttpResponseMessage signIn) =>
        signIn.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("nlb.auth=", StringComparison.Ordinal)).Split(';')[0];

    /// <summary>A request carrying only a copied cookie, as a thief would replay it.</summary>
    private async Task<HttpResponseMessage> ReplayAsync(string cookie, string path = "/")
    {
        using var bare = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return await bare.SendAsync(request);
    }

    private static bool SignedOut(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/Login", StringComparison.Ordinal);

    private Task<string> IdOfAsync(string email) => factory.WithDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private async Task<HttpClient> AdminAsync()
    {
        var admin = factory.CreatePortalClient();
        await admin.SignInAsync("quantri@nlb.example");
        return admin;
    }

    [Fact]
    public async Task A_cookie_copied_before_sign_out_opens_nothing_afterwards()
    {
        var user = factory.CreatePortalClient();
        var cookie = AuthCookie(await user.SignInAsync("tieuhoc@nlb.example"));
        Assert.Equal(HttpStatusCode.OK, (await ReplayAsync(cookie)).StatusCode);

        await user.PostFormAsync("/", "/Account/Logout", new Dictionary<string, string>());

        Assert.True(SignedOut(await ReplayAsync(cookie)));
        Assert.True(SignedOut(await ReplayAsync(cookie, "/Reports/Year/2026")));
        Assert.Equal("Đăng xuất", await factory.WithDatabaseAsync(db => db.UserSessions.Where(s => s.UserId == db.Users.Single(u => u.Email == "tieuhoc@nlb.example").Id).OrderByDescending(s => s.CreatedAt).Select(s => s.EndedReason).FirstAsync()));
    }

    [Fact]
    public async Task Changing_the_password_ends_the_other_sessions_and_keeps_this_one()
    {
        var here = factory.CreatePortalClient();
        await here.SignInAsync("hoidong2@nlb.example");
        var elsewhere = factory.CreatePortalClient();
        var otherCookie = AuthCookie(await elsewhere.SignInAsync("hoidong2@nlb.example"));

        var changed = await HtmlForm.Parse(await here.GetStringAsync("/Account/ChangePassword"), "change-password-form")
            .Set("CurrentPassword", PortalClient.DemoPassword).Set("NewPassword", "Hội đồng họp thứ năm").Set("ConfirmPassword", "Hội đồng họp thứ năm").PostAsync(here);

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/")).StatusCode);
        Assert.True(SignedOut(await elsewhere.GetAsync("/")));
        Assert.True(SignedOut(await ReplayAsync(otherCookie)));
    }

    [Fact]
    public async Task Locking_moving_or_changing_roles_ends_the_users_sessions_at_once()
    {
        var admin = await AdminAsync();

        // Locked by the administrator.
        var locked = factory.CreatePortalClient();
        await locked.SignInAsync("hoidong3@nlb.example");
        Assert.Equal(HttpStatusCode.OK, (await locked.GetAsync("/")).StatusCode);
        await admin.PostFormAsync("/Admin/Users", $"/Admin/Users/{await IdOfAsync("hoidong3@nlb.example")}/Khoa", new Dictionary<string, string>());
        Assert.True(SignedOut(await locked.GetAsync("/")));

        // Moved to another unit: the open page of the old unit's report is gone with the session.
        var moved = factory.CreatePortalClient();
        await moved.SignInAsync("htx@nlb.example");
        var reportId = await moved.StartAsync(2026);
        var id = await IdOfAsync("htx@nlb.example");
        var otherUnit = await factory.WithDatabaseAsync(db => db.Units.Where(u => u.Name == "Thôn Nam").Select(u => u.Id).SingleAsync());
        var edit = HtmlForm.Parse(await admin.GetStringAsync($"/Admin/Users/Edit/{id}"), "user-form").Set("UnitId", otherUnit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(HttpStatusCode.Redirect, (await edit.PostAsync(admin)).StatusCode);
        Assert.True(SignedOut(await moved.GetAsync($"/Reports/Edit/{reportId}")));

        // Given another role: the old rights end with the session.
        var reviewer = factory.CreatePortalClient();
        await reviewer.SignInAsync("chuyenvien@nlb.example");
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync("/Review?year=2026")).StatusCode);
        var reviewerId = await IdOfAsync("chuyenvien@nlb.example");
        // (No longer a reviewer, no longer the head of Phòng VH-XH who signs its tờ trình.)
        var roles = HtmlForm.Parse(await admin.GetStringAsync($"/Admin/Users/Edit/{reviewerId}"), "user-form").Remove("Roles").Add("Roles", "CouncilMember").Set("SigningOffice", "");
        Assert.Equal(HttpStatusCode.Redirect, (await roles.PostAsync(admin)).StatusCode);
        Assert.True(SignedOut(await reviewer.GetAsync("/Review?year=2026")));
    }

    [Fact]
    public async Task The_administrator_sees_a_users_sessions_and_ends_them()
    {
        var admin = await AdminAsync();
        var phone = factory.CreatePortalClient();
        await phone.SignInAsync("vanphong@nlb.example");
        var desk = factory.CreatePortalClient();
        await desk.SignInAsync("vanphong@nlb.example");
        var id = await IdOfAsync("vanphong@nlb.example");

        var page = await admin.GetStringAsync($"/Admin/Users/Edit/{id}");
        Assert.Contains("Phiên đăng nhập đang mở", page);
        var keys = await factory.WithDatabaseAsync(db => db.UserSessions.Where(s => s.UserId == id && s.EndedAt == null).OrderBy(s => s.CreatedAt).Select(s => s.Key).ToListAsync());
        Assert.Equal(2, keys.Count);

        // End the first (the phone's): the desk stays.
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/Admin/Users/Edit/{id}", $"/Admin/Users/EndSessions/{id}", new Dictionary<string, string> { ["session"] = keys[0] })).StatusCode);
        Assert.True(SignedOut(await phone.GetAsync("/")));
        Assert.Equal(HttpStatusCode.OK, (await desk.GetAsync("/")).StatusCode);

        // End all.
        await admin.PostFormAsync($"/Admin/Users/Edit/{id}", $"/Admin/Users/EndSessions/{id}", new Dictionary<string, string>());
        Assert.True(SignedOut(await desk.GetAsync("/")));
        Assert.True(await factory.WithDatabaseAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "Kết thúc phiên đăng nhập" && a.EntityId == id)));
    }

    [Fact]
    public async Task The_last_active_administrator_keeps_the_role()
    {
        var admin = await AdminAsync();
        var id = await IdOfAsync("quantri@nlb.example");
        var form = HtmlForm.Parse(await admin.GetStringAsync($"/Admin/Users/Edit/{id}"), "user-form").Remove("Roles").Add("Roles", "Reviewer");

        var refused = await form.PostAsync(admin);

        Assert.Contains("quản trị viên duy nhất còn hoạt động", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Admin/Users")).StatusCode);
        Assert.True(await factory.WithDatabaseAsync(db => db.UserRoles.AnyAsync(r => r.UserId == id && db.Roles.Any(x => x.Id == r.RoleId && x.Name == "Admin"))));
    }

    [Fact]
    public async Task A_session_idle_longer_than_the_setting_ends_and_activity_keeps_it()
    {
        var user = factory.CreatePortalClient();
        await user.SignInAsync("hoidong1@nlb.example");

        // Active every 20 minutes for an hour: still signed in.
        for (var i = 0; i < 3; i++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.NoContent, (await user.GetAsync("/Account/KeepAlive")).StatusCode);
        }

        var home = await user.GetStringAsync("/");
        Assert.Contains("name=\"nlb-idle-minutes\" content=\"30\"", home);
        Assert.Contains("id=\"idle-warning\"", home);

        // Then 31 minutes without a request.
        factory.Clock.Advance(TimeSpan.FromMinutes(31));
        Assert.True(SignedOut(await user.GetAsync("/")));
        Assert.Equal("Hết thời gian không thao tác", await factory.WithDatabaseAsync(db => db.UserSessions.Where(s => s.EndedReason != null && s.UserId == db.Users.Single(u => u.Email == "hoidong1@nlb.example").Id).Select(s => s.EndedReason).FirstAsync()));
    }
}
