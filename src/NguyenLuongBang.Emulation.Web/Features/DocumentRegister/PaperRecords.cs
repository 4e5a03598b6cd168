using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Domain.Files;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.DocumentRegister;

/// <summary>What the văn thư types when entering a document signed on paper.</summary>
public sealed class PaperRecordForm
{
    /// <summary>"UBND|QĐ": one of <see cref="DocumentNumbers.CommuneRegisters"/>.</summary>
    public string? Register { get; set; }

    /// <summary>Empty: the register's next number.</summary>
    public string? Number { get; set; }

    /// <summary>The date written on the paper (dd/MM/yyyy, or yyyy-MM-dd from a date field).</summary>
    public string? IssuedOn { get; set; }

    public string? Title { get; set; }

    public string? SignerName { get; set; }
}

/// <summary>
/// "Vào sổ văn bản đã ký giấy": a document signed on paper (or on a token outside the portal) is
/// entered in the register afterwards — its number (the register's next, or the one written on it),
/// its date (never after today, never before an earlier number of its register), its title, who
/// signed it and its scanned PDF. It gets a verification code and is shown everywhere as signed on
/// paper. One unit of work (<see cref="RecordChanges.RunAsync"/>): the number, the file, the document
/// and the audit row, or none of them.
/// </summary>
public sealed class PaperRecords(AppDbContext db, DocumentNumbers numbers, RecordChanges changes, TimeProvider clock)
{
    public const long MaxScanBytes = 30L * 1024 * 1024;

    /// <summary>Enters the document; refused (with the reason) when a field or the scan is not right, or the scan is already in the register.</summary>
    public Task<ChangeOutcome> RecordAsync(PaperRecordForm form, byte[]? scan, Actor by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        // A double click (or the same scan sent again) enters it once: checked under the register's lock.
        return changes.RunAsync("register:paper", ct => EnterAsync(form, scan, by, ct), cancellationToken);
    }

    private async Task<Change?> EnterAsync(PaperRecordForm form, byte[]? scan, Actor by, CancellationToken cancellationToken)
    {
        var register = DocumentNumbers.CommuneRegisters.FirstOrDefault(r => $"{r.Issuer}|{r.TypeCode}" == form.Register);
        if (register.Issuer is null)
        {
            throw new DomainException("Chọn sổ văn bản trong danh sách.");
        }

        var date = ParseDate(form.IssuedOn) ?? throw new DomainException("Ngày ký ghi trên văn bản chưa đúng: nhập theo dạng ngày/tháng/năm, ví dụ 29/12/2025.");
        var today = VietnamTime.Today(clock);
        if (date > today)
        {
            throw new DomainException($"Văn bản ký giấy không thể ghi ngày {date:dd/MM/yyyy}, sau hôm nay.");
        }

        // The register of this year or the last one, as a văn thư catches up in January; an older date is a typo.
        if (date.Year < today.Year - 1)
        {
            throw new DomainException($"Chỉ vào sổ văn bản ký trong năm {today.Year - 1} hoặc {today.Year}: kiểm tra lại ngày {date:dd/MM/yyyy}.");
        }

        var title = Required(form.Title, "trích yếu", 500);
        var signer = Required(form.SignerName, "họ tên người ký", 100);
        if (scan is null || scan.Length < 5 || !scan.AsSpan(0, 5).SequenceEqual("%PDF-"u8))
        {
            throw new DomainException("Chọn bản quét (scan) của văn bản là tệp PDF, tối đa 30 MB.");
        }

        var sequence = RegisterNumberField.Parse(form.Number);
        var sha = DocumentIssuer.Sha256(scan);
        if (await db.IssuedDocuments.Where(d => d.Files.Any(f => f.StoredFile!.Sha256 == sha)).Select(d => d.Number).FirstOrDefaultAsync(cancellationToken) is { } already)
        {
            throw new DomainException($"Bản quét này đã được vào sổ: văn bản số {already}.");
        }

        var registration = await numbers.TakeAsync(register.Issuer, register.TypeCode, title, date, by, sequence, cancellationToken);
        var stored = new StoredFile($"van-ban-ky-giay-{registration.Sequence:00}-{registration.TypeCode}-{date.Year}.pdf".Replace('Đ', 'D'), DocumentIssuer.PdfType, scan,
            sha, by, clock.GetUtcNow());
        db.StoredFiles.Add(stored);
        var document = IssuedDocument.RecordSignedOnPaper(registration, signer, stored, by, clock.GetUtcNow(), VerificationCode.New());
        db.IssuedDocuments.Add(document);
        return new Change("Vào sổ văn bản đã ký giấy", "Sổ đăng ký văn bản", registration.Number, $"{title}; ngày {date:dd/MM/yyyy}; người ký {signer}; SHA-256 {stored.Sha256}",
            $"Đã vào sổ văn bản số {document.Number} ngày {document.IssuedOn:dd/MM/yyyy} (ký giấy), mã xác thực {VerificationCode.Display(document.VerificationCode!)}.");
    }

    private static string Required(string? text, string what, int max)
    {
        var clean = Names.Clean(text);
        return clean.Length == 0 ? throw new DomainException($"Vui lòng nhập {what}.")
            : clean.Length > max ? throw new DomainException($"{char.ToUpperInvariant(what[0])}{what[1..]} dài quá {max} ký tự.")
            : clean;
    }

    /// <summary>The date typed on the form, or null when it cannot be read (the register's year of an entered document).</summary>
    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
