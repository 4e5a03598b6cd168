using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NguyenLuongBang.Emulation.Domain.Communes;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Data.Seeding;

namespace NguyenLuongBang.Emulation.IntegrationTests.Communes;

/// <summary>The city's administrator adds a commune and its first administrator from the city's pages: all or nothing, audited, at once usable.</summary>
public sealed partial class AddingACommuneFromTheCityTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string> Form(string slug, string name, string kind, string email, string admin = "Phạm Văn Quản") => new()
    {
        ["Slug"] = slug, ["Name"] = name, ["Kind"] = kind, ["AdminEmail"] = email, ["AdminName"] = admin,
    };

    private async Task<int> CommunesAsync() => await portal.WithDatabaseAsync(db => db.Communes.CountAsync());

    [Fact]
    public async Task The_city_administrator_adds_a_ward_whose_administrator_signs_in_at_once()
    {
        var cityAdmin = portal.CreatePortalClient();
        await cityAdmin.SignInAsync(DemoData.CityAdminAccount.Email);
        Assert.Contains("xã Nguyễn Lương Bằng", await cityAdmin.GetStringAsync("/Thanh-pho/Xa-phuong"), StringComparison.Ordinal);
        var before = await CommunesAsync();

        // Refused, each with its reason, the typed text kept, and nothing written.
        foreach (var (fields, reason) in new[]
                 {
                     (Form("Kiến An!", "Kiến An", "Phuong", "quantri@kienan.example"), "Đường dẫn ngắn chỉ gồm chữ không dấu"),
                     (Form("review", "Kiến An", "Phuong", "quantri@kienan.example"), "trùng với một trang của cổng"),
                     (Form("nguyen-luong-bang", "Kiến An", "Phuong", "quantri@kienan.example"), "Đã có xã, phường, đặc khu với đường dẫn"),
                     (Form("kien-an", "Kiến An", "Phuong", "chuyenvien@nlb.example"), "đã là tài khoản khác trên cổng"),
                     (Form("kien-an", "Kiến An", "Quan", "quantri@kienan.example"), "Chọn loại"),
                     (Form("kien-an", "Kiến An", "Phuong", "khong-phai-thu"), "Thư điện tử của quản trị viên"),
                 })
        {
            var refused = await cityAdmin.PostFormAsync("/Thanh-pho/Xa-phuong", "/Thanh-pho/Xa-phuong", fields);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            var page = await refused.Content.ReadAsStringAsync();
            Assert.Contains(reason, WebUtility.HtmlDecode(page), StringComparison.Ordinal);
            Assert.Contains(WebUtility.HtmlEncode(fields["Slug"]), page, StringComparison.Ordinal);
        }

        Assert.Equal(before, await CommunesAsync());

        var created = await cityAdmin.PostFormAsync("/Thanh-pho/Xa-phuong", "/Thanh-pho/Xa-phuong", Form("kien-an", "Kiến An", "Phuong", "quantri@kienan.example"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var listed = WebUtility.HtmlDecode(await cityAdmin.GetStringAsync("/Thanh-pho/Xa-phuong"));
        Assert.Contains("phường Kiến An", listed, StringComparison.Ordinal);
        var password = TemporaryPassword().Match(listed).Groups[1].Value;
        Assert.NotEmpty(password);

        // Its public pages answer at once, in its name; its administrator signs in with the temporary password.
        Assert.Contains("phường Kiến An", await portal.CreatePortalClient().GetStringAsync("/kien-an/Phong-trao"), StringComparison.Ordinal);
        var admin = portal.CreatePortalClient();
        var signIn = await admin.SignInAsync("quantri@kienan.example", password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.DoesNotContain("/Account/Login", signIn.Headers.Location!.OriginalString, StringComparison.Ordinal);

        // Its reference data, its account's audit row in its own chain, the city's audit row in the city's.
        var kienAn = await portal.WithDatabaseAsync(db => db.Communes.Where(c => c.Slug == "kien-an").Select(c => c.Id).SingleAsync());
        using (var scope = portal.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<CommuneScope>().Use(kienAn);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.Equal(8, await db.ContentAreas.CountAsync());
            Assert.True(await db.Indicators.AnyAsync());
            Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "Tạo tài khoản" && e.UserName == DemoData.CityAdminAccount.FullName));
        }

        var city = await portal.WithDatabaseAsync(db => db.Communes.Where(c => c.Kind == CommuneKind.City).Select(c => c.Id).SingleAsync());
        using (var scope = portal.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<CommuneScope>().Use(city);
            Assert.True(await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries.AnyAsync(e => e.Action == "Tạo xã, phường, đặc khu" && e.Details!.Contains("kien-an")));
        }

        // A second post of the same form (a double click) adds nothing.
        var twice = await cityAdmin.PostFormAsync("/Thanh-pho/Xa-phuong", "/Thanh-pho/Xa-phuong", Form("kien-an", "Kiến An", "Phuong", "quantri@kienan.example"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, twice.StatusCode);
        Assert.Equal(before + 1, await CommunesAsync());
    }

    /// <summary>Twenty simultaneous posts of the same new commune (a double click, several tabs): one commune, one administrator; the others are refused, never a fault.</summary>
    [Fact]
    public async Task Simultaneous_posts_of_one_commune_make_exactly_one()
    {
        var cityAdmin = portal.CreatePortalClient();
        await cityAdmin.SignInAsync(DemoData.CityAdminAccount.Email);
        var token = await cityAdmin.AntiforgeryTokenAsync("/Thanh-pho/Xa-phuong");
        var fields = Form("ngo-quyen", "Ngô Quyền", "Phuong", "quantri@ngoquyen.example");
        fields["__RequestVerificationToken"] = token;

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var response = await cityAdmin.PostAsync("/Thanh-pho/Xa-phuong", new FormUrlEncodedContent(fields));
            return response.StatusCode;
        }));

        Assert.Equal(1, answers.Count(a => a == HttpStatusCode.Redirect));
        Assert.Equal(19, answers.Count(a => a == HttpStatusCode.UnprocessableEntity));
        Assert.Equal(1, await portal.WithDatabaseAsync(db => db.Communes.CountAsync(c => c.Slug == "ngo-quyen")));
        Assert.Equal(1, await portal.WithDatabaseAsync(db => db.Users.IgnoreQueryFilters().CountAsync(u => u.Email == "quantri@ngoquyen.example")));
    }

    [Fact]
    public async Task Only_the_city_administrator_adds_communes()
    {
        foreach (var email in new[] { DemoData.CityAccount.Email, "quantri@nlb.example", "chutich@nlb.example" })
        {
            var client = portal.CreatePortalClient();
            await client.SignInAsync(email);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Thanh-pho/Xa-phuong")).StatusCode);
            var post = await client.PostFormAsync("/Notifications/Index", "/Thanh-pho/Xa-phuong", Form("le-chan", "Lê Chân", "Phuong", "quantri@lechan.example"));
            Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        }

        Assert.False(await portal.WithDatabaseAsync(db => db.Communes.AnyAsync(c => c.Slug == "le-chan")));
    }

    [GeneratedRegex(@"mật khẩu tạm: (\S+) \(")]
    private static partial Regex TemporaryPassword();
}
