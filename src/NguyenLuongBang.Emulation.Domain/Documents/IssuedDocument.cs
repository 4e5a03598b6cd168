using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Domain.Documents;

/// <summary>The numbered documents the portal issues.</summary>
public enum IssuedDocumentKind
{
    /// <summary>Báo cáo (BC-UBND): the consolidated report to the city.</summary>
    ConsolidatedReport,

    /// <summary>Tờ trình of Phòng Văn hóa - Xã hội to the chairman (TTr-VHXH).</summary>
    OfficeSubmission,

    /// <summary>Tờ trình of the commune to the city (TTr-UBND).</summary>
    CitySubmission,

    /// <summary>Biên bản of a council session (BB-HĐTĐKT).</summary>
    CouncilMinutes,

    /// <summary>Quyết định khen thưởng (QĐ-UBND).</summary>
    AwardDecision,

    /// <summary>Giấy khen (GK-UBND).</summary>
    Certificate,

    /// <summary>A document signed on paper (or on a token outside the portal) and entered in the register afterwards by the văn thư, with its scan.</summary>
    SignedOnPaper,
}

public enum IssuedFileFormat
{
    Pdf,
    Word,

    /// <summary>Every certificate of a decision in one PDF, for printing.</summary>
    PrintSet,

    /// <summary>The PDF signed outside the portal and uploaded; the latest is the official copy.</summary>
    SignedPdf,
}

/// <summary>
/// A numbered document as issued: the files exactly as they were at issue, with their SHA-256,
/// and the document's content as data. Downloads serve these bytes; nothing re-renders an issued
/// document. A mistake is corrected by a new document that names the one it replaces.
/// </summary>
public sealed class IssuedDocument
{
    public const int ModelMaxLength = 2_000_000;

    private readonly List<IssuedFile> _files = [];

    private IssuedDocument()
    {
        Number = Title = SignerName = IssuedByName = Model = string.Empty;
    }

    /// <param name="files">The files as issued, at most one per format; nothing can be added later.</param>
    public IssuedDocument(IssuedDocumentKind kind, RegisteredDocument registration, string signerName, string model,
        IEnumerable<(IssuedFileFormat Format, Files.StoredFile File)> files, Actor by, DateTimeOffset now, IssuedDocument? replaces = null,
        string? verificationCode = null)
    {
        ArgumentNullException.ThrowIfNull(registration);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(by);
        Kind = kind;
        Registration = registration;
        Number = registration.Number;
        IssuedOn = registration.IssuedOn;
        Title = registration.Title;
        SignerName = Guard.Required(signerName, "Người ký", 100);
        Model = Guard.Required(model, "Nội dung văn bản", ModelMaxLength);
        if (replaces is not null)
        {
            if (replaces.Kind != kind)
            {
                throw new DomainException("Văn bản thay thế phải cùng loại với văn bản bị thay thế.");
            }

            Replaces = replaces;
        }

        foreach (var (format, file) in files)
        {
            if (_files.Any(f => f.Format == format))
            {
                throw new DomainException("Văn bản chỉ có một tệp mỗi định dạng.");
            }

            _files.Add(new IssuedFile(format, file));
        }

        if (_files.Count == 0)
        {
            throw new DomainException("Văn bản ban hành phải có tệp.");
        }

        IssuedAt = now;
        IssuedByName = by.Name;
        if (verificationCode is not null)
        {
            VerificationCode = Documents.VerificationCode.Normalize(verificationCode) == verificationCode
                ? verificationCode
                : throw new DomainException("Mã xác thực không hợp lệ.");
        }
    }

    public int Id { get; private set; }

    public IssuedDocumentKind Kind { get; private set; }

    public int RegistrationId { get; private set; }

    public RegisteredDocument? Registration { get; private set; }

    /// <summary>"05/BC-UBND", as in the register.</summary>
    public string Number { get; private set; }

    public DateOnly IssuedOn { get; private set; }

    /// <summary>Trích yếu: what the document is about.</summary>
    public string Title { get; private set; }

    public string SignerName { get; private set; }

    /// <summary>The document's content as data (JSON), as it was rendered at issue.</summary>
    public string Model { get; private set; }

    public int? ReplacesId { get; private set; }

    public IssuedDocument? Replaces { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    public string IssuedByName { get; private set; }

    /// <summary>The code printed on the document for the public check (<see cref="Documents.VerificationCode"/>); none on documents issued before codes.</summary>
    public string? VerificationCode { get; private set; }

    /// <summary>Who the organisation's certificate that signed the PDF at issue names (its subject); null: issued unsigned.</summary>
    public string? SignedWith { get; private set; }

    /// <summary>The certificate that signed at issue was the demo's own, trusted by no one.</summary>
    public bool SignedWithDemo { get; private set; }

    /// <summary>
    /// A document signed on paper, entered in the register afterwards: its scanned PDF is the file,
    /// the register's title and signer what the văn thư read off the paper. It is marked as such
    /// wherever it is shown; nothing of it was drawn by the portal.
    /// </summary>
    public static IssuedDocument RecordSignedOnPaper(RegisteredDocument registration, string signerName, Files.StoredFile scan, Actor by, DateTimeOffset now, string verificationCode) =>
        new(IssuedDocumentKind.SignedOnPaper, registration, signerName, "{}", [(IssuedFileFormat.Pdf, scan)], by, now, verificationCode: verificationCode);

    /// <summary>The organisation's certificate signed the PDF as it was stored.</summary>
    public void MarkSigned(string certificateSubject, bool demo)
    {
        SignedWith = Guard.Required(certificateSubject, "Chứng thư ký", 500);
        SignedWithDemo = demo;
    }

    public IReadOnlyCollection<IssuedFile> Files => _files.AsReadOnly();

    /// <summary>
    /// A copy signed outside the portal (the chairman's own token) becomes the official PDF; the
    /// copy issued by the portal is kept. The caller has checked its signatures and that it is this
    /// document.
    /// </summary>
    public void AcceptSignedCopy(Files.StoredFile file, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(by);
        _files.Add(new IssuedFile(IssuedFileFormat.SignedPdf, file, now, by.Name));
    }

    /// <summary>The PDF that counts: the latest copy signed elsewhere, else the PDF as issued.</summary>
    public IssuedFile? OfficialPdf =>
        _files.Where(f => f.Format == IssuedFileFormat.SignedPdf).OrderByDescending(f => f.AddedAt).ThenByDescending(f => f.Id).FirstOrDefault()
        ?? _files.FirstOrDefault(f => f.Format == IssuedFileFormat.Pdf);
}

/// <summary>One file of an issued document.</summary>
public sealed class IssuedFile
{
    private IssuedFile() { }

    internal IssuedFile(IssuedFileFormat format, Files.StoredFile file, DateTimeOffset? addedAt = null, string? addedByName = null)
    {
        Format = format;
        StoredFile = file;
        AddedAt = addedAt;
        AddedByName = addedByName;
    }

    /// <summary>When a signed copy was added after issue (null: a file as issued).</summary>
    public DateTimeOffset? AddedAt { get; private set; }

    public string? AddedByName { get; private set; }

    public int Id { get; private set; }

    public int IssuedDocumentId { get; private set; }

    public IssuedFileFormat Format { get; private set; }

    public int StoredFileId { get; private set; }

    public Files.StoredFile? StoredFile { get; private set; }
}
