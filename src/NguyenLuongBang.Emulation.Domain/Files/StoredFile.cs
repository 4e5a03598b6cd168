using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Domain.Files;

/// <summary>
/// An uploaded file kept in the database, so that several app instances share it and a backup
/// of the database is a backup of the evidence too.
/// </summary>
public sealed class StoredFile
{
    private StoredFile()
    {
        FileName = ContentType = Sha256 = UploadedByName = string.Empty;
        Content = [];
    }

    public StoredFile(string fileName, string contentType, byte[] content, string sha256, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            throw new DomainException("Tệp rỗng.");
        }

        FileName = Guard.Name(fileName, "Tên tệp", 200);
        ContentType = Guard.Required(contentType, "Kiểu tệp", 100);
        Content = content;
        Size = content.LongLength;
        Sha256 = Guard.Required(sha256, "Mã băm", 64);
        UploadedAt = now;
        UploadedByUserId = by.UserId;
        UploadedByName = by.Name;
    }

    public int Id { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public long Size { get; private set; }

    public string Sha256 { get; private set; }

    public byte[] Content { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    public string? UploadedByUserId { get; private set; }

    public string UploadedByName { get; private set; }
}
