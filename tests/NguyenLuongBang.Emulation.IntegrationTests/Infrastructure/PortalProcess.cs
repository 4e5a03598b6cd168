using System.Diagnostics;

namespace NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;

/// <summary>Runs the portal's own executable with a command, as an operator would, on a database in <paramref name="Folder"/>.</summary>
public sealed record PortalProcess(string Folder)
{
    public string DatabasePath => Path.Combine(Folder, "portal.db");

    public async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NguyenLuongBang.Emulation.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__Sqlite"] = $"Data Source={DatabasePath}";
        start.Environment["Portal__SeedDemoData"] = "true";
        start.Environment["Portal__LogFolder"] = Path.Combine(Folder, "logs");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
