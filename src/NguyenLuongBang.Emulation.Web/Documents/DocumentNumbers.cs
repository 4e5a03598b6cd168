using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Documents;

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
        (await TakeAsync(issuer, typeCode, [title], issuedOn, by, null, cancellationToken))[0];

    /// <param name="sequence">The number the commune's document system gave, when the văn thư enters it; null: the register's next.</param>
    public async Task<RegisteredDocument> TakeAsync(string issuer, string typeCode, string title, DateOnly issuedOn, Actor by, int? sequence, CancellationToken cancellationToken) =>
        (await TakeAsync(issuer, typeCode, [title], issuedOn, by, sequence, cancellationToken))[0];

    /// <summary>Consecutive numbers for several documents of one type (e.g. the certificates of a decision).</summary>
    public Task<IReadOnlyList<RegisteredDocument>> TakeAsync(string issuer, string typeCode, IReadOnlyList<string> titles, DateOnly issuedOn, Actor by, CancellationToken cancellationToken = default) =>
        TakeAsync(issuer, typeCode, titles, issuedOn, by, null, cancellationToken);

    private async Task<IReadOnlyList<RegisteredDocument>> TakeAsync(string issuer, string typeCode, IReadOnlyList<string> titles, DateOnly issuedOn, Actor by,
        int? sequence, CancellationToken cancellationToken)
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
        if (last > 0)
        {
            var latest = await db.DocumentRegister.AsNoTracking().Where(d => d.Issuer == issuer && d.TypeCode == typeCode && d.Year == issuedOn.Year)
                .OrderByDescending(d => d.IssuedOn).Select(d => new { d.Sequence, d.IssuedOn }).FirstOrDefaultAsync(cancellationToken);
            if (latest is not null)
            {
                DocumentDates.EnsureRegisterOrder(issuedOn, RegisteredDocument.Format(latest.Sequence, typeCode, issuer), latest.IssuedOn);
            }
        }

        // The văn thư's register may have gone on outside the portal: its next number counts when it is further.
        var start = await db.RegisterStarts.AsNoTracking().Where(r => r.Issuer == issuer && r.TypeCode == typeCode && r.Year == issuedOn.Year)
            .Select(r => (int?)r.NextSequence).SingleOrDefaultAsync(cancellationToken);
        if (start is { } next && next - 1 > last)
        {
            last = next - 1;
        }

        if (sequence is { } given)
        {
            // A number the commune's document system gave: unique and after every number already in the register.
            if (given <= last || given > RegisterStart.MaxSequence)
            {
                throw new DomainException($"Số {given:00} không dùng được: sổ {typeCode}-{issuer} năm {issuedOn.Year} đã đến số {last:00}, số nhập phải lớn hơn và không quá {RegisterStart.MaxSequence}.");
            }

            // A typo ("4000" for "400") would move the register on for the rest of the year: a far jump is the văn thư's to set first.
            if (given > last + MaxJump)
            {
                throw new DomainException($"Số {given:00} cách số tiếp theo của sổ ({last + 1:00}) quá xa (hơn {MaxJump}): kiểm tra lại số; nếu sổ của văn thư đã chạy đến đó, đặt số tiếp theo tại Sổ văn bản → Số tiếp theo của các sổ.");
            }

            last = given - 1;
        }

        var documents = titles.Select((title, i) => new RegisteredDocument(issuer, typeCode, issuedOn.Year, last + 1 + i, title, issuedOn, by, clock.GetUtcNow())).ToList();
        foreach (var document in documents)
        {
            db.DocumentRegister.Add(document);
            audit.Add(NumberTakenAction, RegisterEntity, document.Number, document.Title);
        }

        // Each entry witnesses where the audit chain ended, so deleting its newest rows is caught (ADR-0017).
        await witnesses.RegisterEntriesAsync(documents, cancellationToken);
        return documents;
    }

    /// <summary>The audit row every number taken leaves (its entity id is the number): <c>verify-audit</c> finds each one.</summary>
    public const string NumberTakenAction = "Cấp số văn bản";

    public const string RegisterEntity = "Sổ đăng ký văn bản";

    /// <summary>How far past the register's next number a number typed at issue may go.</summary>
    public const int MaxJump = 100;

    /// <summary>The registers a commune's portal numbers in (issuer, type), as the văn thư sees them.</summary>
    public static IReadOnlyList<(string Issuer, string TypeCode, string Name)> CommuneRegisters { get; } =
    [
        (CommuneCommittee, "QĐ", "Quyết định của UBND"),
        (CommuneCommittee, "GK", "Giấy khen"),
        (CommuneCommittee, "BC", "Báo cáo của UBND"),
        (CommuneCommittee, "TTr", "Tờ trình của UBND"),
        (CultureOffice, "TTr", "Tờ trình của Phòng Văn hóa - Xã hội"),
        (Council, "BB", "Biên bản của Hội đồng Thi đua - Khen thưởng"),
    ];

    /// <summary>The lock two settings of one register wait on (the caller's unit of work takes it).</summary>
    public static string RegisterStartLock(string issuer, string typeCode, int year) => $"register-start:{issuer}:{typeCode}:{year}";

    /// <summary>
    /// The văn thư sets the number a register goes on from (the commune's own register has run
    /// outside the portal): refused at or below a number already taken. Runs inside the caller's
    /// transaction, under <see cref="RegisterStartLock"/> (two administrators setting the same
    /// register at once: one row, the later setting wins); the caller audits and saves.
    /// </summary>
    /// <returns>The number the register went on from before (null: never set).</returns>
    public async Task<int?> SetNextAsync(string issuer, string typeCode, int year, int next, Actor by, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A register's next number is set inside the transaction that audits it.");
        }

        var last = await db.LastRegisterSequenceAsync(issuer, typeCode, year, cancellationToken);
        var row = await db.RegisterStarts.SingleOrDefaultAsync(r => r.Issuer == issuer && r.TypeCode == typeCode && r.Year == year, cancellationToken);
        var before = row?.NextSequence;
        if (row is null)
        {
            db.RegisterStarts.Add(new RegisterStart(issuer, typeCode, year, next, last, by, clock.GetUtcNow()));
        }
        else
        {
            row.Set(next, last, by, clock.GetUtcNow());
        }

        return before;
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

/// <summary>The optional "number given by the commune's document system" field of an issuing form.</summary>
public static class RegisterNumberField
{
    /// <summary>Null when left empty; a refusal with the reason when it is not a plain positive number.</summary>
    public static int? Parse(string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        // "385" or "385/QĐ-UBND" as the document system prints it.
        var digits = text.Split('/')[0].Trim();
        return digits.Length is > 0 and <= 5 && digits.All(char.IsAsciiDigit) && int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) is > 0 and var n
            ? n
            : throw new DomainException($"Số văn bản \"{(text.Length > 20 ? text[..20] + "…" : text)}\" không hợp lệ: nhập số thứ tự (ví dụ 385), hoặc để trống để lấy số tiếp theo của sổ.");
    }
}
