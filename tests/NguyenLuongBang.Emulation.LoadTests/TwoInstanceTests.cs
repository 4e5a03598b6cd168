using System.Net;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;

namespace NguyenLuongBang.Emulation.LoadTests;

/// <summary>
/// Scale-out: two portal processes on one database, as behind a load balancer. Signed in on one,
/// the user is signed in on the other, and a form fetched from one posts on the other: the Data
/// Protection keys are in the database and no session state lives in memory.
/// </summary>
public sealed class TwoInstanceTests
{
    [Fact]
    public async Task Sign_in_on_one_instance_post_on_the_other()
    {
        var folder = Directory.CreateTempSubdirectory("nlb-two-").FullName;
        await using var first = new PortalServer(folder);
        await first.CommandAsync("seed-demo");
        await first.StartAsync();
        await using var second = new PortalServer(folder);
        await second.StartAsync();
        Assert.NotEqual(first.Port, second.Port);

        using var recorder = new Recorder();
        using var browser = new CookieJar(recorder);
        using var onFirst = new HttpClient(browser, disposeHandler: false) { BaseAddress = first.BaseAddress };
        using var onSecond = new HttpClient(browser, disposeHandler: false) { BaseAddress = second.BaseAddress };

        Assert.Equal(HttpStatusCode.Redirect, (await onFirst.SignInAsync("vanphong@nlb.example")).StatusCode);
        var home = await onSecond.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Trần Thị Hoa", await home.Content.ReadAsStringAsync());

        var token = await onFirst.AntiforgeryTokenAsync("/Reports/Year/2026");
        var started = await onSecond.PostAsync("/Reports/Start?year=2026", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var report = started.Headers.Location!.OriginalString;
        Assert.Contains("/Reports/Edit/", report, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await onFirst.GetAsync(report)).StatusCode);

        // Signing out on one signs the browser out of both.
        var signOutToken = await onSecond.AntiforgeryTokenAsync("/");
        await onSecond.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = signOutToken }));
        var after = await onFirst.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/Account/Login", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
