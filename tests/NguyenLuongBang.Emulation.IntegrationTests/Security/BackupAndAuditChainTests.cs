using Microsoft.Data.Sqlite;
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
        var intact = await live.RunAsync("verify-audit");
        Assert.True(intact.ExitCode == 0, intact.Output);
        Assert.Contains("Nhật ký nguyên vẹn", intact.Output);

        var restored = new PortalProcess(Directory.CreateTempSubdirectory("nlb-restored-").FullName);
        var backup = await live.RunAsync("backup", "--out", restored.DatabasePath);
        Assert.True(backup.ExitCode == 0, backup.Output);

        // Restoring is putting the file in place: the copy is consistent and holds the same records.
        Assert.Equal("ok", await ScalarAsync<string>(restored.DatabasePath, "PRAGMA integrity_check"));
        foreach (var table in new[] { "AnnualReports", "AuditEntries", "AspNetUsers", "Units" })
        {
            Assert.Equal(await ScalarAsync<long>(live.DatabasePath, $"SELECT COUNT(*) FROM {table}"), await ScalarAsync<long>(restored.DatabasePath, $"SELECT COUNT(*) FROM {table}"));
        }

        Assert.Equal(0, (await restored.RunAsync("verify-audit")).ExitCode);

        // Someone edits one row of the trail directly in the database: the check names that row.
        var victim = await ScalarAsync<long>(restored.DatabasePath, "SELECT Id FROM AuditEntries WHERE Hash IS NOT NULL ORDER BY Id LIMIT 1 OFFSET 2");
        await ScalarAsync<long>(restored.DatabasePath, $"UPDATE AuditEntries SET Details = 'sửa lén' WHERE Id = {victim}; SELECT changes()");
        var broken = await restored.RunAsync("verify-audit");
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains($"dòng số {victim}", broken.Output);

        Assert.Equal(2, (await live.RunAsync("backup")).ExitCode);
    }

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

            var stored = await ScalarAsync<long>(real.DatabasePath, "SELECT COUNT(*) FROM AuditEntries WHERE Hash IS NOT NULL");
            Assert.True(stored >= 3);
            var check = await new PortalProcess(Path.GetDirectoryName(real.DatabasePath)!).RunAsync("verify-audit");
            Assert.True(check.ExitCode == 0, check.Output);
        }

        // A fake clock stepping by odd fractions of a millisecond (1.2345 ms, then 0.0001234 ms...).
        using var factory = new PortalFactory();
        foreach (var (email, ticks) in new[] { ("chuyenvien@nlb.example", 12_345L), ("vanphong@nlb.example", 1_234L), ("quantri@nlb.example", 7L), ("chutich@nlb.example", 999L) })
        {
            factory.Clock.Advance(TimeSpan.FromTicks(ticks));
            await factory.CreatePortalClient().SignInAsync(email);
        }

        var process = new PortalProcess(Path.GetDirectoryName(factory.DatabasePath)!);
        var intact = await process.RunAsync("verify-audit");
        Assert.True(intact.ExitCode == 0, intact.Output);

        // Moving a row's time by 0.1 ms, the finest step stored, is a change the check names.
        var victim = await ScalarAsync<long>(factory.DatabasePath, "SELECT MAX(Id) FROM AuditEntries");
        await ScalarAsync<long>(factory.DatabasePath, $"UPDATE AuditEntries SET At = At + 2048 WHERE Id = {victim}; SELECT changes()");
        var broken = await process.RunAsync("verify-audit");
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains($"dòng số {victim}", broken.Output);
    }
}
