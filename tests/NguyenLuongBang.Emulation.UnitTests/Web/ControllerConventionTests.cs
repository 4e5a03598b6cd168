using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.UnitTests.Web;

/// <summary>
/// Holds the one way a change is made (one outcome, one runner, one answer): a controller never opens
/// a transaction nor turns a refusal into an answer itself (<see cref="RecordChanges"/> and
/// <c>this.Answer</c>/<c>AnswerForm</c> do), and the controllers still given the database are the
/// read-only ones, each with its reason.
/// </summary>
public class ControllerConventionTests
{
    /// <summary>
    /// The controllers that take <see cref="AppDbContext"/>, and why: each only reads. A controller
    /// that writes asks a queries class for its reads and an actions class for its writes.
    /// </summary>
    private static readonly Dictionary<string, string> ReadOnlyWithDatabase = new()
    {
        ["AuditTrailController"] = "read-only: the audit trail is searched and exported, never changed",
        ["AwardHistoryController"] = "read-only: every round's nominations and awards, searched by name",
        ["HonourBoardController"] = "read-only: the public honour board of approved collectives and individuals",
        ["VerificationController"] = "read-only: the public check finds which commune issued a code or a file across communes, then reads it in that commune's own scope",
    };

    private static readonly string[] Forbidden = ["BeginTransactionAsync", "catch (DomainException"];

    private static readonly string[] Saves = ["SaveChanges", "ExecuteUpdate", "ExecuteDelete"];

    [Fact]
    public void No_controller_opens_a_transaction_or_catches_a_refusal()
    {
        var offenders = ControllerSources()
            .SelectMany(file => Forbidden.Where(File.ReadAllText(file).Contains).Select(word => $"{Relative(file)}: {word}"))
            .ToList();

        Assert.True(offenders.Count == 0,
            "A controller answers outcomes with this.Answer/AnswerForm and leaves transactions to RecordChanges; found:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void Only_the_listed_read_only_controllers_take_the_database()
    {
        var taking = typeof(RecordChanges).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ControllerBase).IsAssignableFrom(t))
            .Where(t => t.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
                .Any(c => c.GetParameters().Any(p => typeof(AppDbContext).IsAssignableFrom(p.ParameterType))))
            .Select(t => t.Name)
            .ToHashSet();

        var unlisted = taking.Except(ReadOnlyWithDatabase.Keys).Order().ToList();
        var gone = ReadOnlyWithDatabase.Keys.Except(taking).Order().ToList();
        Assert.True(unlisted.Count == 0 && gone.Count == 0,
            $"Take AppDbContext without being listed as read-only (move reads to a queries class, writes to an actions class): {string.Join(", ", unlisted)}\n" +
            $"Listed but no longer take it (remove from the list): {string.Join(", ", gone)}");
    }

    [Fact]
    public void The_listed_read_only_controllers_save_nothing()
    {
        var sources = ControllerSources().ToLookup(f => Path.GetFileNameWithoutExtension(f) ?? string.Empty);
        var saving = ReadOnlyWithDatabase.Keys
            .Where(name => !sources[name].Any() || sources[name].Any(file => Saves.Any(File.ReadAllText(file).Contains)))
            .ToList();

        Assert.True(saving.Count == 0, "Listed as read-only, but its source saves (or is not in <Name>.cs): " + string.Join(", ", saving));
    }

    [Fact]
    public void Each_listed_controller_says_why_it_reads_the_database_itself() =>
        Assert.All(ReadOnlyWithDatabase, entry => Assert.StartsWith("read-only: ", entry.Value, StringComparison.Ordinal));

    /// <summary>
    /// Features as folders: every controller lives in the folder of its feature (its namespace says
    /// which, and its views are found there), and names no view of another feature's folder.
    /// </summary>
    [Fact]
    public void Each_controller_and_its_views_are_in_its_feature_folder()
    {
        var web = Path.Combine(RepositoryRoot(), "src", "NguyenLuongBang.Emulation.Web");
        var wrong = new List<string>();
        foreach (var controller in typeof(RecordChanges).Assembly.GetTypes().Where(t => t is { IsClass: true } && typeof(ControllerBase).IsAssignableFrom(t)))
        {
            var feature = FeatureFolders.FeatureOf(controller);
            var file = feature is null ? null : Path.Combine(web, "Features", feature, controller.Name.Split('`')[0] + ".cs");
            if (file is null || !File.Exists(file))
            {
                wrong.Add($"{controller.FullName}: not in Features/<its feature>/{controller.Name}.cs");
                continue;
            }

            wrong.AddRange(System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(file), @"~/Features/(\w+)/")
                .Select(m => m.Groups[1].Value)
                .Where(folder => folder != feature && folder != "Shared" && folder != "Errors")
                .Select(folder => $"{Relative(file)}: names a view in Features/{folder}"));
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static IEnumerable<string> ControllerSources() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src", "NguyenLuongBang.Emulation.Web"), "*Controller.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string Relative(string file) => Path.GetRelativePath(RepositoryRoot(), file);

    /// <summary>The folder holding the solution, found upwards from where the tests run.</summary>
    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "NguyenLuongBang.Emulation.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("NguyenLuongBang.Emulation.sln not found above " + AppContext.BaseDirectory);
    }
}
