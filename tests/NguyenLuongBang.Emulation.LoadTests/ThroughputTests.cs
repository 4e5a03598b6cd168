using System.Diagnostics;
using System.Globalization;
using System.Net;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace NguyenLuongBang.Emulation.LoadTests;

/// <summary>
/// Requests per second, side by side in one run against the real process with 120 generated units
/// plus the 15 demo units × 6 years, on SQLite and on PostgreSQL: the anonymous sign-in page (no
/// database: the framework's ceiling on this machine), a signed-in form that reads nothing of its
/// own (the signed-in ceiling), the unit's report page, the reviewer's dashboard and list.
/// Printed for docs/performance.md; only correctness (every answer 200) is asserted.
/// </summary>
public sealed class ThroughputTests(ITestOutputHelper output)
{
    private const int Concurrency = 16;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(1);

    internal static async Task<Summary> MeasureAsync(HttpClient client, string name, string url, TimeSpan? duration = null)
    {
        var measured = duration ?? Duration;
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
            while (watch.Elapsed < measured)
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

    /// <summary>The evening's data on a server's database: 120 generated units and the demo's, with six years of reports.</summary>
    private static Task SeedAsync(PortalServer server) => server.CommandAsync("seed-demo", "--extra-units", "120", "--history");

    private static async Task<IReadOnlyList<Summary>> MeasureAsync(PortalServer server)
    {
        await server.StartAsync();
        using var run = new LoadRun(server.BaseAddress, 2026);
        using var anonymous = run.NewClient();
        using var unit = run.NewClient();
        using var reviewer = run.NewClient();
        await unit.SignInAsync("donvi001@nlb.example");
        await reviewer.SignInAsync("chuyenvien@nlb.example");
        var year = await unit.GetAsync("/Reports/Year/2026");
        var reportUrl = year.Headers.Location!.OriginalString.Replace("/Edit/", "/Details/", StringComparison.Ordinal);
        (HttpClient Client, string Name, string Url)[] pages =
        [
            (anonymous, "GET /Account/Login (anonymous, no database)", "/Account/Login"),
            (unit, "GET /Account/ChangePassword (signed in: a form and the bell)", "/Account/ChangePassword"),
            (unit, "GET unit's report page", reportUrl),
            (reviewer, "GET /Dashboard?year=2026", "/Dashboard?year=2026"),
            (reviewer, "GET /Review?year=2026", "/Review?year=2026"),
        ];

        // A first round over every page, unmeasured: the first page measured would otherwise pay for
        // the JIT's tiering of code all pages share, and look slower than it is.
        foreach (var page in pages)
        {
            await MeasureAsync(page.Client, page.Name, page.Url, TimeSpan.FromSeconds(0.5));
        }

        var results = new List<Summary>();
        foreach (var page in pages)
        {
            results.Add(await MeasureAsync(page.Client, page.Name, page.Url));
        }

        return results;
    }

    [Fact]
    public async Task Main_pages_beside_the_ceilings_on_both_engines()
    {
        var results = new List<(string Engine, IReadOnlyList<Summary> Rows)>();
        var database = TestEngine.CreatePostgreSqlDatabase();
        try
        {
            await using var sqlite = new PortalServer(Directory.CreateTempSubdirectory("nlb-rps-").FullName);
            await using var postgreSql = new PortalServer(Directory.CreateTempSubdirectory("nlb-rps-").FullName, database);

            // Both databases are seeded at once (each seeding is one process on one core); then each
            // engine is measured alone, the other's server not yet started or already stopped.
            await Task.WhenAll(SeedAsync(sqlite), SeedAsync(postgreSql));
            results.Add(("SQLite", await MeasureAsync(sqlite)));
            await sqlite.DisposeAsync();
            results.Add(("PostgreSQL", await MeasureAsync(postgreSql)));
        }
        finally
        {
            TestEngine.DropPostgreSqlDatabase(database);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"120 generated units + 15 demo units × 6 years; {Concurrency} concurrent clients, a round over every page unmeasured, then each page {WarmUp.TotalSeconds:0} s warm-up and {Duration.TotalSeconds:0} s measured"));
        output.WriteLine("| Engine | Request | Count | p50 ms | p95 ms | p99 ms | per s | of anonymous | of signed-in |");
        output.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (engine, rows) in results)
        {
            var anonymous = rows[0].PerSecond;
            var signedIn = rows[1].PerSecond;
            foreach (var row in rows)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {engine} | {row.Name} | {row.Count} | {row.P50:0} | {row.P95:0} | {row.P99:0} | {row.PerSecond:0} | {100 * row.PerSecond / anonymous:0}% | {100 * row.PerSecond / signedIn:0}% |"));
            }
        }
    }
}
