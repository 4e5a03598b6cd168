using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using NguyenLuongBang.Emulation.Web.Data;
using Xunit.Abstractions;

namespace NguyenLuongBang.Emulation.LoadTests;

/// <summary>
/// The city at scale, run for real: PostgreSQL, two portal processes, nginx in front, generated
/// communes of 20 units each with no report of the year yet. Every unit of every generated commune
/// signs in and submits over the evening while one reviewer per commune (up to 20) browses; then the
/// city's pages and the main pages are measured against the signed-in ceiling. Correctness is
/// asserted (every submission acknowledged and stored once, the city's counts); the figures are
/// printed for docs/performance.md. 3 communes over 20 s by default (the test suite's size: every
/// path of the evening — several communes behind two processes, the city counting them — in well
/// under a minute);
/// <c>NLB_CITY_COMMUNES=114 NLB_CITY_SPREAD_SECONDS=600</c> is the issue's deadline evening.
/// </summary>
public sealed partial class CityScaleRunTests(ITestOutputHelper output)
{
    private const int Year = 2026;
    private const int UnitsPerCommune = 20;

    private static int Communes => Number("NLB_CITY_COMMUNES", 3);

    private static TimeSpan Spread => TimeSpan.FromSeconds(Number("NLB_CITY_SPREAD_SECONDS", 20));

    private static int Number(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;

    private static string Tag(int commune) => commune.ToString("000", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Every_unit_of_every_commune_submits_through_nginx_to_two_instances_and_the_city_counts_them_all()
    {
        var database = TestEngine.CreatePostgreSqlDatabase();
        try
        {
            var folder = Directory.CreateTempSubdirectory("nlb-city-").FullName;
            var extra = new Dictionary<string, string> { ["Portal__BehindProxy"] = "true", ["Portal__RunBackgroundJobs"] = "true" };
            await using var first = new PortalServer(folder, database, extra) { CommandTimeout = TimeSpan.FromSeconds(30 * Communes) };
            var seeding = System.Diagnostics.Stopwatch.StartNew();
            await first.CommandAsync("seed-demo", "--communes", Communes.ToString(CultureInfo.InvariantCulture), "--no-current-year");
            seeding.Stop();
            await first.StartAsync();
            await using var second = new PortalServer(folder, database, extra);
            await second.StartAsync();
            await using var nginx = new Nginx([first.BaseAddress, second.BaseAddress]);
            await nginx.StartAsync();

            var units = Enumerable.Range(1, Communes)
                .SelectMany(c => Enumerable.Range(1, UnitsPerCommune).Select(u => $"donvi{u:00}@tn{Tag(c)}.example")).ToArray();
            var reviewers = Enumerable.Range(1, Math.Min(Communes, 20)).Select(c => $"chuyenvien@tn{Tag(c)}.example").ToArray();
            using var run = new LoadRun(nginx.BaseAddress, Year) { Timeout = TimeSpan.FromMinutes(3) };
            var elapsed = await run.RunAsync(units, reviewers, Spread + TimeSpan.FromMinutes(8), spread: Spread, reviewerPause: TimeSpan.FromSeconds(2));

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"PostgreSQL, 2 instances behind nginx; {Communes} generated communes + the 2 demo communes, {units.Length} units starting over {Spread.TotalSeconds:0} s, {reviewers.Length} reviewers browsing; seeding took {seeding.Elapsed.TotalSeconds:0} s"));
            foreach (var line in run.Report(elapsed))
            {
                output.WriteLine(line);
            }

            // Nothing lost: every unit acknowledged, every acknowledgement stored once, submitted, as one version.
            Assert.Empty(run.Errors);
            Assert.Equal(units.Length, run.Acknowledged.Count);
            Assert.DoesNotContain(run.Samples, s => s.Status >= 500 || s.Status == 0);
            await using (var db = new PostgreSqlAppDbContext(new DbContextOptionsBuilder<PostgreSqlAppDbContext>().UseNpgsql(database).Options))
            {
                var stored = await (from r in db.AnnualReports.IgnoreQueryFilters()
                                    where r.Year == Year
                                    join u in db.Users.IgnoreQueryFilters() on r.UnitId equals u.UnitId
                                    where u.Email!.EndsWith(".example") && u.Email.StartsWith("donvi") && u.Email.Contains("@tn")
                                    select new { u.Email, r.Id, r.Status, Versions = r.Versions.Count }).ToListAsync();
                Assert.Equal(units.Length, stored.Count);
                foreach (var (email, reportId) in run.Acknowledged)
                {
                    var row = Assert.Single(stored, s => s.Email == email);
                    Assert.Equal(reportId, row.Id);
                    Assert.Equal(Domain.Reports.ReportStatus.Submitted, row.Status);
                    Assert.Equal(1, row.Versions);
                }
            }

            // The city sees every commune and counts every submission.
            using var city = run.NewClient();
            Assert.Equal(HttpStatusCode.Redirect, (await city.SignInAsync("bantdkt@haiphong.example")).StatusCode);
            var overview = await city.GetStringAsync($"/Thanh-pho?year={Year}");
            var totals = Totals().Match(overview);
            Assert.True(totals.Success, "the city's totals line");
            Assert.Equal(Communes + 2, int.Parse(totals.Groups["communes"].Value, CultureInfo.InvariantCulture));
            Assert.True(int.Parse(totals.Groups["submitted"].Value, CultureInfo.InvariantCulture) >= units.Length);

            // The main pages beside the ceilings, through nginx, after the evening.
            using var anonymous = run.NewClient();
            using var unit = run.NewClient();
            using var reviewer = run.NewClient();
            await unit.SignInAsync(units[0]);
            await reviewer.SignInAsync(reviewers[0]);
            var reportUrl = $"/Reports/Details/{run.Acknowledged[units[0]]}";
            (HttpClient Client, string Name, string Url)[] pages =
            [
                (anonymous, "GET /Account/Login (anonymous, no database)", "/Account/Login"),
                (unit, "GET /Account/ChangePassword (signed in: a form and the bell)", "/Account/ChangePassword"),
                (unit, "GET unit's report page", reportUrl),
                (reviewer, $"GET /Dashboard?year={Year} (a commune's reviewer)", $"/Dashboard?year={Year}"),
                (city, $"GET /Thanh-pho?year={Year} (the city's overview)", $"/Thanh-pho?year={Year}"),
                // 2025: every report of every generated commune accepted, so every value is added up.
                (city, "GET /Thanh-pho/Chi-tieu?year=2025 (indicators across the city)", "/Thanh-pho/Chi-tieu?year=2025"),
                (city, "GET /Thanh-pho/Bao-cao-tong-hop/2025 (the city's report page)", "/Thanh-pho/Bao-cao-tong-hop/2025"),
            ];
            foreach (var page in pages)
            {
                await ThroughputTests.MeasureAsync(page.Client, page.Name, page.Url, TimeSpan.FromSeconds(0.5));
            }

            var rows = new List<Summary>();
            foreach (var page in pages)
            {
                rows.Add(await ThroughputTests.MeasureAsync(page.Client, page.Name, page.Url));
            }

            output.WriteLine($"{Communes + 2} communes, {units.Length + 25} units; 16 concurrent clients through nginx, each page 1 s warm-up, 2 s measured");
            output.WriteLine("| Request | Count | p50 ms | p95 ms | p99 ms | per s | of signed-in |");
            output.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
            foreach (var row in rows)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{row.ToString().TrimEnd('|', ' ')} | {row.PerSecond / rows[1].PerSecond:P0} |"));
            }
        }
        finally
        {
            TestEngine.DropPostgreSqlDatabase(database);
        }
    }

    [GeneratedRegex(@"(?<communes>\d+) xã, phường, đặc khu · (?<units>\d+) đơn vị · (?<submitted>\d+) đã nộp báo cáo")]
    private static partial Regex Totals();
}
