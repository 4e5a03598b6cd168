using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Documents;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PdfSharp.Pdf.Signatures;

namespace NguyenLuongBang.Emulation.Web.Features.DocumentRegister;

/// <summary>What the administrator's page shows about the installed certificate.</summary>
public sealed record SigningStatus(SigningCertificate? Installed, string? Problem, int? DaysLeft)
{
    /// <summary>Warned this many days before the certificate expires.</summary>
    public const int WarningDays = 30;

    public bool ExpiresSoon => Problem is null && DaysLeft is <= WarningDays;
}

/// <summary>
/// The organisation's certificate that signs issued PDFs: installed by the administrator (the
/// PKCS#12 file in the database, its password only in the server's configuration,
/// <c>Signing__CertificatePassword</c>), checked before every use. With none installed, documents are
/// issued unsigned, as before; with one that cannot sign (expired, no private key, not meant for
/// signing, wrong password), issuing is refused with the reason.
/// </summary>
public sealed class OrganisationSignature(AppDbContext db, IConfiguration configuration, TimeProvider clock)
{
    public const string PasswordKey = "Signing:CertificatePassword";

    private (bool Loaded, SigningCertificate? Row, X509Certificate2? Certificate, string? Problem, IssuingCommune? Commune) _loaded;

    /// <summary>Opens an uploaded file with the configured password and says why it cannot sign, if it cannot.</summary>
    public (X509Certificate2? Certificate, string? Problem) Open(byte[] pkcs12, bool isDemo = false)
    {
        ArgumentNullException.ThrowIfNull(pkcs12);
        if (pkcs12.Length is 0 or > SigningCertificate.MaxFileBytes)
        {
            return (null, "Tệp chứng thư số phải là tệp .p12/.pfx, không quá 64 KB.");
        }

        if (!isDemo && string.IsNullOrEmpty(configuration[PasswordKey]))
        {
            // A real organisation's key is never kept without its password's protection.
            return (null, "Máy chủ chưa đặt mật khẩu của chứng thư số (Signing__CertificatePassword): quản trị máy chủ cần đặt trước khi cài chứng thư.");
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12(pkcs12, isDemo ? null : configuration[PasswordKey], X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException)
        {
            return (null, "Không mở được tệp chứng thư số: tệp không phải PKCS#12 (.p12/.pfx) hoặc mật khẩu đặt trong cấu hình máy chủ (Signing__CertificatePassword) không đúng.");
        }

        return (certificate, Check(certificate, clock.GetUtcNow()));
    }

    /// <summary>Why a certificate cannot sign now, or null when it can.</summary>
    public static string? Check(X509Certificate2 certificate, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var usage = certificate.Extensions.OfType<X509KeyUsageExtension>().FirstOrDefault();
        return !certificate.HasPrivateKey ? "Chứng thư số không kèm khóa bí mật nên không ký được văn bản."
            : now.UtcDateTime < certificate.NotBefore.ToUniversalTime() ? $"Chứng thư số chưa có hiệu lực (từ {Local(certificate.NotBefore)})."
            : now.UtcDateTime > certificate.NotAfter.ToUniversalTime() ? $"Chứng thư số đã hết hạn từ {Local(certificate.NotAfter)}: cần cài chứng thư mới."
            : usage is not null && (usage.KeyUsages & (X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation)) == 0
                ? "Chứng thư số không dùng để ký số (mục đích sử dụng khóa không có chữ ký số)."
            : null;
    }

    /// <summary>The installed certificate and whether it can sign.</summary>
    public async Task<SigningStatus> StatusAsync(CancellationToken cancellationToken)
    {
        var row = await db.SigningCertificates.AsNoTracking().Where(c => c.RemovedAt == null).OrderByDescending(c => c.Id).FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return new SigningStatus(null, null, null);
        }

        var (certificate, problem) = Open(row.Pkcs12, row.IsDemo);
        using (certificate)
        {
            return new SigningStatus(row, problem, (int)Math.Floor((row.NotAfter - clock.GetUtcNow()).TotalDays));
        }
    }

    /// <summary>
    /// The signer for documents issued in this unit of work: null when no certificate is installed;
    /// a refusal with the reason when the installed one cannot sign.
    /// </summary>
    public IPdfSigner? Signer()
    {
        if (!_loaded.Loaded)
        {
            var row = db.SigningCertificates.AsNoTracking().Where(c => c.RemovedAt == null).OrderByDescending(c => c.Id).FirstOrDefault();
            var (certificate, problem) = row is null ? (null, null) : Open(row.Pkcs12, row.IsDemo);
            // The place in the signature is the signing commune's (the certificate's own rows are its commune's).
            var commune = row is null ? null : db.Communes.AsNoTracking().Where(c => c.Id == db.CurrentCommuneId)
                .Select(c => new IssuingCommune(c.Kind, c.Name)).Single();
            _loaded = (true, row, certificate, problem, commune);
        }

        if (_loaded.Row is null)
        {
            return null;
        }

        if (_loaded.Problem is { } problem2)
        {
            throw new DomainException("Không ban hành được văn bản vì không ký số được: " + problem2);
        }

        return new OrganisationPdfSigner(_loaded.Certificate!, _loaded.Row.IsDemo, clock.GetUtcNow(), _loaded.Commune!);
    }

    private static string Local(DateTime at) => VietnamTime.ToLocal(new DateTimeOffset(at.ToUniversalTime(), TimeSpan.Zero)).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}

/// <summary>
/// Signs with PDFsharp's CMS signer (SHA-256, detached), visibly: a red box over the left third of
/// the signer's space, as NĐ 30 (Phụ lục I) places the organisation's signature — who signed, the
/// organisation, the time.
/// </summary>
internal sealed class OrganisationPdfSigner(X509Certificate2 certificate, bool demo, DateTimeOffset signedAt, IssuingCommune commune) : IPdfSigner
{
    public string Subject => certificate.Subject;

    public bool IsDemo => demo;

    public void Apply(PdfDocument pdf, int pageIndex, XRect area)
    {
        var name = certificate.GetNameInfo(X509NameType.SimpleName, false);
        var organisation = Part(certificate.SubjectName, "O") ?? name;
        var options = new DigitalSignatureOptions
        {
            ContactInfo = organisation,
            Location = $"{commune.Place}, thành phố Hải Phòng",
            Reason = "Ban hành văn bản",
            AppName = PdfRenderer.Producer,
            // The renderer measures from the top of the page; a PDF annotation's rectangle from the bottom.
            Rectangle = new XRect(area.X, pdf.Pages[pageIndex].Height.Point - area.Bottom, area.Width, area.Height),
            PageIndex = pageIndex,
            AppearanceHandler = new Appearance(name, organisation, signedAt, demo),
        };
        DigitalSignatureHandler.ForDocument(pdf, new PdfSharpDefaultSigner(certificate, PdfMessageDigestType.SHA256, null), options);
    }

    private static string? Part(X500DistinguishedName name, string key) =>
        name.EnumerateRelativeDistinguishedNames().Where(r => r.GetSingleElementType().FriendlyName == key || (key == "O" && r.GetSingleElementType().Value == "2.5.4.10"))
            .Select(r => r.GetSingleElementValue()).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    private sealed class Appearance(string signer, string organisation, DateTimeOffset signedAt, bool demo) : IAnnotationAppearanceHandler
    {
        public void DrawAppearance(XGraphics gfx, XRect rect)
        {
            var red = new XSolidBrush(XColor.FromArgb(200, 20, 20));
            var measure = new TextMeasure(PortalFontResolver.Family);
            gfx.DrawRectangle(new XPen(XColor.FromArgb(200, 20, 20), 1), new XRect(1, 1, rect.Width - 2, rect.Height - 2));
            var lines = new List<(string Text, XFont Font)>
            {
                ("Ký bởi: " + signer, measure.Font(8, true, false)),
                ("Cơ quan: " + organisation, measure.Font(8, false, false)),
                ("Thời gian ký: " + VietnamTime.ToLocal(signedAt).ToString("HH:mm:ss dd/MM/yyyy '+07:00'", CultureInfo.InvariantCulture), measure.Font(8, false, false)),
            };
            if (demo)
            {
                lines.Add(("THỬ NGHIỆM - KHÔNG CÓ GIÁ TRỊ PHÁP LÝ", measure.Font(7, true, false)));
            }

            var y = 4.0;
            foreach (var (text, font) in lines)
            {
                gfx.DrawString(PdfRenderer.Nfc(text), font, red, new XRect(4, y, rect.Width - 8, 10), XStringFormats.TopLeft);
                y += 11;
            }
        }
    }
}
