using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;

/// <summary>
/// Migrated, seeded databases made once per test process and copied for every later factory that
/// would seed the same demo: the first factory of a kind migrates and seeds as the portal does at
/// start-up, its database is then kept as the template (an SQLite online backup, or PostgreSQL's
/// <c>CREATE DATABASE … TEMPLATE</c>), and the next ones start on a copy, where the start-up finds
/// the schema current and the demo present. A factory's start-up used to cost most of a short
/// test class (15 migrations and the whole demo, its award round rendered and signed).
/// </summary>
internal static class SeededTemplates
{
    private static readonly ConcurrentDictionary<string, Template> Made = new(StringComparer.Ordinal);

    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "nlb-tests", $"templates-{Environment.ProcessId}");

    static SeededTemplates() => AppDomain.CurrentDomain.ProcessExit += (_, _) => RemoveAll();

    /// <summary>
    /// Starts a factory's host on a copy of the template of <paramref name="key"/>, or — the first
    /// time — lets <paramref name="start"/> migrate and seed, then keeps what it made as the template.
    /// Factories of one kind wait while its template is being made, then start side by side.
    /// </summary>
    public static T StartOnCopy<T>(string key, string sqlitePath, string? postgreSqlConnection, Func<T> start)
    {
        var template = Made.GetOrAdd(key, _ => new Template());
        string source;
        lock (template)
        {
            if (template.Source is null)
            {
                var started = start();
                template.Source = postgreSqlConnection is null ? BackUp(sqlitePath) : MakeTemplate(postgreSqlConnection);
                return started;
            }

            source = template.Source;
        }

        // Copies start side by side: only the making of the template is waited for.
        CopyTo(source, sqlitePath, postgreSqlConnection);
        return start();
    }

    private static string BackUp(string sqlitePath)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, Guid.NewGuid().ToString("N") + ".db");
        using var source = new SqliteConnection($"Data Source={sqlitePath};Pooling=False");
        using var copy = new SqliteConnection($"Data Source={path};Pooling=False");
        source.Open();
        copy.Open();
        source.BackupDatabase(copy);
        return path;
    }

    private static void CopyTo(string source, string sqlitePath, string? postgreSqlConnection)
    {
        if (postgreSqlConnection is null)
        {
            // A second instance on this database may have started first and made it already.
            if (!File.Exists(sqlitePath))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(sqlitePath)!);
                File.Copy(source, sqlitePath);
            }

            return;
        }

        // The factory's database was made empty; nothing has connected to it yet.
        var name = new NpgsqlConnectionStringBuilder(postgreSqlConnection).Database!;
        TestEngine.ExecuteOnServer($"DROP DATABASE IF EXISTS \"{name}\"", $"CREATE DATABASE \"{name}\" TEMPLATE \"{source}\"");
    }

    /// <summary>A copy of the just-seeded database under a name of its own; nobody connects to it afterwards.</summary>
    private static string MakeTemplate(string postgreSqlConnection)
    {
        // The app has just started and serves nothing yet: its idle connections go, and the copy can be made.
        using (var connection = new NpgsqlConnection(postgreSqlConnection))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        var name = "nlb_tpl_" + Guid.NewGuid().ToString("N");
        var seeded = new NpgsqlConnectionStringBuilder(postgreSqlConnection).Database!;
        TestEngine.ExecuteOnServer($"CREATE DATABASE \"{name}\" TEMPLATE \"{seeded}\"");
        return name;
    }

    private static void RemoveAll()
    {
        foreach (var source in Made.Values.Select(t => t.Source).OfType<string>())
        {
            try
            {
                if (TestEngine.IsPostgreSql)
                {
                    TestEngine.ExecuteOnServer($"DROP DATABASE IF EXISTS \"{source}\" WITH (FORCE)");
                }
                else
                {
                    File.Delete(source);
                }
            }
            catch (Exception e) when (e is IOException or NpgsqlException or InvalidOperationException)
            {
                // The cluster and the temp folder are thrown away after the run anyway.
            }
        }
    }

    private sealed class Template
    {
        public string? Source { get; set; }
    }
}
