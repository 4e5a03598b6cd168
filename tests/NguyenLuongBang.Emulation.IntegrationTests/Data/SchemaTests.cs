using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using NguyenLuongBang.Emulation.Web.Data;

namespace NguyenLuongBang.Emulation.IntegrationTests.Data;

/// <summary>
/// SQL Server cannot run on these machines, so its side is checked from the model and the
/// committed migrations: the idempotent script must generate, and SQL Server's refusal of
/// multiple cascade paths must not be triggered.
/// Model checks contact no server: they run once, in the SQLite run.
/// </summary>
[Trait(Engines.Trait, Engines.Sqlite)]
public class SchemaTests
{
    private static SqlServerAppDbContext SqlServer() =>
        new(new DbContextOptionsBuilder<SqlServerAppDbContext>()
            .UseSqlServer("Server=127.0.0.1;Database=NotContacted;User Id=x;Password=y;TrustServerCertificate=True").Options);

    private static SqliteAppDbContext Sqlite() =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=:memory:").Options);

    private static PostgreSqlAppDbContext PostgreSql() =>
        new(new DbContextOptionsBuilder<PostgreSqlAppDbContext>().UseNpgsql("Host=127.0.0.1;Database=not_contacted;Username=x").Options);

    [Fact]
    public void SqlServer_idempotent_script_generates_from_the_committed_migrations()
    {
        using var db = SqlServer();
        var migrator = db.GetService<IMigrator>();

        var script = migrator.GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.Contains("IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL", script);
        Assert.Contains("IF NOT EXISTS (\n    SELECT * FROM [__EFMigrationsHistory]", script.ReplaceLineEndings("\n"));
        foreach (var table in new[] { "AnnualReports", "ReportAreaSections", "IndicatorValues", "Nominations", "CouncilVotes", "AwardDecisions", "ConsolidatedReports", "AuditEntries", "AspNetUsers" })
        {
            Assert.Contains($"CREATE TABLE [{table}]", script);
        }

        Assert.Contains("nvarchar(max)", script);
        Assert.DoesNotContain("AUTOINCREMENT", script);
    }

    [Fact]
    public void SqlServer_model_has_no_multiple_cascade_paths_or_cascade_cycles()
    {
        using var db = SqlServer();
        var cascades = db.Model.GetEntityTypes()
            .SelectMany(t => t.GetForeignKeys())
            .Where(fk => fk.DeleteBehavior is DeleteBehavior.Cascade or DeleteBehavior.SetNull)
            .Select(fk => (From: Table(fk.PrincipalEntityType), To: Table(fk.DeclaringEntityType)))
            .Where(e => e.From is not null && e.To is not null)
            .ToList();

        var problems = new List<string>();
        foreach (var source in cascades.Select(e => e.From).Distinct())
        {
            var paths = new Dictionary<string, int>();
            Walk(source!, [source!], cascades, paths, problems);
            problems.AddRange(paths.Where(p => p.Value > 1).Select(p => $"{source} → {p.Key}: {p.Value} cascade paths"));
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Only_parts_of_an_aggregate_cascade()
    {
        using var db = SqlServer();
        var ours = db.Model.GetEntityTypes()
            .Where(t => t.ClrType.Namespace!.StartsWith("NguyenLuongBang", StringComparison.Ordinal))
            .SelectMany(t => t.GetForeignKeys())
            .Where(fk => fk.DeleteBehavior == DeleteBehavior.Cascade)
            .Select(fk => $"{fk.PrincipalEntityType.ClrType.Name}→{fk.DeclaringEntityType.ClrType.Name}")
            .Order()
            .ToArray();

        Assert.Equal(
            [
                "AnnualReport→ProposedCommendation", "AnnualReport→ReportAreaSection", "AnnualReport→ReportAttachment",
                "AnnualReport→ReportStatusChange", "AnnualReport→ReportVersion", "AppUser→UserSession", "AwardDecision→AwardLine", "ConsolidatedReport→ConsolidatedAreaText", "ConsolidatedReport→ConsolidatedReportStatusChange", "CouncilSession→CouncilAgendaItem",
                "CouncilSession→CouncilAttendance", "CouncilSession→CouncilSessionStatusChange", "CouncilSession→CouncilVote", "EmulationRegistration→RegistrationArea", "EmulationRegistration→RegistrationStatusChange", "EmulationRegistration→RegistrationTarget",
                "GoodPractice→GoodPracticeStatusChange", "IssuedDocument→IssuedFile", "Nomination→AchievementReport", "Nomination→NominationObjection", "Nomination→NominationStatusChange",
                "ReportAreaSection→IndicatorValue",
            ],
            ours);
    }

    [Fact]
    public void Committed_migrations_match_the_model_for_every_provider()
    {
        using var sqlServer = SqlServer();
        using var sqlite = Sqlite();
        using var postgreSql = PostgreSql();

        Assert.False(sqlServer.Database.HasPendingModelChanges(), "SQL Server migrations are behind the model: add one with --context SqlServerAppDbContext.");
        Assert.False(sqlite.Database.HasPendingModelChanges(), "SQLite migrations are behind the model: add one with --context SqliteAppDbContext.");
        Assert.False(postgreSql.Database.HasPendingModelChanges(), "PostgreSQL migrations are behind the model: add one with --context PostgreSqlAppDbContext.");
        Assert.NotEmpty(postgreSql.Database.GetMigrations());
    }

    [Fact]
    public void Every_string_column_has_a_maximum_length_and_enums_are_stored_as_text()
    {
        using var db = SqlServer();
        var properties = db.Model.GetEntityTypes().SelectMany(t => t.GetProperties()).ToList();

        // The one exception: the Data Protection key ring's XML (about 1 KB a key, written by the framework).
        Assert.All(properties.Where(p => p.ClrType == typeof(string) && p.DeclaringType.ClrType != typeof(Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey)),
            p => Assert.True(p.GetMaxLength() is > 0, $"{p.DeclaringType.ClrType.Name}.{p.Name} has no max length"));
        Assert.Equal("nvarchar(max)", db.Model.FindEntityType(typeof(Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey))!.FindProperty("Xml")!.GetColumnType());
        Assert.All(properties.Where(p => (Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType).IsEnum),
            p => Assert.Equal(typeof(string), p.GetProviderClrType()));
    }

    private static string? Table(IEntityType type) => type.GetTableName();

    private static void Walk(string node, HashSet<string> onPath, List<(string? From, string? To)> edges, Dictionary<string, int> paths, List<string> problems)
    {
        foreach (var (_, to) in edges.Where(e => e.From == node))
        {
            if (onPath.Contains(to!))
            {
                problems.Add($"cascade cycle through {to}");
                continue;
            }

            paths[to!] = paths.GetValueOrDefault(to!) + 1;
            onPath.Add(to!);
            Walk(to!, onPath, edges, paths, problems);
            onPath.Remove(to!);
        }
    }
}

public class SqlServerSetupTests
{
    [Fact]
    public void Sql_server_context_allows_the_portals_own_transactions()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = Web.Data.DatabaseSetup.SqlServerProvider,
                ["ConnectionStrings:SqlServer"] = "Server=127.0.0.1;Database=NotContacted;User Id=x;Password=y;TrustServerCertificate=True",
            })
            .Build();
        using var services = new ServiceCollection()
            .AddAppDatabase(configuration, Path.GetTempPath())
            .BuildServiceProvider();
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Web.Data.AppDbContext>();

        Assert.IsType<Web.Data.SqlServerAppDbContext>(db);
        Assert.False(db.Database.CreateExecutionStrategy().RetriesOnFailure);
    }
}
