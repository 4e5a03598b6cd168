using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using NguyenLuongBang.Emulation.Web.Infrastructure;
using Xunit.Abstractions;

namespace NguyenLuongBang.Emulation.IntegrationTests.Security;

/// <summary>
/// Old data may hold any setting empty or corrupt (stored before it was checked, or changed in the
/// database): with each setting in turn cleared, then corrupt, every page of every role that reads
/// it still answers without a server error. A first walk over every page notes which settings each
/// page reads (<see cref="PortalSettings.KeysRead"/>); then each setting's rounds walk those pages,
/// and the settings pages, which show every value. One portal, each setting restored after its round, GET only.
/// </summary>
public sealed class SettingsSweepTests(SettingsSweepTests.ReadsNotingFactory factory, ITestOutputHelper output) : IClassFixture<SettingsSweepTests.ReadsNotingFactory>
{
    /// <summary>The portal noting, for each request the sweep tags, which settings it read.</summary>
    public sealed class ReadsNotingFactory : PortalFactory
    {
        protected override string SeedKind => SeedsAs<PortalFactory>();

        public const string Tag = "X-Sweep-Page";

        public System.Collections.Concurrent.ConcurrentDictionary<string, string[]> Reads { get; } = new();

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddTransient<Microsoft.AspNetCore.Hosting.IStartupFilter>(_ => new NoteReads(Reads)));
        }

        private sealed class NoteReads(System.Collections.Concurrent.ConcurrentDictionary<string, string[]> reads) : Microsoft.AspNetCore.Hosting.IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                app.Use(async (context, inner) =>
                {
                    await inner(context);
                    if (context.Request.Headers[Tag].ToString() is { Length: > 0 } page)
                    {
                        reads[page] = [.. context.RequestServices.GetRequiredService<PortalSettings>().KeysRead];
                    }
                });
                next(app);
            };
        }
    }

    /// <summary>The pages that show every setting's value, read from the table itself rather than through <see cref="PortalSettings"/>.</summary>
    private static bool ShowsEverySetting(string url) =>
        url.StartsWith("/Admin/Settings", StringComparison.Ordinal) || url.StartsWith("/Thanh-pho/Tai-khoan", StringComparison.Ordinal);

    /// <summary>Pages the matrix reaches by one URL each, and the years and drafts that once failed when a plan was cleared.</summary>
    private static readonly (string Who, string Url)[] Extra =
    [
        ("R", "/Consolidation/2026"), ("R", "/Consolidation/2027"), ("R", "/Consolidation/2026/Excel"), ("R", "/Consolidation/2027/Excel"),
        ("R", "/Awards/2026/Proposal.pdf?draft=true"), ("R", "/Awards/2025/Proposal.pdf?draft=true"), ("T", "/Thanh-pho/Bao-cao-tong-hop/2026"),
        ("U", "/Reports/Year/2027"), ("U", "/Registration/2027"),
    ];

    /// <summary>A value each kind of setting refuses, as an old database might hold it.</summary>
    private static string Corrupt(SettingDefinition definition) => definition.Kind switch
    {
        SettingKind.Date => "31/02/2026",
        SettingKind.Fraction => "3/2",
        SettingKind.Position => "400; 88",
        SettingKind.EmailAddress => "a..b@nlb.example",
        SettingKind.HostName => "0x10",
        SettingKind.Text => new string('x', definition.MaxLength + 1),
        _ => "-1",
    };

    [Fact]
    public async Task Every_page_of_every_role_answers_with_each_setting_cleared_then_corrupt()
    {
        var clients = new Dictionary<string, HttpClient> { ["A"] = factory.CreatePortalClient() };
        foreach (var (who, email) in AuthorizationMatrixTests.Accounts)
        {
            clients[who] = factory.CreatePortalClient();
            await clients[who].SignInAsync(email);
        }

        var pages = AuthorizationMatrixTests.Endpoints(factory.Services)
            .Where(e => e.Method == "GET")
            .SelectMany(e => AuthorizationMatrixTests.Expected[$"{e.Method} {e.Template}"].Select(who => (Who: who.ToString(), e.Url)))
            .Concat(Extra)
            .Distinct()
            .ToList();
        var cityId = await factory.WithDatabaseAsync(db => db.Communes.Where(c => c.Kind == Domain.Communes.CommuneKind.City).Select(c => c.Id).SingleAsync());
        var cityKeys = Web.Features.City.CitySettings.Definitions.Select(d => d.Key).ToHashSet();

        // Which settings each page reads, with every setting as the demo has it.
        var watch = Stopwatch.StartNew();
        foreach (var (who, url) in pages)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Add(ReadsNotingFactory.Tag, $"{who} {url}");
            using var response = await clients[who].SendAsync(request);
            Assert.True((int)response.StatusCode < 500, $"GET {url} as {who} answered {(int)response.StatusCode} with the demo's settings");
        }

        Assert.Equal(pages.Count, factory.Reads.Count);
        // The pages of the probe's finding are among those that read the city's plan number.
        Assert.Contains(PortalSettings.CityPlanNumberKey, factory.Reads["R /Consolidation/2027/Excel"]);
        Assert.Contains(PortalSettings.CityPlanNumberKey, factory.Reads["R /Awards/2026/Proposal.pdf?draft=true"]);
        var failures = new List<string>();
        var requests = 0;
        foreach (var definition in PortalSettings.Definitions)
        {
            var readers = pages.Where(p => ShowsEverySetting(p.Url) || factory.Reads[$"{p.Who} {p.Url}"].Contains(definition.Key)).ToList();
            var corrupt = Corrupt(definition);
            Assert.NotNull(PortalSettings.Check(definition, corrupt));   // the sweep's corrupt value is one the form refuses
            var rows = cityKeys.Contains(definition.Key) ? new[] { Domain.Communes.Commune.FirstId, cityId } : [Domain.Communes.Commune.FirstId];
            var old = new Dictionary<int, string?>();
            foreach (var commune in rows)
            {
                old[commune] = await factory.WriteDirectlyAsync(commune, definition.Key, string.Empty);
            }

            try
            {
                foreach (var value in new[] { string.Empty, corrupt })
                {
                    foreach (var commune in rows)
                    {
                        await factory.WriteDirectlyAsync(commune, definition.Key, value);
                    }

                    foreach (var (who, url) in readers)
                    {
                        requests++;
                        using var response = await clients[who].GetAsync(url);
                        if ((int)response.StatusCode >= 500)
                        {
                            failures.Add($"{definition.Key} = \"{(value.Length > 20 ? value[..20] + "…" : value)}\": GET {url} as {who} answered {(int)response.StatusCode}");
                        }
                    }
                }
            }
            finally
            {
                foreach (var commune in rows)
                {
                    await factory.WriteDirectlyAsync(commune, definition.Key, old[commune]);
                }
            }
        }

        output.WriteLine($"{PortalSettings.Definitions.Count} settings × 2 values over the pages that read each ({requests} requests; {pages.Count} pages in all) in {watch.Elapsed}");
        output.WriteLine(string.Join(Environment.NewLine, failures));
        Assert.Empty(failures);
    }
}
