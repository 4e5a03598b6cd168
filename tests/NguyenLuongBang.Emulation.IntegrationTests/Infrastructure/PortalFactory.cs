using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using NguyenLuongBang.Emulation.Web.Data;

namespace NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;

/// <summary>
/// The real app over HTTP on its own database — a fresh SQLite file per factory, or a fresh
/// PostgreSQL database when the run is on that engine (<see cref="TestEngine"/>) — with demo data
/// and a fake clock set to 26/11/2026 10:00 in Vietnam.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Start = new(2026, 11, 26, 10, 0, 0, TimeSpan.FromHours(7));

    private readonly string _folder;

    private readonly bool _ownsDatabase = true;

    /// <summary>
    /// A test host never reloads its settings and watches its files by polling: each host would
    /// otherwise hold inotify instances (appsettings.json, and wwwroot for the version stamps of
    /// scripts and styles), and a run of three test processes side by side reaches the kernel's
    /// default limit of 128 per user (CI failed with 81, then 94 tests on that).
    /// </summary>
    static PortalFactory()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }

    public PortalFactory()
    {
        _folder = Path.Combine(Path.GetTempPath(), "nlb-tests", Guid.NewGuid().ToString("N"));
        PostgreSqlConnection = TestEngine.IsPostgreSql ? TestEngine.CreatePostgreSqlDatabase() : null;
    }

    /// <summary>Another instance of the portal on the same database as <paramref name="first"/> (as behind a load balancer).</summary>
    protected PortalFactory(PortalFactory first)
    {
        ArgumentNullException.ThrowIfNull(first);
        _folder = first._folder;
        PostgreSqlConnection = first.PostgreSqlConnection;
        _ownsDatabase = false;
        Clock = first.Clock;
    }

    public FakeTimeProvider Clock { get; } = new(Start);

    /// <summary>Settings a test adds for its factory (e.g. the mail server), as configuration keys.</summary>
    public Dictionary<string, string> ExtraSettings { get; } = [];

    /// <summary>Password hashes with 1,000 rounds instead of the production setting (see ConfigureWebHost).</summary>
    public bool FastPasswordHashing { get; protected set; } = true;

    /// <summary>Counts the database commands the app sends, so tests can check a page's query count.</summary>
    public CommandCounter Commands { get; } = new();

    public string DatabasePath => Path.Combine(_folder, "portal.db");

    /// <summary>The PostgreSQL database of this factory (null on SQLite).</summary>
    public string? PostgreSqlConnection { get; }

    /// <summary>The portal's own executable on this factory's database, for operator commands.</summary>
    public PortalProcess Process() => new(_folder)
    {
        Settings = PostgreSqlConnection is null
            ? new Dictionary<string, string> { ["Portal__SeedDemoData"] = "true" }
            : new Dictionary<string, string> { ["Portal__SeedDemoData"] = "true", ["Database__Provider"] = DatabaseSetup.PostgreSqlProvider, ["ConnectionStrings__PostgreSql"] = PostgreSqlConnection },
    };

    /// <summary>Whether the demo holds its finished 2025 award round (tests that walk that round from scratch turn it off).</summary>
    protected virtual bool DemoAwardRound => true;

    /// <summary>
    /// The demo's second commune (phường Hồng Bàng): off by default, so most tests start from one
    /// commune, as an upgraded deployment does; the tests of several communes add their own or turn it on.
    /// </summary>
    protected virtual bool DemoSecondCommune => false;

    /// <summary>The address documents print (Portal:PublicUrl): outside Development nothing is issued without one.</summary>
    public const string PublicUrl = "https://thidua.nlb.example";

    /// <summary>The host environment: "Testing" (not Development, so the portal's production rules hold).</summary>
    protected virtual string HostEnvironment => "Testing";

    /// <summary>Portal:PublicUrl as this factory sets it; null leaves it unset.</summary>
    protected virtual string? PublicUrlSetting => PublicUrl;

    /// <summary>The clock the app reads: the fake one unless a test needs the machine's own.</summary>
    protected virtual TimeProvider AppClock => Clock;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment(HostEnvironment);
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={DatabasePath}");
        builder.UseSetting("Database:Provider", TestEngine.Provider);
        if (PostgreSqlConnection is not null)
        {
            builder.UseSetting("ConnectionStrings:PostgreSql", PostgreSqlConnection);
        }

        builder.UseSetting("Portal:SeedDemoData", "true");
        builder.UseSetting("Portal:DemoAwardRound", DemoAwardRound ? "true" : "false");
        builder.UseSetting("Portal:DemoSecondCommune", DemoSecondCommune ? "true" : "false");
        builder.UseSetting("Portal:LogFolder", Path.Combine(_folder, "logs"));
        builder.UseSetting("Portal:RunBackgroundJobs", "false");

        // Tests sign in far more often than people do; the limit itself is tested with a strict factory.
        builder.UseSetting("Portal:SignInPermitsPerMinute", "100000");
        builder.UseSetting("Portal:VerifyPermitsPerMinute", "100000");
        builder.UseSetting("Portal:FeedbackPermitsPerHour", "100000");
        builder.UseSetting("Portal:RequireHttps", "false");
        if (PublicUrlSetting is not null)
        {
            builder.UseSetting("Portal:PublicUrl", PublicUrlSetting);
        }

        foreach (var (key, value) in ExtraSettings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(AppClock);
            services.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(Commands));
            services.ConfigureDbContext<PostgreSqlAppDbContext>(o => o.AddInterceptors(Commands));

            // The same hasher and format with fewer rounds: a password check costs ~140 ms of one core
            // here at the production setting, and the suite signs in hundreds of times on each engine.
            // Tests about the cost itself use ProductionHashingPortalFactory; the load runs start the
            // real process, which keeps the production setting.
            if (FastPasswordHashing)
            {
                services.Configure<Microsoft.AspNetCore.Identity.PasswordHasherOptions>(o => o.IterationCount = 1_000);
            }
        });
    }

    /// <summary>
    /// Which seeded template this factory's database may be copied from (see <see cref="SeededTemplates"/>):
    /// factories of one type, on one engine, clock reading and settings seed the same demo. Null —
    /// a second instance on another's database, or the machine's clock — seeds its own.
    /// </summary>
    protected virtual string? TemplateKey => _ownsDatabase && ReferenceEquals(AppClock, Clock)
        ? string.Join('|', SeedKind, TestEngine.Provider, Clock.GetUtcNow().UtcTicks, FastPasswordHashing,
            string.Join(';', ExtraSettings.Where(s => !ReadAfterStartOnly(s.Key)).OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}={s.Value}")))
        : null;

    /// <summary>
    /// Settings nothing reads while the demo is seeded (the mail server, the password of a
    /// certificate an administrator installs later, the rate limits): factories that differ only in
    /// them start on the same template.
    /// </summary>
    private static bool ReadAfterStartOnly(string key) =>
        key.StartsWith("Smtp:", StringComparison.Ordinal) || key == "Signing:CertificatePassword" || key.Contains("PermitsPer", StringComparison.Ordinal);

    /// <summary>
    /// What this kind of factory seeds, for <see cref="TemplateKey"/>: by default its own type. A kind
    /// whose difference only shows after start-up (a stricter limit, HTTPS required, a probe on each
    /// request, a fault a test switches on, records a test adds itself) seeds what its base seeds and
    /// says so with <see cref="SeedsAs{T}"/>, so that it starts on that template's copy instead of
    /// migrating and seeding the whole demo once more on each engine.
    /// </summary>
    protected virtual string SeedKind => GetType().FullName!;

    /// <summary>The <see cref="SeedKind"/> of a factory that seeds exactly what <typeparamref name="T"/> seeds.</summary>
    protected static string SeedsAs<T>()
        where T : PortalFactory => typeof(T).FullName!;

    private bool _databasePrepared;

    protected override IHost CreateHost(IHostBuilder builder)
    {
        if (_databasePrepared || TemplateKey is not { } key)
        {
            return base.CreateHost(builder);
        }

        _databasePrepared = true;
        return SeededTemplates.StartOnCopy(key, DatabasePath, PostgreSqlConnection, () => base.CreateHost(builder));
    }

    public HttpClient CreatePortalClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A scope for reading the database as the app sees it.</summary>
    public async Task<T> WithDatabaseAsync<T>(Func<AppDbContext, Task<T>> read)
    {
        await using var scope = Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDatabase)
        {
            SqliteConnection.ClearAllPools();
            if (PostgreSqlConnection is not null)
            {
                TestEngine.DropPostgreSqlDatabase(PostgreSqlConnection);
            }

            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A log file may still be held for a moment; the OS temp folder is cleaned anyway.
            }
        }
    }
}

/// <summary>The demo without its award rounds: 2025's proposals untouched, no session, decision or issued document yet.</summary>
public class BlankRoundPortalFactory : PortalFactory
{
    protected override bool DemoAwardRound => false;
}

/// <summary>The portal in Production with no Portal:PublicUrl, on the demo without its award round (seeding issues nothing).</summary>
public sealed class NoPublicAddressPortalFactory : BlankRoundPortalFactory
{
    /// <summary>Seeding issues nothing without the award round, so the environment and the address change nothing of it.</summary>
    protected override string SeedKind => SeedsAs<BlankRoundPortalFactory>();

    protected override string HostEnvironment => "Production";

    protected override string? PublicUrlSetting => null;
}

/// <summary>The portal as a developer runs it: Development, Portal:PublicUrl only as appsettings.Development.json gives it.</summary>
public sealed class DevelopmentPortalFactory : PortalFactory
{
    protected override string HostEnvironment => "Development";

    protected override string? PublicUrlSetting => null;
}

/// <summary>The demo as the README's command runs it: two communes and the city.</summary>
public class TwoCommuneDemoPortalFactory : PortalFactory
{
    protected override bool DemoSecondCommune => true;
}

/// <summary>The demo on the machine's real clock (instants with all their sub-millisecond digits).</summary>
public class RealClockPortalFactory : PortalFactory
{
    protected override TimeProvider AppClock => TimeProvider.System;
}

/// <summary>A second portal instance on another factory's database: same data, its own memory, its own jobs' identity.</summary>
public sealed class SecondInstanceFactory(PortalFactory first) : PortalFactory(first)
{
}

/// <summary>The portal with the production password hashing, for tests where the cost of a password check is the point.</summary>
public sealed class ProductionHashingPortalFactory : PortalFactory
{
    public ProductionHashingPortalFactory() => FastPasswordHashing = false;
}
