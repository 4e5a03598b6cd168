using System.Diagnostics;
using System.Globalization;
using System.Net;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace NguyenLuongBang.Emulation.LoadTests;

/// <summary>
/// Requests per second, side by side in one run against the real process with 120 units × 6
/// years: the unit's report page, the reviewer's dashboard and list, the sign-in page (no
/// database: the framework's ceiling on this machine) and a signed-in page with no data of its own. Printed for docs/performance.md; only
/// correctness (every answer 200) is asserted.
/// </summary>
public sealed class ThroughputTests(ITestOutputHelper output)
{
    private const int Concurrency = 8;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(2);

    private static async Task<Summary> MeasureAsync(LoadRun run, HttpClient client, string name, string url)
    {
        // Warm-up with the same concurrency, so JIT tiering and caches settle before measuring.
        var warm = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(async _ =>
        {
            while (warm.Elapsed < WarmUp)
            {
                using var response = await client.GetAsync(url);
            }
        }));

        var samples = new List<Sample>();
        var statuses = new List<HttpStatusCode>();
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, Concurrency).Select(async _ =>
        {
            while (watch.Elapsed < Duration)
            {
                var started = watch.Elapsed;
                using var response = await client.GetAsync(url);
                await response.Content.ReadAsByteArrayAsync();
                lock (samples)
                {
                    samples.Add(new Sample(name, (watch.Elapsed - started).TotalMilliseconds, (int)response.StatusCode));
                    statuses.Add(response.StatusCode);
                }
            }
        });
        await Task.WhenAll(workers);
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        return Summary.Of(name, samples, watch.Elapsed);
    }

    [Fact]
    public async Task Report_page_and_dashboard_beside_the_framework_ceiling()
    {
        await using var server = new PortalServer(Directory.CreateTempSubdirectory("nlb-rps-").FullName);
        await server.CommandAsync("seed-demo", "--extra-units", "120", "--history");
        await server.StartAsync();
        using var run = new LoadRun(server.BaseAddress, 2026);
        using var anonymous = run.NewClient();
        using var unit = run.NewClient();
        using var reviewer = run.NewClient();
        await unit.SignInAsync("donvi001@nlb.example");
        await reviewer.SignInAsync("chuyenvien@nlb.example");
        var year = await unit.GetAsync("/Reports/Year/2026");
        var reportUrl = year.Headers.Location!.OriginalString.Replace("/Edit/", "/Details/", StringComparison.Ordinal);

        var results = new[]
        {
            await MeasureAsync(run, anonymous, "GET /Account/Login (no database: ceiling)", "/Account/Login"),
            await MeasureAsync(run, unit, "GET /Account/ChangePassword (signed in, a form and the bell only)", "/Account/ChangePassword"),
            await MeasureAsync(run, unit, "GET unit's report page", reportUrl),
            await MeasureAsync(run, reviewer, "GET /Dashboard?year=2026", "/Dashboard?year=2026"),
            await MeasureAsync(run, reviewer, "GET /Review?year=2026", "/Review?year=2026"),
        };

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"120 generated units × 6 years + 15 demo units; {Concurrency} concurrent clients, {Duration.TotalSeconds:0} s each"));
        output.WriteLine("| Request | Count | p50 ms | p95 ms | p99 ms | per s |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var result in results)
        {
            output.WriteLine(result.ToString());
        }
    }
}
