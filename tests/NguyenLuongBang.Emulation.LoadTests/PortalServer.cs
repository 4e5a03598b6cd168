using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;

namespace NguyenLuongBang.Emulation.LoadTests;

/// <summary>
/// The portal as its own process on a free port of 127.0.0.1 with a SQLite file in
/// <see cref="Folder"/>, as it runs in production (Kestrel, WAL, background jobs off). Can be
/// killed hard and started again on the same database.
/// </summary>
public sealed class PortalServer : IAsyncDisposable
{
    private readonly PortalProcess _portal;
    private Process? _process;

    /// <param name="postgreSql">A PostgreSQL database to run on instead of the folder's SQLite file.</param>
    /// <param name="extra">More settings (e.g. behind a proxy, background jobs on).</param>
    public PortalServer(string folder, string? postgreSql = null, IReadOnlyDictionary<string, string>? extra = null)
    {
        Folder = folder;
        Port = FreePort();
        PostgreSql = postgreSql;
        var settings = new Dictionary<string, string>
        {
            ["Portal__SeedDemoData"] = "false",

            // The evening is about reports: the demo's finished award round (rendered and signed at
            // seeding) plays no part in it.
            ["Portal__DemoAwardRound"] = "false",
            ["Portal__RunBackgroundJobs"] = "false",
            ["Serilog__MinimumLevel__Default"] = "Warning",

            // Every simulated unit comes from 127.0.0.1: the per-address sign-in limit would stop them.
            ["Portal__SignInPermitsPerMinute"] = "100000",
        };
        if (postgreSql is not null)
        {
            settings["Database__Provider"] = "PostgreSql";
            settings["ConnectionStrings__PostgreSql"] = postgreSql;
        }

        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }

        _portal = new PortalProcess(folder) { Settings = settings };
    }

    /// <summary>The PostgreSQL database this server runs on (null: the SQLite file in the folder).</summary>
    public string? PostgreSql { get; }

    public string Folder { get; }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    public string DatabasePath => _portal.DatabasePath;

    /// <summary>How long an operator command may take.</summary>
    public TimeSpan CommandTimeout
    {
        get => _portal.CommandTimeout;
        set => _portal.CommandTimeout = value;
    }

    /// <summary>Runs an operator command (seed-demo …) on this server's database and waits for it.</summary>
    public async Task CommandAsync(params string[] args)
    {
        var (exitCode, output) = await _portal.RunAsync(args);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"{string.Join(' ', args)} failed: {output}");
        }
    }

    public async Task StartAsync()
    {
        _process = Process.Start(_portal.StartInfo(["--urls", BaseAddress.ToString()]))!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var probe = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var until = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < until)
        {
            try
            {
                if ((await probe.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        throw new InvalidOperationException("The portal did not answer /health within 60 s.");
    }

    /// <summary>Ends the process at once, as a power cut would: no shutdown, no flushing.</summary>
    public void KillHard()
    {
        _process?.Kill(entireProcessTree: true);
        _process?.WaitForExit();
        _process?.Dispose();
        _process = null;
    }

    public ValueTask DisposeAsync()
    {
        KillHard();
        return ValueTask.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
