using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Infrastructure;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;

/// <summary>
/// Runs an operator command as <see cref="PortalProcess.RunAsync"/> does, but inside the test's own
/// process: the app is built the way Program.cs builds it, with the settings the child process would
/// get, and the command writes to strings. A child process pays the runtime's start-up and compiles
/// the app, EF's model and its queries afresh each time (seconds of the two cores a CI machine has);
/// here the test process has done most of that already. The one test of the executable itself is
/// ExportCommandTests' usage check.
/// </summary>
public static class PortalCommandRunner
{
    /// <summary>A test host never watches its settings files (see <see cref="PortalFactory"/>): first, so that no option of the command takes it as its value.</summary>
    private const string NoReload = "--hostBuilder:reloadConfigOnChange=false";

    /// <summary>What the console sink prints by default, so that the output holds the log as the process's did.</summary>
    private const string ConsoleTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}";

    /// <summary>
    /// The command's exit code and what it printed (output, then errors, the log among the output),
    /// as the executable run on <paramref name="process"/>'s folder and settings would give them.
    /// Paths in <paramref name="args"/> must be absolute: the test process's working directory is not the folder.
    /// A command that throws fails the test with its exception, where the process would have crashed.
    /// </summary>
    public static async Task<(int ExitCode, string Output)> RunInProcessAsync(this PortalProcess process, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(args);
        if (!PortalCommands.TryGet(args, out var command))
        {
            throw new ArgumentException($"\"{args.FirstOrDefault()}\" is no operator command: the executable would start the web server.", nameof(args));
        }

        // The variables as configuration keys (Portal__LogFolder is Portal:LogFolder); the host's own
        // (ASPNETCORE_ENVIRONMENT) without their prefix, the environment among them.
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (variable, value) in process.Variables())
        {
            var key = variable.StartsWith("ASPNETCORE_", StringComparison.Ordinal) ? variable["ASPNETCORE_".Length..] : variable;
            settings[key.Replace("__", ":", StringComparison.Ordinal)] = value;
        }

        // The content root is the folder, as the process's working directory was: no appsettings*.json there either.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [NoReload, .. args],
            ApplicationName = typeof(Program).Assembly.GetName().Name,
            ContentRootPath = process.Folder,
            EnvironmentName = settings[HostDefaults.EnvironmentKey],
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddPortal();

        // The app's log, but its own: the portal makes its logger the static Log.Logger and closes
        // that one when it stops, which would take another test's portal's logger with it. What it
        // prints to the console goes to the output instead, as a process's log went to its standard output.
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var printed = TextWriter.Synchronized(output);
        builder.Services.AddSerilog(log => log.PortalLog(builder.Configuration, builder.Environment.ContentRootPath).WriteTo.Sink(new PrintedLog(printed)),
            preserveStaticLogger: true);

        int exitCode;
        await using (var app = builder.Build())
        {
            app.UsePortal();
            exitCode = await command(app, printed, TextWriter.Synchronized(error)).WaitAsync(process.CommandTimeout);
            ReleaseDatabaseFile(app);
        }

        return (exitCode, output.ToString() + error.ToString());
    }

    /// <summary>The SQLite file's pooled connections closed, as the process's exit closed them: the test may then move, replace or delete it.</summary>
    private static void ReleaseDatabaseFile(WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        if (scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.GetDbConnection() is SqliteConnection connection)
        {
            SqliteConnection.ClearPool(connection);
        }
    }

    /// <summary>The log lines as the console sink prints them.</summary>
    private sealed class PrintedLog(TextWriter writer) : ILogEventSink
    {
        private readonly MessageTemplateTextFormatter _format = new(ConsoleTemplate, CultureInfo.InvariantCulture);

        public void Emit(LogEvent logEvent) => _format.Format(logEvent, writer);
    }
}
