using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace NguyenLuongBang.Emulation.LoadTests;

/// <summary>
/// The portal as its own process on a free port of 127.0.0.1 with a SQLite file in
/// <see cref="Folder"/>, as it runs in production (Kestrel, WAL, background jobs off). Can be
/// killed hard and started again on the same database.
/// </summary>
public sealed class PortalServer : IAsyncDisposable
{
    private Process? _process;

    public PortalServer(string folder)
    {
        Folder = folder;
        Port = FreePort();
    }

    public string Folder { get; }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    public string DatabasePath => Path.Combine(Folder, "portal.db");

    public static string WebDll => Path.Combine(AppContext.BaseDirectory, "NguyenLuongBang.Emulation.Web.dll");

    /// <summary>Runs an operator command (seed-demo …) on this server's database and waits for it.</summary>
    public async Task CommandAsync(params string[] args)
    {
        using var process = Process.Start(Start(args))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(3)).Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{string.Join(' ', args)} failed: {await output}{await error}");
        }
    }

    public async Task StartAsync()
    {
        _process = Process.Start(Start(["--urls", BaseAddress.ToString()]))!;
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

    private ProcessStartInfo Start(IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(WebDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__Sqlite"] = $"Data Source={DatabasePath}";
        start.Environment["Portal__SeedDemoData"] = "false";
        start.Environment["Portal__RunBackgroundJobs"] = "false";
        start.Environment["Portal__LogFolder"] = Path.Combine(Folder, "logs");
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";

        // Every simulated unit comes from 127.0.0.1: the per-address sign-in limit would stop them.
        start.Environment["Portal__SignInPermitsPerMinute"] = "100000";
        return start;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
