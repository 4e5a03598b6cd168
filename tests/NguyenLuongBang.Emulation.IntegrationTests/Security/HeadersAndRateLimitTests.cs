using System.Net;
using Microsoft.AspNetCore.Hosting;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;

namespace NguyenLuongBang.Emulation.IntegrationTests.Security;

public sealed class StrictSignInPortalFactory : PortalFactory
{
    protected override string SeedKind => SeedsAs<PortalFactory>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Portal:SignInPermitsPerMinute", "3");
    }
}

public sealed class HttpsPortalFactory : PortalFactory
{
    protected override string SeedKind => SeedsAs<PortalFactory>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Portal:RequireHttps", "true");
    }
}

public sealed class ProxiedPortalFactory : PortalFactory
{
    protected override string SeedKind => SeedsAs<PortalFactory>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Portal:RequireHttps", "true");
        builder.UseSetting("Portal:BehindProxy", "true");
    }
}

public class ProxiedHttpsTests(ProxiedPortalFactory factory) : IClassFixture<ProxiedPortalFactory>
{
    [Fact]
    public async Task Behind_a_balancer_that_ended_tls_the_request_is_served_not_redirected()
    {
        var client = factory.CreatePortalClient();
        using var forwarded = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        forwarded.Headers.Add("X-Forwarded-Proto", "https");
        forwarded.Headers.Add("X-Forwarded-For", "203.113.10.7");

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(forwarded)).StatusCode);
        Assert.Equal(HttpStatusCode.TemporaryRedirect, (await client.GetAsync("/Account/Login")).StatusCode);
    }
}

public class HttpsTests(HttpsPortalFactory factory) : IClassFixture<HttpsPortalFactory>
{
    [Fact]
    public async Task Outside_development_plain_http_is_sent_to_https()
    {
        var response = await factory.CreatePortalClient().GetAsync("/Account/Login");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("https", response.Headers.Location!.Scheme);
    }

    [Fact]
    public async Task Every_cookie_is_secure_outside_development()
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true,
        });
        var cookies = new List<string>();
        var login = await client.GetAsync("/Account/Login");
        cookies.AddRange(login.Headers.GetValues("Set-Cookie"));
        var signIn = await client.SignInAsync("chuyenvien@nlb.example");
        cookies.AddRange(signIn.Headers.GetValues("Set-Cookie"));
        var signOut = await client.PostFormAsync("/", "/Account/Logout", new Dictionary<string, string>());
        cookies.AddRange(signOut.Headers.GetValues("Set-Cookie"));

        foreach (var name in new[] { "nlb.xsrf", "nlb.auth", "nlb.tempdata" })
        {
            Assert.Contains(cookies, c => c.StartsWith(name + "=", StringComparison.Ordinal));
        }

        Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.All(cookies, c => Assert.Contains("httponly", c, StringComparison.OrdinalIgnoreCase));
    }
}

public class CacheAndErrorPageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Pages_and_files_with_personal_or_unit_data_are_never_kept_by_a_cache()
    {
        var unit = factory.CreatePortalClient();
        await unit.SignInAsync("vanphong@nlb.example");
        var reportId = await factory.WithDatabaseAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
            db.AnnualReports.Where(r => db.Units.Any(u => u.Id == r.UnitId && u.Name == "Văn phòng HĐND và UBND xã") && r.Year == 2025).Select(r => r.Id)));
        var admin = factory.CreatePortalClient();
        await admin.SignInAsync("quantri@nlb.example");
        foreach (var (client, url) in new[] { (unit, "/"), (unit, $"/Reports/Details/{reportId}"), (factory.CreatePortalClient(), "/Account/Login"), (unit, "/Notifications"), (admin, "/Admin/Audit/Export") })
        {
            var response = await client.GetAsync(url);
            Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
            Assert.True(response.Headers.CacheControl?.NoStore == true, $"{url}: Cache-Control {response.Headers.CacheControl}");
        }

        // The portal's own scripts and styles may be cached.
        var script = await unit.GetAsync("/js/session-idle.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.NotEqual(true, script.Headers.CacheControl?.NoStore);
    }

    [Theory]
    [InlineData("/Error/200")]
    [InlineData("/Error/302")]
    [InlineData("/Error/99")]
    public async Task An_error_page_for_a_status_that_is_not_an_error_is_not_found(string url)
    {
        var response = await factory.CreatePortalClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy trang", await response.Content.ReadAsStringAsync());
    }
}

public class HeadersAndRateLimitTests(StrictSignInPortalFactory factory) : IClassFixture<StrictSignInPortalFactory>
{
    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/Vinh-danh")]
    [InlineData("/health")]
    [InlineData("/Error/404")]
    public async Task Every_answer_carries_the_security_headers(string url)
    {
        var response = await factory.CreatePortalClient().GetAsync(url);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_get_a_vietnamese_429()
    {
        var client = factory.CreatePortalClient();
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
        {
            answers.Add(await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "x@nlb.example", ["Password"] = "sai" })));
        }

        var refused = answers.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(refused);
        var page = await refused[0].Content.ReadAsStringAsync();
        Assert.Contains("Bạn đã thử quá nhiều lần", page);
        Assert.Contains("<html lang=\"vi\">", page); // the portal's own error page, not a bare text
        Assert.Equal("60", Assert.Single(refused[0].Headers.GetValues("Retry-After")));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Vinh-danh")).StatusCode); // only sign-in is limited
    }
}

public class CookieTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Cookies_are_http_only_and_same_site()
    {
        var client = factory.CreatePortalClient();
        var login = await client.GetAsync("/Account/Login");
        var token = await client.AntiforgeryTokenAsync("/Account/Login");
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "chuyenvien@nlb.example", ["Password"] = PortalClient.DemoPassword, ["__RequestVerificationToken"] = token,
        }));

        var cookies = login.Headers.GetValues("Set-Cookie").Concat(response.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(cookies, c => c.StartsWith("nlb.auth=", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase) && c.Contains("samesite=lax", StringComparison.OrdinalIgnoreCase));
        Assert.All(cookies, c => Assert.Contains("httponly", c, StringComparison.OrdinalIgnoreCase));
    }
}
