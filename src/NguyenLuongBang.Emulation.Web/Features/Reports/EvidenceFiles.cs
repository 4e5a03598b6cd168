using System.Security.Cryptography;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Files;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Reports;

/// <summary>
/// Checks an uploaded evidence file by what it contains, not by its name: PDF, Word, Excel, JPEG
/// or PNG, within the size limit, and with a name that matches its content.
/// </summary>
public sealed class EvidenceFiles(PortalSettings settings, TimeProvider clock)
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".doc"] = "application/msword",
        [".xls"] = "application/vnd.ms-excel",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".png"] = "image/png",
    };

    public static string Accept => string.Join(",", ContentTypes.Keys);

    /// <summary>A stored file, or the reason (Vietnamese) the upload is refused.</summary>
    public async Task<(StoredFile? File, string? Error)> ReadAsync(IFormFile? upload, Actor by, CancellationToken cancellationToken)
    {
        if (upload is null || upload.Length == 0)
        {
            return (null, "Vui lòng chọn tệp minh chứng.");
        }

        var maxBytes = await settings.MaxFileBytesAsync();
        if (upload.Length > maxBytes)
        {
            return (null, $"Tệp \"{SafeName(upload.FileName)}\" lớn hơn {maxBytes / (1024 * 1024)} MB cho phép.");
        }

        var name = SafeName(upload.FileName);
        var extension = Path.GetExtension(name);
        if (!ContentTypes.TryGetValue(extension, out var contentType))
        {
            return (null, "Chỉ nhận tệp PDF, Word (.doc, .docx), Excel (.xls, .xlsx), JPEG hoặc PNG.");
        }

        using var buffer = new MemoryStream();
        await upload.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        if (Detect(bytes) is not { } detected || !Matches(extension, detected))
        {
            return (null, $"Nội dung tệp \"{name}\" không đúng định dạng {extension.TrimStart('.').ToUpperInvariant()}; tệp có thể bị đổi tên hoặc hỏng.");
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return (new StoredFile(name, contentType, bytes, hash, by, clock.GetUtcNow()), null);
    }

    /// <summary>The file's name without any path, control characters or characters that break a download header.</summary>
    public static string SafeName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? string.Empty).Replace('\\', '/'));
        var cleaned = new string(name.Where(c => !char.IsControl(c) && c is not ('"' or '/' or ':' or '*' or '?' or '<' or '>' or '|')).ToArray()).Trim();
        cleaned = cleaned.Normalize(System.Text.NormalizationForm.FormC);
        if (cleaned.Length > 150)
        {
            var ext = Path.GetExtension(cleaned);
            cleaned = cleaned[..(150 - ext.Length)] + ext;
        }

        return string.IsNullOrWhiteSpace(cleaned) || cleaned.StartsWith('.') ? "minh-chung" + cleaned : cleaned;
    }

    private static bool Matches(string extension, string detected) => extension.ToLowerInvariant() switch
    {
        ".jpg" or ".jpeg" => detected == "jpeg",
        ".doc" or ".xls" => detected == "ole",
        _ => string.Equals(detected, extension.TrimStart('.'), StringComparison.OrdinalIgnoreCase),
    };

    private static string? Detect(byte[] bytes)
    {
        ReadOnlySpan<byte> head = bytes;
        if (head.StartsWith("%PDF-"u8))
        {
            return "pdf";
        }

        if (head.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            return "png";
        }

        if (head.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }))
        {
            return "jpeg";
        }

        if (head.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }))
        {
            return "ole";
        }

        return head.StartsWith("PK\u0003\u0004"u8) ? OfficeZip(bytes) : null;
    }

    /// <summary>Tells Word from Excel by the zip's directory only (see <see cref="ZipGuard"/>): a zip bomb is refused unopened.</summary>
    private static string? OfficeZip(byte[] bytes)
    {
        var names = ZipGuard.Entries(new MemoryStream(bytes));
        if (names is null || !names.Contains("[Content_Types].xml"))
        {
            return null;
        }

        return names.Contains("word/document.xml") ? "docx" : names.Contains("xl/workbook.xml") ? "xlsx" : null;
    }
}
