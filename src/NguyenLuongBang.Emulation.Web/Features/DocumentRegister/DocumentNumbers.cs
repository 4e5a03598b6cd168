using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.DocumentRegister;

/// <summary>
/// Gives the next numbers of an issuer's document type for the year, inside the caller's
/// transaction: the register's end is read under a lock that makes a second writer wait (SQLite:
/// the write transaction; SQL Server: an update range lock), the numbers join the caller's unit of
/// work, and nothing is saved here. If the caller's work fails, its numbers were never taken.
/// The unique index on the register stays as the last guard.
/// </summary>
public sealed class DocumentNumbers(AppDbContext db, AuditLog audit, TimeProvider clock, AuditWitnesses witnesses)
{
    public const string CommuneCommittee = "UBND";
    public const string CultureOffice = "VHXH";
    public const string Council = "HĐTĐKT";

    /// <summary>The city's Ban Thi đua - Khen thưởng (Sở Nội vụ), in the city's own register.</summary>
    public const string CityBoard = "BTĐKT";

    public async Task<RegisteredDocument> TakeAsync(string issuer, string typeCode, string title, DateOnly issuedOn, Actor by, CancellationToken cancellationToken = default) =>
        (await TakeAsync(issuer, typeCode, [title], issuedOn, by, cancellationToken))[0];

    /// <summary>Consecutive numbers for several documents of one type (e.g. the certificates of a decision).</summary>
    public async Task<IReadOnlyList<RegisteredDocument>> TakeAsync(string issuer, string typeCode, IReadOnlyList<string> titles, DateOnly issuedOn, Actor by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(titles);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Document numbers are taken inside the transaction that uses them.");
        }

        var stored = await db.LastRegisterSequenceAsync(issuer, typeCode, issuedOn.Year, cancellationToken);
        var pending = db.DocumentRegister.Local.Where(d => d.Issuer == issuer && d.TypeCode == typeCode && d.Year == issuedOn.Year)
            .Select(d => d.Sequence).DefaultIfEmpty(0).Max();
        var last = Math.Max(stored, pending);
        var documents = titles.Select((title, i) => new RegisteredDocument(issuer, typeCode, issuedOn.Year, last + 1 + i, title, issuedOn, by, clock.GetUtcNow())).ToList();
        foreach (var document in documents)
        {
            db.DocumentRegister.Add(document);
            audit.Add("Cấp số văn bản", "Sổ đăng ký văn bản", document.Number, document.Title);
        }

        // Each entry witnesses where the audit chain ended, so deleting its newest rows is caught (ADR-0017).
        await witnesses.RegisterEntriesAsync(documents, cancellationToken);
        return documents;
    }

    /// <summary>A number on its own, in a transaction of its own (for a register line that nothing else saves with).</summary>
    public async Task<RegisteredDocument> IssueAsync(string issuer, string typeCode, string title, DateOnly issuedOn, Actor by, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var document = await TakeAsync(issuer, typeCode, title, issuedOn, by, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return document;
    }
}
