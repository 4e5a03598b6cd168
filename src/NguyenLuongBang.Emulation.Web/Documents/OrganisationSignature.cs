using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Documents.Incremental;
using NguyenLuongBang.Emulation.Web.Documents;
using PdfSharp.Drawing;

namespace NguyenLuongBang.Emulation.Web.Documents;

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

    private readonly Dictionary<string, (SigningKey? Key, string? Problem)> _keys = new(StringComparer.Ordinal);

    private IssuingCommune? _commune;

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
        var row = await db.SigningCertificates.AsNoTracking().Where(c => c.RemovedAt == null && c.AccountId == null).OrderByDescending(c => c.Id).FirstOrDefaultAsync(cancellationToken);
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
    /// The signatures of a document issued in this unit of work by <paramref name="by"/> for
    /// <paramref name="issuer"/> (a register's issuer, e.g. UBND): first the issuer's own key, when one
    /// is installed for his account; then the organisation's, unless the settings say that issuer's
    /// documents carry none (<c>Signing:OrganisationSigns:{issuer}</c>, true by default). Null when
    /// neither is installed; a refusal with the reason when an installed one cannot sign.
    /// </summary>
    /// <param name="place">Where <paramref name="by"/> signs as a signer the document names; null when it names
    /// someone else (his key is then not used: the portal never signs with another person's key).</param>
    public IPdfSigner? Signer(Actor by, string issuer, SignerPlace? place)
    {
        ArgumentNullException.ThrowIfNull(by);
        var organisation = OrganisationSigns(issuer) ? Key(null) : null;
        var person = place is null ? null : Key(by.UserId);
        if (person is null && organisation is null)
        {
            return null;
        }

        _commune ??= db.Communes.AsNoTracking().Where(c => c.Id == db.CurrentCommuneId).Select(c => new IssuingCommune(c.Kind, c.Name)).Single();
        return new IssueSigner(person, place ?? SignerPlace.Main, organisation, clock.GetUtcNow(), _commune);
    }

    /// <summary>
    /// Whether an issuer's documents carry the organisation's signature: <c>Signing:OrganisationSigns:{issuer}</c>,
    /// by default yes — the UBND's and the Phòng's (which has no seal of its own) carry the UBND's, the city
    /// Ban's the Sở Nội vụ's — except the council's minutes, which its chair and secretary sign.
    /// </summary>
    public bool OrganisationSigns(string issuer) =>
        configuration.GetValue<bool?>($"Signing:OrganisationSigns:{issuer}") ?? issuer != DocumentNumbers.Council;

    /// <summary>The installed key of a person, or null when none is (he signs elsewhere); refused when it cannot sign.</summary>
    public SigningKey? PersonalKey(string accountId) => Key(accountId);

    /// <summary>The installed key of a person (or, for null, the organisation's), opened once per unit of work; refused when it cannot sign.</summary>
    private SigningKey? Key(string? accountId)
    {
        var cacheKey = accountId is null ? "organisation" : "person:" + accountId;
        if (!_keys.TryGetValue(cacheKey, out var loaded))
        {
            var row = db.SigningCertificates.AsNoTracking().Where(c => c.RemovedAt == null && c.AccountId == accountId).OrderByDescending(c => c.Id).FirstOrDefault();
            var (certificate, problem) = row is null ? (null, null) : Open(row.Pkcs12, row.IsDemo);
            loaded = (row is null || certificate is null ? null : new SigningKey(certificate, row.ImagePng, row.IsDemo), problem);
            _keys[cacheKey] = loaded;
        }

        return loaded.Problem is { } problem2
            ? throw new DomainException((accountId is null ? "Không ban hành được văn bản vì không ký số được bằng chứng thư của cơ quan: " : "Không ban hành được văn bản vì không ký số được bằng chứng thư của người ký: ") + problem2)
            : loaded.Key;
    }

    private static string Local(DateTime at) => VietnamTime.ToLocal(new DateTimeOffset(at.ToUniversalTime(), TimeSpan.Zero)).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}

/// <summary>An installed key opened for signing, with the image its signature shows.</summary>
public sealed record SigningKey(X509Certificate2 Certificate, byte[]? Image, bool IsDemo);

/// <summary>Which of a document's signature blocks a person signs: the main one (right) or the second (left, the minutes' secretary).</summary>
public enum SignerPlace
{
    Main,
    Second,
}

/// <summary>
/// Signs as NĐ 30 (Phụ lục I, items 7–8) draws it, each signature an incremental update so the first
/// stays valid under the second: the signer's own, his signature image centred between position and
/// name; then the organisation's, its seal at real size over the left third of the signer's image and
/// the signing time (ISO 8601, Vietnam time) under the name.
/// </summary>
public sealed class IssueSigner(SigningKey? person, SignerPlace place, SigningKey? organisation, DateTimeOffset signedAt, IssuingCommune commune) : IPdfSigner
{
    /// <summary>A signature image is drawn at most this wide (and as high as the space).</summary>
    public const double SignatureWidth = 60 * Mm;

    /// <summary>A seal image is taken as scanned at this resolution: 35 mm is 413 pixels.</summary>
    public const double SealDpi = 300;

    /// <summary>The size of a seal shown without an image of it.</summary>
    public const double SealSize = 35 * Mm;

    private const double Mm = 72 / 25.4;

    /// <summary>The certificates' common names, signer first (shown publicly: never the full subject, which may carry a personal ID number).</summary>
    public string Subject => string.Join("; ", new[] { person, organisation }.OfType<SigningKey>().Select(k => k.Certificate.GetNameInfo(X509NameType.SimpleName, false)));

    public bool IsDemo => person?.IsDemo == true || organisation?.IsDemo == true;

    public byte[] Sign(byte[] pdf, SignerSpace space)
    {
        ArgumentNullException.ThrowIfNull(space);
        var local = VietnamTime.ToLocal(signedAt);
        if (person is not null)
        {
            pdf = Personally(pdf, person, place == SignerPlace.Second ? space.Second ?? space : space, "Ký ban hành văn bản", local);
        }

        var image = SignatureImage(space, person?.Image);

        if (organisation is not null)
        {
            var time = local.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
            var seal = Seal(image, organisation.Image);
            var texts = new[] { new PlacedText(time, space.Area.X + (space.Area.Width / 2) - (time.Length * 2.5), space.BelowName - 10, 10) };
            var look = new SignatureLook(organisation.Image is null ? [] : [new PlacedImage(organisation.Image, seal)], texts);
            // The widget spans the seal's place (also when no seal image is installed) and the time.
            var bounds = look.Bounds();
            var widget = XRect.Union(bounds, seal);
            pdf = PdfIncrementalSignature.Append(pdf, organisation.Certificate, space.PageIndex, widget, look,
                $"Chữ ký số của cơ quan ({commune.DisplayName})", local);
        }

        return pdf;
    }

    /// <summary>A person's own signature, their image centred in their space.</summary>
    public static byte[] Personally(byte[] pdf, SigningKey person, SignerSpace space, string reason, DateTimeOffset signedAt)
    {
        ArgumentNullException.ThrowIfNull(person);
        var image = SignatureImage(space, person.Image);
        var look = person.Image is null ? SignatureLook.Invisible : new SignatureLook([new PlacedImage(person.Image, image)], []);
        return PdfIncrementalSignature.Append(pdf, person.Certificate, space.PageIndex, image, look, reason, VietnamTime.ToLocal(signedAt));
    }

    /// <summary>Where the signer's image is drawn: as wide as it may be, centred in the space, its proportions kept.</summary>
    public static XRect SignatureImage(SignerSpace space, byte[]? png)
    {
        ArgumentNullException.ThrowIfNull(space);
        var (width, height) = png is null ? (600, 240) : Size(png);
        var box = space.Area;
        var scale = Math.Min(Math.Min(box.Width, SignatureWidth) / width, box.Height / height);
        var (w, h) = (width * scale, height * scale);
        return new XRect(box.X + ((box.Width - w) / 2), box.Y + ((box.Height - h) / 2), w, h);
    }

    /// <summary>The seal at real size, over the left third of the signer's image, centred on it vertically.</summary>
    public static XRect Seal(XRect signatureImage, byte[]? png)
    {
        var (w, h) = (SealSize, SealSize);
        if (png is not null)
        {
            var (pixelsWide, pixelsHigh) = Size(png);
            (w, h) = (pixelsWide * 72 / SealDpi, pixelsHigh * 72 / SealDpi);
        }

        return new XRect(signatureImage.X + (signatureImage.Width / 3) - w, signatureImage.Y + (signatureImage.Height / 2) - (h / 2), w, h);
    }

    private static (int Width, int Height) Size(byte[] png) =>
        (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
}
