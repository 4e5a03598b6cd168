using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Domain.Files;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Documents;

namespace NguyenLuongBang.Emulation.Web.Documents;

/// <summary>Draws documents; a seam for tests that make drawing fail after a number was taken.</summary>
public class DocumentRendering
{
    public virtual byte[] Pdf(OfficialDocument document, IPdfSigner? signer = null) => PdfRenderer.Render(document, signer: signer);

    public virtual byte[] Word(OfficialDocument document) => WordRenderer.Render(document);

    public virtual byte[] Certificates(IReadOnlyList<Certificate> certificates, IPdfSigner? signer = null) => PdfRenderer.RenderCertificates(certificates, signer: signer);
}

/// <summary>
/// The one address citizens reach (<c>Portal:PublicUrl</c>): every QR code and link printed on a
/// document is under it, never under the host of the request that issued it (a proxy's internal
/// name, an officer's typo). Outside Development nothing is issued until it is set, because a
/// document printed with a wrong address cannot be recalled; in Development the demo's own address
/// stands in.
/// </summary>
public sealed class PublicAddress
{
    public const string Key = "Portal:PublicUrl";

    public const string DevelopmentDefault = "http://localhost:5080";

    public PublicAddress(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var configured = configuration[Key];
        if (string.IsNullOrWhiteSpace(configured))
        {
            Root = environment.IsDevelopment() ? DevelopmentDefault : null;
            Problem = Root is null
                ? "Cổng chưa được cấu hình địa chỉ công khai (Portal:PublicUrl), nên chưa ban hành văn bản có số: mã QR và đường dẫn xác thực in trên văn bản phải dẫn tới đúng địa chỉ người dân truy cập. Hãy báo quản trị hệ thống đặt Portal__PublicUrl (ví dụ https://thidua.xa.gov.vn) rồi khởi động lại cổng."
                : null;
        }
        else if (Uri.TryCreate(configured.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
                 && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment))
        {
            Root = uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
        }
        else
        {
            Problem = $"Địa chỉ công khai của cổng (Portal:PublicUrl = \"{configured}\") không phải địa chỉ http/https đầy đủ, nên chưa ban hành văn bản có số. Hãy báo quản trị hệ thống sửa Portal__PublicUrl (ví dụ https://thidua.xa.gov.vn) rồi khởi động lại cổng.";
        }
    }

    /// <summary>The address documents print, without a trailing slash; null when issuing is refused.</summary>
    public string? Root { get; }

    /// <summary>Why nothing can be issued (Vietnamese, for the officer, the administrator's pages and the start-up log); null when all is well.</summary>
    public string? Problem { get; }

    /// <summary>The address, or the refusal the officer who tried to issue reads.</summary>
    public string Require() => Root ?? throw new DomainException(Problem!);
}

/// <summary>The public verification page's address for a code, always under <see cref="PublicAddress"/>.</summary>
public sealed class VerificationLinks(PublicAddress address)
{
    public const string Path = "/Xac-thuc/";

    public DocumentVerification For(string code) => new(code, address.Require() + Path + code);
}

/// <summary>
/// Issues a numbered document: renders it with its number and date, stores the PDF (and Word)
/// bytes with their SHA-256 and the document's content as data, all in the caller's unit of work
/// — the same transaction that took the number — so a failure leaves neither number nor file.
/// Later downloads serve these bytes (<see cref="IssuedFiles"/>). Each document carries a
/// verification code with its QR code, and its PDF is signed with the organisation's certificate
/// when one is installed; the stored SHA-256 is of the signed file.
/// </summary>
public sealed class DocumentIssuer(AppDbContext db, DocumentRendering rendering, TimeProvider clock, VerificationLinks links, OrganisationSignature signature)
{
    public const string PdfType = "application/pdf";
    public const string WordType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="fileName">The download name without extension, e.g. "bao-cao-01-2026".</param>
    /// <param name="printSet">For a decision: its certificates, stored with it as one file to print.</param>
    /// <param name="signers">The accounts the document names as signers, when not the one issuing it (the minutes' chair and secretary).</param>
    public IssuedDocument Issue(IssuedDocumentKind kind, RegisteredDocument registration, OfficialDocument document, string fileName, Actor by,
        IssuedDocument? replaces = null, IReadOnlyList<Certificate>? printSet = null, SignerAccounts? signers = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Draft)
        {
            throw new InvalidOperationException("A draft is not issued.");
        }

        var code = VerificationCode.New();
        document = document with { Verification = links.For(code) };
        var signer = signature.Signer(by, registration.Issuer, (signers ?? new SignerAccounts(by.UserId, null)).PlaceOf(by));
        var files = new List<(IssuedFileFormat, StoredFile)>
        {
            (IssuedFileFormat.Pdf, Store(fileName + ".pdf", PdfType, rendering.Pdf(document, signer), by)),
            (IssuedFileFormat.Word, Store(fileName + ".docx", WordType, rendering.Word(document), by)),
        };
        if (printSet is not null)
        {
            files.Add((IssuedFileFormat.PrintSet, Store($"giay-khen-{fileName}.pdf", PdfType, rendering.Certificates(printSet), by)));
        }

        var issued = new IssuedDocument(kind, registration, document.SignerName, JsonSerializer.Serialize(document, Json), files, by, clock.GetUtcNow(), replaces, code);
        if (signer is not null)
        {
            issued.MarkSigned(signer.Subject, signer.IsDemo);
        }

        db.IssuedDocuments.Add(issued);
        return issued;
    }

    /// <summary>One Giấy khen as its own issued document (its register number is its own).</summary>
    public IssuedDocument IssueCertificate(RegisteredDocument registration, Certificate certificate, string fileName, Actor by)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(registration);
        if (certificate.RegisterNumber != registration.Number)
        {
            throw new InvalidOperationException($"Certificate {certificate.RegisterNumber} issued under {registration.Number}.");
        }

        var code = VerificationCode.New();
        certificate = certificate with { Verification = links.For(code) };
        var signer = signature.Signer(by, registration.Issuer, SignerPlace.Main);
        var issued = new IssuedDocument(IssuedDocumentKind.Certificate, registration, certificate.SignerName, JsonSerializer.Serialize(certificate, Json),
            [(IssuedFileFormat.Pdf, Store(fileName + ".pdf", PdfType, rendering.Certificates([certificate], signer), by))], by, clock.GetUtcNow(), verificationCode: code);
        if (signer is not null)
        {
            issued.MarkSigned(signer.Subject, signer.IsDemo);
        }

        db.IssuedDocuments.Add(issued);
        return issued;
    }

    /// <summary>The content of an issued document as it was issued (not of a certificate).</summary>
    public static OfficialDocument? ReadDocument(string model) => JsonSerializer.Deserialize<OfficialDocument>(model, Json);

    /// <summary>The content of an issued certificate as it was issued.</summary>
    public static Certificate? ReadCertificate(string model) => JsonSerializer.Deserialize<Certificate>(model, Json) is { } certificate
        ? certificate with { Authority = certificate.Authority ?? FirstCommuneAuthority }
        : null;

    /// <summary>
    /// Certificates issued before communes were data stored no authority line: the portal then
    /// served only its first commune, so that is whose chairman awarded them.
    /// </summary>
    private const string FirstCommuneAuthority = "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ NGUYỄN LƯƠNG BẰNG";

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private StoredFile Store(string name, string contentType, byte[] bytes, Actor by)
    {
        var file = new StoredFile(name, contentType, bytes, Sha256(bytes), by, clock.GetUtcNow());
        db.StoredFiles.Add(file);
        return file;
    }
}

/// <summary>
/// The accounts a document names as its signers: the main block's and, for the minutes, the second
/// (the secretary's). The documents an office issues name the person issuing them (<see cref="Signatories"/>),
/// so only the minutes, closed by a reviewer, name others.
/// </summary>
public sealed record SignerAccounts(string Main, string? Second)
{
    /// <summary>Which block <paramref name="by"/> signs, by account; null when the document names someone else (his key is then not used).</summary>
    public SignerPlace? PlaceOf(Actor by)
    {
        ArgumentNullException.ThrowIfNull(by);
        return by.UserId == Main ? SignerPlace.Main : by.UserId == Second ? SignerPlace.Second : null;
    }
}

/// <summary>A stored file of an issued document, ready to send.</summary>
public sealed record IssuedDownload(string FileName, string ContentType, byte[] Content, string Sha256);

/// <summary>Reads the stored bytes of issued documents: what every download of an issued document serves.</summary>
public sealed class IssuedFiles(AppDbContext db)
{
    /// <summary>The stored file as a download, or 404 when the document or the format is not there.</summary>
    public async Task<Microsoft.AspNetCore.Mvc.IActionResult> DownloadAsync(int? issuedDocumentId, IssuedFileFormat format, CancellationToken cancellationToken) =>
        await GetAsync(issuedDocumentId, format, cancellationToken) is { } stored
            ? new Microsoft.AspNetCore.Mvc.FileContentResult(stored.Content, stored.ContentType) { FileDownloadName = stored.FileName }
            : new Microsoft.AspNetCore.Mvc.NotFoundResult();

    public async Task<IssuedDownload?> GetAsync(int? issuedDocumentId, IssuedFileFormat format, CancellationToken cancellationToken)
    {
        if (issuedDocumentId is null)
        {
            return null;
        }

        // The PDF that counts is the latest copy signed elsewhere, when there is one.
        return await db.IssuedDocuments.AsNoTracking().Where(d => d.Id == issuedDocumentId)
            .SelectMany(d => d.Files).Where(f => f.Format == format || (format == IssuedFileFormat.Pdf && f.Format == IssuedFileFormat.SignedPdf))
            .OrderByDescending(f => f.Format == IssuedFileFormat.SignedPdf).ThenByDescending(f => f.Id)
            .Select(f => new IssuedDownload(f.StoredFile!.FileName, f.StoredFile.ContentType, f.StoredFile.Content, f.StoredFile.Sha256))
            .FirstOrDefaultAsync(cancellationToken);
    }
}
