using System.IO.Compression;
using System.Text;

namespace NguyenLuongBang.Emulation.IntegrationTests.Reports;

/// <summary>Small real files of each kind, and liars.</summary>
internal static class EvidenceSamples
{
    public static byte[] Pdf { get; } = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Png { get; } = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    /// <summary>A Windows program: "MZ" header.</summary>
    public static byte[] Exe { get; } = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00];

    public static byte[] Docx { get; } = Zip("[Content_Types].xml", "word/document.xml");

    /// <summary>A plain zip archive renamed .docx.</summary>
    public static byte[] PlainZip { get; } = Zip("readme.txt");

    public static byte[] Large(int megabytes)
    {
        var bytes = new byte[megabytes * 1024 * 1024 + 1];
        Pdf.CopyTo(bytes, 0);
        return bytes;
    }

    private static byte[] Zip(params string[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write("<x/>");
            }
        }

        return buffer.ToArray();
    }
}
