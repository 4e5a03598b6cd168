using System.IO.Compression;

namespace NguyenLuongBang.Emulation.Web.Infrastructure;

/// <summary>
/// Reads an Office file's zip directory only (nothing is decompressed) and refuses archives that
/// would expand beyond reason: a zip bomb is turned away before any library unpacks it.
/// </summary>
public static class ZipGuard
{
    public const long MaxExpandedBytes = 100L * 1024 * 1024;
    public const int MaxEntries = 10_000;
    public const long MaxRatio = 200;

    /// <returns>The entry names of a sound archive; null for a broken, oversized or bomb-like one.</returns>
    public static IReadOnlySet<string>? Entries(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var start = content.CanSeek ? content.Position : 0;
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxEntries)
            {
                return null;
            }

            long expanded = 0;
            foreach (var entry in zip.Entries)
            {
                expanded += entry.Length;
                var ratioTooHigh = entry.Length > 1024 * 1024 && entry.Length > MaxRatio * Math.Max(1, entry.CompressedLength);
                if (expanded > MaxExpandedBytes || ratioTooHigh)
                {
                    return null;
                }
            }

            return zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        }
        catch (InvalidDataException)
        {
            return null;
        }
        finally
        {
            if (content.CanSeek)
            {
                content.Position = start;
            }
        }
    }
}
