using System.Diagnostics;

namespace NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;

/// <summary>Runs the portal's own executable with a command, as an operator would, on a database in <paramref name="Folder"/>.</summary>
public sealed record PortalProcess(string Folder)
{
    public string DatabasePath => Path.Combine(Folder, "portal.db");

    /// <summary>Settings beyond the database and log folder, as environment variables (e.g. Portal__SeedDemoData).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string> { ["Portal__SeedDemoData"] = "true" };

    public static string WebDll => Path.Combine(AppContext.BaseDirectory, "NguyenLuongBang.Emulation.Web.dll");

    public ProcessStartInfo StartInfo(IEnumerable<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(WebDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in Variables())
        {
            start.Environment[key] = value;
        }

        return start;
    }

    /// <summary>
    /// The environment variables a command runs with: Development, the database and logs in
    /// <see cref="Folder"/>, then <see cref="Settings"/> (which may replace any of them). The
    /// in-process runner (PortalCommandRunner) reads the same, as configuration.
    /// </summary>
    public IReadOnlyDictionary<string, string> Variables()
    {
        var variables = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ConnectionStrings__Sqlite"] = $"Data Source={DatabasePath}",
            ["Portal__LogFolder"] = Path.Combine(Folder, "logs"),
        };
        foreach (var (key, value) in Settings)
        {
            variables[key] = value;
        }

        return variables;
    }

    /// <summary>How long an operator command may take (seeding a hundred communes takes minutes).</summary>
    public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromMinutes(3);

    public async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        using var process = Process.Start(StartInfo(args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(CommandTimeout).Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
