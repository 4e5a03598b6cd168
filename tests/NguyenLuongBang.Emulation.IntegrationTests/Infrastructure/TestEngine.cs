using Npgsql;
using NguyenLuongBang.Emulation.Web.Data;

namespace NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;

/// <summary>
/// Which database engine this test run uses: SQLite (a file per test class) by default, or
/// PostgreSQL when <c>NLB_TEST_ENGINE=PostgreSql</c> — a fresh database per test class on the
/// throw-away cluster that tests/run-all.sh starts (<c>NLB_TEST_POSTGRES</c>).
/// </summary>
public static class TestEngine
{
    public static bool IsPostgreSql =>
        string.Equals(Environment.GetEnvironmentVariable("NLB_TEST_ENGINE"), DatabaseSetup.PostgreSqlProvider, StringComparison.OrdinalIgnoreCase);

    public static string Provider => IsPostgreSql ? DatabaseSetup.PostgreSqlProvider : DatabaseSetup.SqliteProvider;

    private static string Server =>
        Environment.GetEnvironmentVariable("NLB_TEST_POSTGRES")
        ?? throw new InvalidOperationException("NLB_TEST_ENGINE=PostgreSql needs NLB_TEST_POSTGRES (tests/run-all.sh starts a cluster and sets it).");

    /// <summary>A new, empty database on the test cluster; its connection string.</summary>
    public static string CreatePostgreSqlDatabase()
    {
        var name = "nlb_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(Server))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{name}\"";
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(Server) { Database = name }.ToString();
    }

    /// <summary>
    /// Runs statements on the cluster's maintenance database, one after the other. A copy from a
    /// template refused because a connection to it was still closing (55006) is tried again.
    /// </summary>
    public static void ExecuteOnServer(params string[] statements)
    {
        ArgumentNullException.ThrowIfNull(statements);
        using var connection = new NpgsqlConnection(Server);
        connection.Open();
        foreach (var statement in statements)
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    using var command = connection.CreateCommand();
                    command.CommandText = statement;
                    command.ExecuteNonQuery();
                    break;
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 20)
                {
                    Thread.Sleep(100);
                }
            }
        }
    }

    public static void DropPostgreSqlDatabase(string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        using var connection = new NpgsqlConnection(Server);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
        command.ExecuteNonQuery();
    }
}

/// <summary>
/// Tests about one engine only carry <c>[Trait(Engines.Trait, Engines.Sqlite)]</c> (the SQLite file
/// itself, or a fault only SQLite had) or <c>[Trait(Engines.Trait, Engines.PostgreSql)]</c>
/// (pg_dump backups): the SQLite run leaves out the second kind, the PostgreSQL run the first, so
/// every test runs in one of the two and none is skipped.
/// </summary>
public static class Engines
{
    public const string Trait = "Engine";
    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSql";
}
