using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Auditing;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.IntegrationTests.Security;

/// <summary>
/// The chain alone cannot show that its newest rows were deleted (what is left still links): register
/// entries and backups record its head, and <c>verify-audit</c> checks the chain still reaches each.
/// </summary>
public sealed class AuditWitnessTests
{
    private static Task<int> DeleteAuditRowsFromAsync(PortalFactory factory, long position) =>
        factory.WithDatabaseAsync(db => db.Database.ExecuteSqlAsync($"DELETE FROM \"AuditEntries\" WHERE \"Id\" >= {position}"));

    /// <summary>The chairman issues a correcting decision for the demo's 2025 round (new numbers in the register).</summary>
    private static async Task CorrectTheDemoDecisionAsync(PortalFactory factory)
    {
        var chairman = factory.CreatePortalClient();
        await chairman.SignInAsync("chutich@nlb.example");
        var id = await factory.WithDatabaseAsync(db => db.AwardDecisions.Where(d => d.RoundYear == 2025).Select(d => d.Id).SingleAsync());
        var corrected = await HtmlForm.Parse(await chairman.GetStringAsync("/Awards/2025"), $"correct-{id.ToString(CultureInfo.InvariantCulture)}")
            .Set("reason", "Sai chức vụ").PostAsync(chairman);
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
    }

    [Trait(Engines.Trait, Engines.Sqlite)]
    [Fact]
    public async Task Deleting_the_newest_audit_rows_is_caught_by_verify_audit_through_the_head_a_register_entry_recorded()
    {
        using var factory = new PortalFactory();
        foreach (var email in new[] { "chuyenvien@nlb.example", "vanphong@nlb.example" })
        {
            await factory.CreatePortalClient().SignInAsync(email);
        }

        var headBefore = await factory.WithDatabaseAsync(db => db.AuditEntries.MaxAsync(a => a.Id));
        await CorrectTheDemoDecisionAsync(factory);

        // The numbers taken recorded the chain's head as their transaction saw it: the newest row
        // sealed before them (the chairman's sign-in), not the rows this issue adds.
        var witness = await factory.WithDatabaseAsync(db => db.AuditWitnesses.Where(w => w.Position == db.AuditWitnesses.Max(x => x.Position)).OrderBy(w => w.Id).FirstAsync());
        Assert.Equal(AuditWitnessKind.RegisterEntry, witness.Kind);
        Assert.Contains("/QĐ-UBND", witness.Subject, StringComparison.Ordinal);
        Assert.True(witness.Position > headBefore, "the chairman's sign-in came before the numbers");
        Assert.Equal(await factory.WithDatabaseAsync(db => db.AuditEntries.Where(a => a.Id == witness.Position).Select(a => a.Hash).SingleAsync()), witness.Hash);
        Assert.True(await factory.WithDatabaseAsync(db => db.AuditEntries.AnyAsync(a => a.Id > witness.Position && a.Action == "Cấp số văn bản")));

        var process = factory.Process();
        var intact = await process.RunInProcessAsync("verify-audit");
        Assert.True(intact.ExitCode == 0, intact.Output);

        // Someone deletes the newest rows, the witnessed head among them: the rest still links, the head is missing.
        Assert.True(await DeleteAuditRowsFromAsync(factory, witness.Position) > 1);
        var caught = await process.RunInProcessAsync("verify-audit");
        Assert.True(caught.ExitCode == 1, caught.Output);
        Assert.Contains($"dòng số {witness.Position} đã bị xóa", caught.Output, StringComparison.Ordinal);
        Assert.Contains($"cấp số {witness.Subject}", caught.Output, StringComparison.Ordinal);
    }

    [Trait(Engines.Trait, Engines.Sqlite)]
    [Fact]
    public async Task Deleting_only_the_rows_after_the_last_recorded_head_is_caught_by_the_numbers_they_took()
    {
        using var factory = new PortalFactory();
        await CorrectTheDemoDecisionAsync(factory);
        var head = await factory.WithDatabaseAsync(db => db.AuditWitnesses.MaxAsync(w => w.Position));
        var process = factory.Process();
        Assert.Equal(0, (await process.RunInProcessAsync("verify-audit")).ExitCode);

        // The newest rows — the correction's "Cấp số văn bản" rows among them — lie after every recorded head.
        Assert.True(await factory.WithDatabaseAsync(db => db.Database.ExecuteSqlAsync($"DELETE FROM \"AuditEntries\" WHERE \"Id\" > {head}")) > 1);
        var caught = await process.RunInProcessAsync("verify-audit");

        Assert.True(caught.ExitCode == 1, caught.Output);
        Assert.Contains("số không còn dòng nhật ký cấp số", caught.Output, StringComparison.Ordinal);
        Assert.Contains("/QĐ-UBND", caught.Output, StringComparison.Ordinal);
    }

    [Trait(Engines.Trait, Engines.Sqlite)]
    [Fact]
    public async Task A_backup_records_the_head_in_the_database_and_beside_the_file_and_the_file_alone_catches_deleted_rows()
    {
        using var factory = new PortalFactory();
        foreach (var email in new[] { "chuyenvien@nlb.example", "vanphong@nlb.example", "quantri@nlb.example" })
        {
            await factory.CreatePortalClient().SignInAsync(email);
        }

        var head = await factory.WithDatabaseAsync(db => db.AuditEntries.OrderByDescending(a => a.Id).Select(a => new { a.Id, a.Hash }).FirstAsync());
        var file = Path.Combine(Directory.CreateTempSubdirectory("nlb-witness-").FullName, "portal-2026-11-26.db");
        var process = factory.Process();
        var backup = await process.RunInProcessAsync("backup", "--out", file);
        Assert.True(backup.ExitCode == 0, backup.Output);

        // In the database (and so in the copy)…
        var recorded = await factory.WithDatabaseAsync(db => db.AuditWitnesses.Where(w => w.Kind == AuditWitnessKind.Backup).SingleAsync());
        Assert.Equal("portal-2026-11-26.db", recorded.Subject);
        Assert.Equal(head.Id, recorded.Position);
        Assert.Equal(head.Hash, recorded.Hash);

        // …and beside the file, for a copy kept off the machine.
        var kept = BackupHeads.Read(BackupHeads.PathFor(file))!;
        Assert.Equal("portal-2026-11-26.db", kept.File);
        var commune = Assert.Single(kept.Communes);
        Assert.Equal((head.Id, head.Hash), (commune.Position, commune.Hash));
        Assert.Equal("nguyen-luong-bang", commune.Slug);

        var restored = new PortalProcess(Path.GetDirectoryName(file)!) { Settings = new Dictionary<string, string>() };
        File.Move(file, restored.DatabasePath);
        Assert.Equal(0, (await restored.RunInProcessAsync("verify-audit")).ExitCode);

        // Someone deletes the newest rows and every witness in the database: only the file kept elsewhere still knows the head.
        Assert.True(await DeleteAuditRowsFromAsync(factory, head.Id - 1) >= 2);
        await factory.WithDatabaseAsync(db => db.Database.ExecuteSqlAsync($"DELETE FROM \"AuditWitnesses\""));
        var caught = await process.RunInProcessAsync("verify-audit", "--head", BackupHeads.PathFor(file));
        Assert.True(caught.ExitCode == 1, caught.Output);
        Assert.Contains($"dòng số {head.Id} đã bị xóa", caught.Output, StringComparison.Ordinal);
        Assert.Contains("sao lưu portal-2026-11-26.db", caught.Output, StringComparison.Ordinal);
    }

    [Trait(Engines.Trait, Engines.Sqlite)]
    [Fact]
    public async Task A_backup_made_by_other_means_gets_its_heads_from_audit_head()
    {
        using var factory = new PortalFactory();
        await factory.CreatePortalClient().SignInAsync("quantri@nlb.example");
        var head = await factory.WithDatabaseAsync(db => db.AuditEntries.OrderByDescending(a => a.Id).Select(a => new { a.Id, a.Hash }).FirstAsync());
        var file = Path.Combine(Directory.CreateTempSubdirectory("nlb-witness-").FullName, "ThiDua.bak");

        var recorded = await factory.Process().RunInProcessAsync("audit-head", "--out", file);

        Assert.True(recorded.ExitCode == 0, recorded.Output);
        var commune = Assert.Single(BackupHeads.Read(BackupHeads.PathFor(file))!.Communes);
        Assert.Equal((head.Id, head.Hash), (commune.Position, commune.Hash));
        Assert.True(await factory.WithDatabaseAsync(db => db.AuditWitnesses.AnyAsync(w => w.Kind == AuditWitnessKind.Backup && w.Subject == "ThiDua.bak" && w.Position == head.Id)));
    }
}
