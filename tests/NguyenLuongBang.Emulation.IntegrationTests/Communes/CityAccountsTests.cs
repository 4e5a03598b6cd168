using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NguyenLuongBang.Emulation.Domain.Communes;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Data.Seeding;
using NguyenLuongBang.Emulation.Web.Features.AdminUsers;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.IntegrationTests.Communes;

/// <summary>
/// The city's administrator looks after the city's own accounts and settings from the portal:
/// adds an account of the Ban, locks, unlocks and resets it, sets the city's mail server; never
/// reaches a commune's account, and cannot lock the last city administrator. SQLite and PostgreSQL.
/// </summary>
public sealed partial class CityAccountsTests(CityPortal portal) : IClassFixture<CityPortal>
{
    private const string Page = "/Thanh-pho/Tai-khoan";
    private static readonly string CityAdmin = DemoData.CityAdminAccount.Email;

    private async Task<HttpClient> SignedInAsync(string email, string password = PortalClient.DemoPassword)
    {
        await portal.EnsureAsync();
        var client = portal.CreatePortalClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email, password)).StatusCode);
        return client;
    }

    private async Task<string> IdOfAsync(string email, int communeId)
    {
        using var scope = portal.InCommune(communeId);
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.IgnoreQueryFilters().Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    private static Dictionary<string, string> Account(string name, string email, string role) => new() { ["FullName"] = name, ["Email"] = email, ["Position"] = "Phó Trưởng ban", ["Role"] = role };

    [Fact]
    public async Task The_city_administrator_adds_an_account_of_the_ban_which_signs_in_with_its_temporary_password_and_can_be_locked_and_reset()
    {
        var admin = await SignedInAsync(CityAdmin);
        var page = await admin.GetStringAsync(Page);
        Assert.Contains(DemoData.CityAccount.Email, page, StringComparison.Ordinal);
        Assert.Contains(DemoData.CityHeadAccount.Email, page, StringComparison.Ordinal);
        Assert.DoesNotContain("@nlb.example", page, StringComparison.Ordinal);
        Assert.DoesNotContain(CityPortal.AdminB, page, StringComparison.Ordinal);

        // Refusals: in Vietnamese, with what was typed, nothing created.
        foreach (var (form, message) in new[]
                 {
                     (Account("Vũ Văn Mới", "khong-phai-thu", "City"), Web.Infrastructure.EmailAddresses.Invalid),
                     (Account("Vũ Văn Mới", "phoban@haiphong.example", "Admin"), "Vai trò không hợp lệ."),
                     (Account("Vũ Văn Mới", "chuyenvien@nlb.example", "City"), "đã được dùng cho tài khoản khác"),
                     (Account("", "phoban@haiphong.example", "City"), "Vui lòng nhập họ và tên."),
                 })
        {
            var refused = await admin.PostFormAsync(Page, Page, form);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            var html = await refused.Content.ReadAsStringAsync();
            var shown = Regex.Match(html, "id=\"account-error\">([^<]*)<");
            Assert.True(shown.Success, "the refusal is shown above the form");
            Assert.Contains(message, WebUtility.HtmlDecode(shown.Groups[1].Value), StringComparison.Ordinal);
            Assert.Contains($"value=\"{form["Email"]}\"", html, StringComparison.Ordinal);
        }

        // Added: the temporary password is shown once.
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(Page, Page, Account("Vũ Văn Mới", "phoban@haiphong.example", "CityLeader"))).StatusCode);
        var password = TemporaryPassword().Match(await admin.GetStringAsync(Page)).Groups[1].Value;
        Assert.NotEmpty(password);

        // Added again, four times at once: one creation at a time, each finds the address taken, no fault.
        var token = await admin.AntiforgeryTokenAsync(Page);
        var posts = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => admin.PostAsync(Page,
            new FormUrlEncodedContent(new Dictionary<string, string>(Account("Vũ Văn Khác", "phoban2@haiphong.example", "City")) { ["__RequestVerificationToken"] = token }))));
        Assert.Equal(1, posts.Count(p => p.StatusCode == HttpStatusCode.Redirect));
        Assert.All(posts.Where(p => p.StatusCode != HttpStatusCode.Redirect), p => Assert.Equal(HttpStatusCode.UnprocessableEntity, p.StatusCode));

        using (var inCity = portal.InCommune(portal.CityId))
        {
            var db = inCity.ServiceProvider.GetRequiredService<AppDbContext>();
            var created = await db.Users.IgnoreQueryFilters().SingleAsync(u => u.Email == "phoban@haiphong.example");
            Assert.Equal(1, await db.Users.IgnoreQueryFilters().CountAsync(u => u.Email == "phoban2@haiphong.example"));
            Assert.Equal(portal.CityId, created.CommuneId);
            var roles = await (from link in db.UserRoles join role in db.Roles on link.RoleId equals role.Id where link.UserId == created.Id select role.Name).ToListAsync();
            Assert.Equal([Web.Identity.Roles.City, Web.Identity.Roles.CityLeader], roles.Order(StringComparer.Ordinal));
            Assert.True(created.MustChangePassword);
            Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "Tạo tài khoản" && e.EntityId == created.Id));
        }

        // It signs in with the temporary password (and must change it first), as the Ban.
        var newcomer = await SignedInAsync("phoban@haiphong.example", password);
        Assert.Contains("ChangePassword", (await newcomer.GetAsync("/Thanh-pho")).Headers.Location?.OriginalString ?? string.Empty, StringComparison.Ordinal);

        // Locked, it cannot sign in; unlocked and reset, it signs in with the new temporary password.
        var id = await IdOfAsync("phoban@haiphong.example", portal.CityId);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(Page, $"{Page}/{id}/Khoa", new Dictionary<string, string>())).StatusCode);
        Assert.NotEqual(HttpStatusCode.Redirect, (await portal.CreatePortalClient().SignInAsync("phoban@haiphong.example", password)).StatusCode);
        await admin.PostFormAsync(Page, $"{Page}/{id}/Mo-khoa", new Dictionary<string, string>());
        await admin.PostFormAsync(Page, $"{Page}/{id}/Dat-lai-mat-khau", new Dictionary<string, string>());
        var reset = TemporaryPassword().Match(await admin.GetStringAsync(Page)).Groups[1].Value;
        Assert.NotEqual(password, reset);
        await SignedInAsync("phoban@haiphong.example", reset);
    }

    [Fact]
    public async Task The_city_administrator_cannot_lock_their_own_account_and_a_communes_account_is_not_found()
    {
        var admin = await SignedInAsync(CityAdmin);
        var own = await IdOfAsync(CityAdmin, portal.CityId);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(Page, $"{Page}/{own}/Khoa", new Dictionary<string, string>())).StatusCode);
        Assert.Contains(UserAdministration.NotOwnAccount, await admin.GetStringAsync(Page), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(Page)).StatusCode);

        var reviewer = await IdOfAsync("chuyenvien@nlb.example", Commune.FirstId);
        var wardAdmin = await IdOfAsync(CityPortal.AdminB, portal.CommuneB);
        foreach (var action in new[] { "Khoa", "Mo-khoa", "Dat-lai-mat-khau" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await admin.PostFormAsync(Page, $"{Page}/{reviewer}/{action}", new Dictionary<string, string>())).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await admin.PostFormAsync(Page, $"{Page}/{wardAdmin}/{action}", new Dictionary<string, string>())).StatusCode);
        }

        await SignedInAsync("chuyenvien@nlb.example");
    }

    [Fact]
    public async Task The_citys_mail_server_is_the_citys_own_setting_and_a_bad_value_comes_back_with_why()
    {
        var admin = await SignedInAsync(CityAdmin);
        var saved = await admin.PostFormAsync(Page, Page + "/Cai-dat", new Dictionary<string, string> { ["key"] = PortalSettings.SmtpHostKey, ["value"] = "mail.haiphong.gov.vn" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var refused = await admin.PostFormAsync(Page, Page + "/Cai-dat", new Dictionary<string, string> { ["key"] = PortalSettings.SmtpPortKey, ["value"] = "cổng 25" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("value=\"cổng 25\"", html, StringComparison.Ordinal);
        Assert.Contains("invalid-feedback", html, StringComparison.Ordinal);

        // Only the settings that mean something for the city.
        Assert.Equal(HttpStatusCode.NotFound,
            (await admin.PostFormAsync(Page, Page + "/Cai-dat", new Dictionary<string, string> { ["key"] = PortalSettings.CommunePlanNumberKey, ["value"] = "Ai đó" })).StatusCode);

        using (var inCity = portal.InCommune(portal.CityId))
        {
            var db = inCity.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.Equal("mail.haiphong.gov.vn", await db.Settings.Where(s => s.Key == PortalSettings.SmtpHostKey).Select(s => s.Value).SingleAsync());
            Assert.False(await db.Settings.AnyAsync(s => s.Key == PortalSettings.SmtpPortKey));
            Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "Thay đổi cài đặt" && e.EntityId == PortalSettings.SmtpHostKey));
        }

        using var inA = portal.InCommune(Commune.FirstId);
        Assert.False(await inA.ServiceProvider.GetRequiredService<AppDbContext>().Settings.AnyAsync(s => s.Key == PortalSettings.SmtpHostKey && s.Value == "mail.haiphong.gov.vn"));
    }

    [Theory]
    [InlineData("quantri@nlb.example")]
    [InlineData("bantdkt@haiphong.example")]
    public async Task Neither_a_communes_administrator_nor_the_ban_opens_the_citys_accounts(string email)
    {
        var client = await SignedInAsync(email);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(Page)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormAsync("/Account/ChangePassword", Page, Account("Kẻ lạ", "la@haiphong.example", "CityAdmin"))).StatusCode);
    }

    [GeneratedRegex(@"[Mm]ật khẩu tạm(?: của [^:]+)?: ([A-Za-z0-9]{14})")]
    private static partial Regex TemporaryPassword();
}
