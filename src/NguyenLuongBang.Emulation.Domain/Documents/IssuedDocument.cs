using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Domain.Documents;

/// <summary>The numbered documents the portal issues.</summary>
public enum IssuedDocumentKind
{
    /// <summary>Báo cáo (BC-UBND): the consolidated report to the city.</summary>
    ConsolidatedReport,

    /// <summary>Tờ trình of Phòng Văn hóa - Xã hội to the chairman (TTr-VHXH).</summary>
    OfficeProposal,

    /// <summary>Tờ trình of the commune to the city (TTr-UBND).</summary>
    CityProposal,

    /// <summary>Biên bản of a council session (BB-HĐTĐKT).</summary>
    CouncilMinutes,

    /// <summary>Quyết định khen thưởng (QĐ-UBND).</summary>
    AwardDecision,

    /// <summary>Giấy khen (GK-UBND).</summary>
    Certificate,
}

public enum IssuedFileFormat
{
    Pdf,
    Word,

    /// <summary>Every certificate of a decision in one PDF, for printing.</summary>
    PrintSet,
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
        IEnumerable<(IssuedFileFormat Format, Files.StoredFile File)> files, Actor by, DateTimeOffset now, IssuedDocument? replaces = null)
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

    public IReadOnlyCollection<IssuedFile> Files => _files.AsReadOnly();
}

/// <summary>One file of an issued document.</summary>
public sealed class IssuedFile
{
    private IssuedFile() { }

    internal IssuedFile(IssuedFileFormat format, Files.StoredFile file)
    {
        Format = format;
        StoredFile = file;
    }

    public int Id { get; private set; }

    public int IssuedDocumentId { get; private set; }

    public IssuedFileFormat Format { get; private set; }

    public int StoredFileId { get; private set; }

    public Files.StoredFile? StoredFile { get; private set; }
}
