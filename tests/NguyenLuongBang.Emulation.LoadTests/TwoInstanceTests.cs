using System.Net;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;

namespace NguyenLuongBang.Emulation.LoadTests;

/// <summary>
/// Scale-out: two portal processes on one database, as behind a load balancer. Signed in on one,
/// the user is signed in on the other, and a form fetched from one posts on the other: the Data
/// Protection keys and the sessions are in the database, nothing lives in one instance's memory.
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

        var signedIn = await onFirst.SignInAsync("vanphong@nlb.example");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var copied = signedIn.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("nlb.auth=", StringComparison.Ordinal)).Split(';')[0];
        var home = await onSecond.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);

        // Real Kestrel: no Server header names what answers.
        Assert.False(home.Headers.Contains("Server"));
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
        // (A signed-in page: the root itself is, for a visitor, the list of the demo's two communes.)
        var after = await onFirst.GetAsync("/Notifications/Index");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/Account/Login", after.Headers.Location!.OriginalString, StringComparison.Ordinal);

        // A copy of the cookie taken before signing out opens nothing on either instance: the session ended on the server.
        foreach (var instance in new[] { first.BaseAddress, second.BaseAddress })
        {
            using var replay = new HttpRequestMessage(HttpMethod.Get, new Uri(instance, "/Notifications/Index"));
            replay.Headers.Add("Cookie", copied);
            var answer = await recorder.SendAsyncForTest(replay);
            Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
            Assert.Contains("/Account/Login", answer.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
    }
}
