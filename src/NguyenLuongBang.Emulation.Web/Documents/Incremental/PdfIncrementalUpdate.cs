using System.Buffers;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace NguyenLuongBang.Emulation.Web.Documents.Incremental;

/// <summary>
/// Appends one incremental update to a file: the objects given (new ones, or new definitions of
/// existing ones), then a cross-reference table listing them and a trailer chained to the file's
/// (/Prev). What the objects say is the caller's business: signing software, or a test building a
/// hostile update.
/// </summary>
public sealed class PdfIncrementalUpdate(byte[] original, PdfRevisions? revisions = null)
{
    private readonly ArrayBufferWriter<byte> _bytes = new();
    private readonly SortedDictionary<int, long> _offsets = [];

    // The update starts on a line of its own.
    private readonly int _separator = original.Length > 0 && original[^1] is (byte)'\n' or (byte)'\r' ? 0 : 1;

    private long BaseLength => original.Length + _separator;

    /// <summary>Object <paramref name="number"/> defined (again) with <paramref name="body"/>, written as given.</summary>
    public void Add(int number, string body)
    {
        Begin(number);
        Write(body + "\nendobj\n");
    }

    public void AddStream(int number, Dictionary<string, PdfValue> entries, byte[] data, bool compress)
    {
        if (compress)
        {
            using var packed = new MemoryStream();
            using (var zlib = new ZLibStream(packed, CompressionLevel.Optimal, leaveOpen: true))
            {
                zlib.Write(data);
            }

            data = packed.ToArray();
            entries["Filter"] = new PdfName("FlateDecode");
        }

        entries["Length"] = new PdfNumber(data.Length);
        Begin(number);
        Write(PdfSyntax.Write(new PdfDict(entries)) + "\nstream\n");
        Write(data);
        Write("\nendstream\nendobj\n");
    }

    private readonly PdfRevisions _file = revisions ?? PdfRevisions.Read(original);
    private int _next;

    /// <summary>The file's objects as they stand before this update.</summary>
    public PdfRevisions File => _file;

    /// <summary>A number no object of the file has yet.</summary>
    public PdfReference Allocate()
    {
        if (_next == 0)
        {
            _next = _file.Trailer(-1)["Size"] is PdfNumber size && size.Value is > 0 and < PdfRevisions.MaxObjectNumber ? (int)size.Value
                : throw new PdfSyntaxException("trailer không có /Size hợp lệ");
        }

        return new PdfReference(_next++, 0);
    }

    /// <summary>The original followed by the update: its objects, cross-reference table and trailer.</summary>
    public byte[] Finish()
    {
        var previousTrailer = _file.Trailer(-1);
        var previousXref = _file.OriginalXref;
        var size = Math.Max(Math.Max(_next, previousTrailer["Size"] is PdfNumber s ? (int)s.Value : 0), _offsets.Count == 0 ? 0 : _offsets.Keys.Max() + 1);
        var xref = BaseLength + _bytes.WrittenCount;
        var table = new StringBuilder("xref\n");
        var numbers = _offsets.Keys.ToList();
        for (var i = 0; i < numbers.Count;)
        {
            var run = 1;
            while (i + run < numbers.Count && numbers[i + run] == numbers[i] + run)
            {
                run++;
            }

            table.Append(CultureInfo.InvariantCulture, $"{numbers[i]} {run}\n");
            for (var j = i; j < i + run; j++)
            {
                // Each entry is exactly 20 bytes: the end of line is two characters.
                table.Append(CultureInfo.InvariantCulture, $"{_offsets[numbers[j]]:D10} 00000 n\r\n");
            }

            i += run;
        }

        var trailer = new Dictionary<string, PdfValue> { ["Size"] = new PdfNumber(size), ["Root"] = previousTrailer["Root"]!, ["Prev"] = new PdfNumber(previousXref) };
        foreach (var key in new[] { "Info", "ID" })
        {
            if (previousTrailer[key] is { } kept)
            {
                trailer[key] = kept;
            }
        }

        table.Append("trailer\n").Append(PdfSyntax.Write(new PdfDict(trailer))).Append(CultureInfo.InvariantCulture, $"\nstartxref\n{xref}\n%%EOF\n");
        Write(table.ToString());

        var result = new byte[BaseLength + _bytes.WrittenCount];
        original.CopyTo(result, 0);
        if (_separator == 1)
        {
            result[original.Length] = (byte)'\n';
        }

        _bytes.WrittenSpan.CopyTo(result.AsSpan((int)BaseLength));
        return result;
    }

    private void Begin(int number)
    {
        _offsets[number] = BaseLength + _bytes.WrittenCount;
        Write(string.Create(CultureInfo.InvariantCulture, $"{number} 0 obj\n"));
    }

    private void Write(string text) => _bytes.Write(Encoding.Latin1.GetBytes(text));

    private void Write(byte[] data) => _bytes.Write(data);
}
