using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;

namespace NguyenLuongBang.Emulation.IntegrationTests.Security;

/// <summary>The operator's backup, a restore from it, and the audit chain check, run as commands.</summary>
public class BackupAndAuditChainTests
{
    private static async Task<T> ScalarAsync<T>(string path, string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Trait(Engines.Trait, Engines.Sqlite)]
    [Fact]
    public async Task Backup_restores_whole_and_a_tampered_audit_row_is_named()
    {
        // The running portal writes audit rows (sign-ins, a failed one) through the app itself.
        using var factory = new PortalFactory();
        foreach (var email in new[] { "chuyenvien@nlb.example", "vanphong@nlb.example", "quantri@nlb.example" })
        {
            await factory.CreatePortalClient().SignInAsync(email);
        }

        await factory.CreatePortalClient().SignInAsync("chuyenvien@nlb.example", "sai-mat-khau");
        Assert.True(await ScalarAsync<long>(factory.DatabasePath, "SELECT COUNT(*) FROM AuditEntries WHERE Hash IS NOT NULL") >= 4);

        var live = new PortalProcess(Path.GetDirectoryName(factory.DatabasePath)!);
        var intact = await live.RunInProcessAsync("verify-audit");
        Assert.True(intact.ExitCode == 0, intact.Output);
        Assert.Contains("Nhật ký nguyên vẹn", intact.Output);

        var restored = new PortalProcess(Directory.CreateTempSubdirectory("nlb-restored-").FullName);
        var backup = await live.RunInProcessAsync("backup", "--out", restored.DatabasePath);
        Assert.True(backup.ExitCode == 0, backup.Output);

        // Restoring is putting the file in place: the copy is consistent and holds the same records.
        Assert.Equal("ok", await ScalarAsync<string>(restored.DatabasePath, "PRAGMA integrity_check"));
        foreach (var table in new[] { "AnnualReports", "AuditEntries", "AspNetUsers", "Units" })
        {
            Assert.Equal(await ScalarAsync<long>(live.DatabasePath, $"SELECT COUNT(*) FROM {table}"), await ScalarAsync<long>(restored.DatabasePath, $"SELECT COUNT(*) FROM {table}"));
        }

        Assert.Equal(0, (await restored.RunInProcessAsync("verify-audit")).ExitCode);

        // Someone edits one row of the trail directly in the database: the check names that row.
        var victim = await ScalarAsync<long>(restored.DatabasePath, "SELECT Id FROM AuditEntries WHERE Hash IS NOT NULL ORDER BY Id LIMIT 1 OFFSET 2");
        await ScalarAsync<long>(restored.DatabasePath, $"UPDATE AuditEntries SET Details = 'sửa lén' WHERE Id = {victim}; SELECT changes()");
        var broken = await restored.RunInProcessAsync("verify-audit");
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains($"dòng số {victim}", broken.Output);

        Assert.Equal(2, (await live.RunInProcessAsync("backup")).ExitCode);
    }

    /// <summary>Moves a row's time by 0.1 ms, the finest step stored, in the engine's own SQL.</summary>
    private static Task<int> NudgeTimeAsync(PortalFactory factory, long id) => factory.WithDatabaseAsync(db => TestEngine.IsPostgreSql
        ? db.Database.ExecuteSqlAsync($"UPDATE \"AuditEntries\" SET \"At\" = \"At\" + interval '100 microseconds' WHERE \"Id\" = {id}")
        : db.Database.ExecuteSqlAsync($"UPDATE \"AuditEntries\" SET \"At\" = \"At\" + 2048 WHERE \"Id\" = {id}"));

    [Fact]
    public async Task Rows_written_on_a_real_clock_and_at_sub_millisecond_fake_times_verify_until_one_is_touched()
    {
        // The machine's clock: instants with ticks the database cannot keep.
        using (var real = new RealClockPortalFactory())
        {
            foreach (var email in new[] { "chuyenvien@nlb.example", "vanphong@nlb.example", "quantri@nlb.example" })
            {
                await real.CreatePortalClient().SignInAsync(email);
            }

            Assert.True(await real.WithDatabaseAsync(db => db.AuditEntries.CountAsync(a => a.Hash != null)) >= 3);
            var check = await real.Process().RunInProcessAsync("verify-audit");
            Assert.True(check.ExitCode == 0, check.Output);
        }

        // A fake clock stepping by odd fractions of a millisecond (1.2345 ms, then 0.0001234 ms...).
        using var factory = new PortalFactory();
        foreach (var (email, ticks) in new[] { ("chuyenvien@nlb.example", 12_345L), ("vanphong@nlb.example", 1_234L), ("quantri@nlb.example", 7L), ("chutich@nlb.example", 999L) })
        {
            factory.Clock.Advance(TimeSpan.FromTicks(ticks));
            await factory.CreatePortalClient().SignInAsync(email);
        }

        var process = factory.Process();
        var intact = await process.RunInProcessAsync("verify-audit");
        Assert.True(intact.ExitCode == 0, intact.Output);

        // Moving a row's time by 0.1 ms, the finest step stored, is a change the check names.
        var victim = await factory.WithDatabaseAsync(db => db.AuditEntries.MaxAsync(a => a.Id));
        Assert.Equal(1, await NudgeTimeAsync(factory, victim));
        var broken = await process.RunInProcessAsync("verify-audit");
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains($"dòng số {victim}", broken.Output);
    }

    [Fact]
    [Trait(Engines.Trait, Engines.PostgreSql)]
    public async Task A_PostgreSql_backup_is_a_pg_dump_that_restores_whole_and_verifies()
    {
        using var factory = new PortalFactory();
        foreach (var email in new[] { "chuyenvien@nlb.example", "vanphong@nlb.example" })
        {
            await factory.CreatePortalClient().SignInAsync(email);
        }

        var file = Path.Combine(Directory.CreateTempSubdirectory("nlb-pgdump-").FullName, "portal.dump");
        var backup = await factory.Process().RunInProcessAsync("backup", "--out", file);
        Assert.True(backup.ExitCode == 0, backup.Output);
        Assert.Equal("PGDMP", System.Text.Encoding.ASCII.GetString((await File.ReadAllBytesAsync(file))[..5]));

        // Restoring is pg_restore into an empty database.
        var restored = TestEngine.CreatePostgreSqlDatabase();
        try
        {
            var target = new Npgsql.NpgsqlConnectionStringBuilder(restored);
            var start = new System.Diagnostics.ProcessStartInfo("pg_restore") { RedirectStandardError = true };
            foreach (var arg in new[] { "--no-owner", "--host", target.Host!, "--port", target.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--username", target.Username!, "--dbname", target.Database!, file })
            {
                start.ArgumentList.Add(arg);
            }

            using (var pgRestore = System.Diagnostics.Process.Start(start)!)
            {
                var errors = await pgRestore.StandardError.ReadToEndAsync();
                await pgRestore.WaitForExitAsync();
                Assert.True(pgRestore.ExitCode == 0, errors);
            }

            await using var copy = new Npgsql.NpgsqlConnection(restored);
            await copy.OpenAsync();
            foreach (var table in new[] { "AnnualReports", "AuditEntries", "AspNetUsers", "Units", "IssuedFiles" })
            {
                await using var count = copy.CreateCommand();
                count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
                var sql = "SELECT COUNT(*) AS \"Value\" FROM \"" + table + "\""; // a table name of this test's own list
                var live = await factory.WithDatabaseAsync(db => db.Database.SqlQueryRaw<long>(sql).SingleAsync());
                Assert.Equal(live, (long)(await count.ExecuteScalarAsync())!);
            }

            var verified = await (factory.Process() with
            {
                Settings = new Dictionary<string, string> { ["Database__Provider"] = "PostgreSql", ["ConnectionStrings__PostgreSql"] = restored },
            }).RunInProcessAsync("verify-audit");
            Assert.True(verified.ExitCode == 0, verified.Output);
        }
        finally
        {
            TestEngine.DropPostgreSqlDatabase(restored);
        }
    }
}
