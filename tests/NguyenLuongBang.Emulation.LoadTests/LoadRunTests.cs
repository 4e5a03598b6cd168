using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace NguyenLuongBang.Emulation.LoadTests;

/// <summary>
/// 200 units submit at once while 20 reviewers browse, against the real portal process; then the
/// same with the process killed hard in the middle. Correctness is asserted; the figures are
/// printed (and copied into docs/performance.md), never asserted.
/// </summary>
public sealed class LoadRunTests(ITestOutputHelper output)
{
    public const int Units = 200;
    public const int Reviewers = 20;
    private const int Year = 2026;

    private static readonly string[] UnitEmails = Enumerable.Range(1, Units).Select(i => $"donvi{i:000}@nlb.example").ToArray();
    private static readonly string[] ReviewerEmails = Enumerable.Repeat("chuyenvien@nlb.example", Reviewers).ToArray();

    private static readonly SemaphoreSlim Seeding = new(1, 1);

    /// <summary>The database the first run seeded, copied for the next: both runs start from the same evening.</summary>
    private static string? _seeded;

    /// <summary>
    /// A portal process on the demo with <see cref="Units"/> more units: the first call seeds it with
    /// the operator command and keeps a copy, the second starts on a copy of that copy (the seeding
    /// is not what either run is about, and took a fifth of the load phase).
    /// </summary>
    private static async Task<PortalServer> SeededServerAsync()
    {
        var server = new PortalServer(Directory.CreateTempSubdirectory("nlb-load-").FullName);
        await Seeding.WaitAsync();
        try
        {
            if (_seeded is null)
            {
                await server.CommandAsync("seed-demo", "--extra-units", Units.ToString(System.Globalization.CultureInfo.InvariantCulture));
                var kept = Path.Combine(Directory.CreateTempSubdirectory("nlb-load-seeded-").FullName, "portal.db");
                BackUp(server.DatabasePath, kept);
                _seeded = kept;
            }
            else
            {
                BackUp(_seeded, server.DatabasePath);
            }
        }
        finally
        {
            Seeding.Release();
        }

        await server.StartAsync();
        return server;
    }

    /// <summary>An SQLite online backup: whole, whatever the source's journal holds.</summary>
    private static void BackUp(string from, string to)
    {
        using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = from, Pooling = false }.ToString());
        using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = to, Pooling = false }.ToString());
        source.Open();
        copy.Open();
        source.BackupDatabase(copy);
    }

    private static async Task<List<(string Email, int ReportId, string Status)>> SubmittedAsync(string database)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT u.Email, r.Id, r.Status FROM AnnualReports r
            JOIN AspNetUsers u ON u.UnitId = r.UnitId
            WHERE r.Year = $year AND u.Email LIKE 'donvi%'
            """;
        command.Parameters.AddWithValue("$year", Year);
        var rows = new List<(string, int, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetInt32(1), reader.GetString(2)));
        }

        return rows;
    }

    private static async Task<string> IntegrityAsync(string database)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private void Report(LoadRun run, TimeSpan elapsed)
    {
        foreach (var line in run.Report(elapsed))
        {
            output.WriteLine(line);
        }
    }

    [Fact]
    public async Task Two_hundred_units_submit_while_twenty_reviewers_browse()
    {
        await using var server = await SeededServerAsync();
        using var run = new LoadRun(server.BaseAddress, Year);

        var elapsed = await run.RunAsync(UnitEmails, ReviewerEmails, TimeSpan.FromMinutes(5));
        Report(run, elapsed);

        Assert.Empty(run.Errors);
        Assert.DoesNotContain(run.Samples, s => s.Status >= 500 || s.Status == 0);
        Assert.Equal(Units, run.Acknowledged.Count);
        var stored = await SubmittedAsync(server.DatabasePath);
        Assert.Equal(Units, stored.Count);                                     // one report per unit: none twice
        Assert.All(stored, r => Assert.Equal("Submitted", r.Status));
        Assert.Equal(run.Acknowledged.Values.Order(), stored.Select(r => r.ReportId).Order());
    }

    [Fact]
    public async Task Killed_in_the_middle_it_restarts_whole_with_every_acknowledged_submission()
    {
        await using var server = await SeededServerAsync();
        using var run = new LoadRun(server.BaseAddress, Year);
        var killed = 0;

        // The process dies hard once a third of the units have their submission acknowledged.
        var elapsed = await run.RunAsync(UnitEmails, ReviewerEmails, TimeSpan.FromMinutes(5), acknowledged =>
        {
            if (acknowledged >= Units / 3 && Interlocked.Exchange(ref killed, 1) == 0)
            {
                server.KillHard();
            }
        });
        Report(run, elapsed);
        Assert.Equal(1, killed);
        var acknowledged = run.Acknowledged.ToDictionary();

        await server.StartAsync();
        Assert.Equal("ok", await IntegrityAsync(server.DatabasePath));
        var stored = (await SubmittedAsync(server.DatabasePath)).ToDictionary(r => r.Email);
        foreach (var (email, reportId) in acknowledged)
        {
            Assert.True(stored.TryGetValue(email, out var row), $"{email}'s acknowledged submission is missing after the restart");
            Assert.Equal(reportId, row.ReportId);
            Assert.Equal("Submitted", row.Status);
        }

        // The portal works again after the restart: a unit that was cut off can submit now.
        using var retry = new LoadRun(server.BaseAddress, Year);
        var rest = UnitEmails.Where(e => !stored.ContainsKey(e)).Take(5).ToList();
        await retry.RunAsync(rest, [], TimeSpan.FromMinutes(1));
        Assert.Equal(rest.Count, retry.Acknowledged.Count);
    }
}
