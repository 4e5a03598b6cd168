using System.Net;
using Microsoft.AspNetCore.Hosting;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;

namespace NguyenLuongBang.Emulation.IntegrationTests.Security;

public sealed class StrictSignInPortalFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Portal:SignInPermitsPerMinute", "3");
    }
}

public sealed class HttpsPortalFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Portal:RequireHttps", "true");
    }
}

public sealed class ProxiedPortalFactory : PortalFactory
{
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
