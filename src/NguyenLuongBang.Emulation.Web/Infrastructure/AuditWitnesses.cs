using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Auditing;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Web.Data;

namespace NguyenLuongBang.Emulation.Web.Infrastructure;

/// <summary>The newest sealed audit row of a commune: where its chain ended when it was read.</summary>
public sealed record AuditHead(long Position, string Hash);

/// <summary>A head that the chain no longer reaches: its row is gone, or holds another hash.</summary>
public sealed record LostHead(long Position, string Subject, DateTimeOffset At, bool RowGone);

/// <summary>
/// Records the audit chain's head where something else keeps it (a register entry, a backup) and
/// checks that the chain still reaches every head recorded (ADR-0017). "The head at that moment" is
/// the newest row already sealed when the unit of work reads it — inside the caller's transaction,
/// so it is committed or it is the caller's own earlier save. The audit rows this unit of work is
/// still to add are not part of it: they are sealed only at save, after the change they record,
/// and a later witness (the next number, the next backup) covers them.
/// </summary>
public sealed class AuditWitnesses(AppDbContext db, TimeProvider clock)
{
    public Task<AuditHead?> HeadAsync(CancellationToken cancellationToken) =>
        db.AuditEntries.AsNoTracking().Where(a => a.Hash != null).OrderByDescending(a => a.Id)
            .Select(a => new AuditHead(a.Id, a.Hash!)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Numbers taken in the register witness the head, in the caller's unit of work (nothing is saved here).</summary>
    public async Task RegisterEntriesAsync(IReadOnlyList<RegisteredDocument> taken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(taken);
        if (taken.Count > 0)
        {
            var subject = taken.Count == 1 ? taken[0].Number : $"{taken[0].Number} … {taken[^1].Number}";
            await RecordAsync(AuditWitnessKind.RegisterEntry, subject, cancellationToken);
        }
    }

    /// <summary>Adds a witness of the current head to the unit of work; an empty chain has no head to witness.</summary>
    public async Task<AuditHead?> RecordAsync(AuditWitnessKind kind, string subject, CancellationToken cancellationToken)
    {
        var head = await HeadAsync(cancellationToken);
        if (head is not null)
        {
            db.AuditWitnesses.Add(new AuditWitness(kind, subject, head.Position, head.Hash, clock.GetUtcNow()));
        }

        return head;
    }

    /// <summary>Every recorded head of the commune the chain no longer reaches, oldest first.</summary>
    /// <summary>
    /// The register's numbers whose "Cấp số văn bản" audit row is gone. Each register line is a
    /// witness of its own: the newest audit rows — written after the last recorded head, which the
    /// heads cannot show — include the numbers of the latest issue, and deleting them leaves a
    /// number without its row. Counted per number, since "01/QĐ-UBND" comes back every year.
    /// </summary>
    public async Task<IReadOnlyList<string>> NumbersWithoutAuditAsync(CancellationToken cancellationToken)
    {
        var audited = (await db.AuditEntries.AsNoTracking()
                .Where(a => a.Action == Documents.DocumentNumbers.NumberTakenAction && a.EntityType == Documents.DocumentNumbers.RegisterEntity)
                .Select(a => a.EntityId).ToListAsync(cancellationToken))
            .GroupBy(id => id ?? string.Empty).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var numbers = (await db.DocumentRegister.AsNoTracking().OrderBy(d => d.Id).Select(d => new { d.Sequence, d.TypeCode, d.Issuer }).ToListAsync(cancellationToken))
            .Select(d => RegisteredDocument.Format(d.Sequence, d.TypeCode, d.Issuer)).ToList();
        return numbers.GroupBy(n => n, StringComparer.Ordinal)
            .Where(g => g.Count() > audited.GetValueOrDefault(g.Key))
            .Select(g => g.Key).ToList();
    }

    public async Task<IReadOnlyList<LostHead>> LostAsync(CancellationToken cancellationToken)
    {
        var lost = await db.AuditWitnesses.AsNoTracking()
            .Select(w => new { w.Id, w.Position, w.Hash, w.Kind, w.Subject, w.At, Row = db.AuditEntries.Where(a => a.Id == w.Position).Select(a => new { a.Hash }).FirstOrDefault() })
            .Where(w => w.Row == null || w.Row.Hash != w.Hash)
            .ToListAsync(cancellationToken);
        return lost.OrderBy(w => w.Position).ThenBy(w => w.Id).Select(w => new LostHead(w.Position, (w.Kind == AuditWitnessKind.Backup ? "sao lưu " : "cấp số ") + w.Subject, w.At, w.Row is null)).ToList();
    }

    /// <summary>Whether the commune's chain still reaches a head kept elsewhere (a backup's .head.json).</summary>
    public async Task<LostHead?> CheckAsync(AuditHead head, string subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(head);
        var row = await db.AuditEntries.AsNoTracking().Where(a => a.Id == head.Position).Select(a => new { a.Hash }).FirstOrDefaultAsync(cancellationToken);
        return row is not null && row.Hash == head.Hash ? null : new LostHead(head.Position, subject, default, row is null);
    }
}

/// <summary>The heads a backup recorded, written beside the backup file (FILE.head.json) so a copy kept off the machine witnesses them too.</summary>
public sealed record BackupHeads(string File, DateTimeOffset TakenAt, IReadOnlyList<BackupHead> Communes)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static string PathFor(string backupFile) => backupFile + ".head.json";

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static BackupHeads? Read(string path) => JsonSerializer.Deserialize<BackupHeads>(System.IO.File.ReadAllText(path));

    public static string Describe(LostHead lost) => string.Create(CultureInfo.InvariantCulture, $"dòng số {lost.Position}")
        + (lost.RowGone ? " đã bị xóa" : " có nội dung hoặc mã băm khác với khi được ghi nhận");
}

/// <summary>One commune's head in a backup's .head.json.</summary>
public sealed record BackupHead(int CommuneId, string Slug, long Position, string Hash);
