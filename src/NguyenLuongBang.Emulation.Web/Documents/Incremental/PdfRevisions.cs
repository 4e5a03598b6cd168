using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NguyenLuongBang.Emulation.Web.Documents.Incremental;

/// <summary>An incremental update: the bytes from the end of the previous section through its <c>%%EOF</c>, and the objects its table defines.</summary>
public sealed record PdfUpdate(int Index, long Start, long End, long XrefOffset, PdfDict Trailer,
    IReadOnlyDictionary<int, PdfObject> Objects, IReadOnlyList<int> Freed)
{
    /// <summary>Just after the <c>%%EOF</c> keyword (<see cref="End"/> also takes the end of line that follows it).</summary>
    public long EofEnd { get; init; }

    /// <summary>Counted from 1, as a person would say it.</summary>
    public int Ordinal => Index + 1;
}

/// <summary>
/// A PDF file taken apart into its original part (the first <c>originalLength</c> bytes) and the
/// incremental updates appended after it (ISO 32000-1, 7.5.6), each with the objects it defines, so
/// that every object can be read as it stood before or after any update. Updates must use classic
/// cross-reference tables: one with a cross-reference stream or compressed object streams is refused
/// (<see cref="PdfSyntaxException"/>) because what it redefines cannot then be listed here.
/// </summary>
public sealed partial class PdfRevisions
{
    /// <summary>More updates than any signing workflow appends: refused rather than walked.</summary>
    public const int MaxUpdates = 20;

    /// <summary>Object numbers beyond this are refused (an update could otherwise claim billions).</summary>
    public const int MaxObjectNumber = 10_000_000;

    /// <summary>A signature with its validation data is a few dozen objects; an update with more is refused unread.</summary>
    public const int MaxObjectsPerUpdate = 10_000;

    private readonly Dictionary<int, long> _originalOffsets;
    private readonly Dictionary<(int Number, long Offset), PdfObject> _read = [];

    private PdfRevisions(byte[] file, long originalLength, Dictionary<int, long> originalOffsets, PdfDict originalTrailer, long originalXref, IReadOnlyList<PdfUpdate> updates)
    {
        File = file;
        OriginalLength = originalLength;
        _originalOffsets = originalOffsets;
        OriginalTrailer = originalTrailer;
        OriginalXref = originalXref;
        Updates = updates;
    }

    public byte[] File { get; }

    public long OriginalLength { get; }

    public PdfDict OriginalTrailer { get; }

    /// <summary>Where the original part's newest cross-reference section starts (an update's /Prev must name it).</summary>
    public long OriginalXref { get; }

    public IReadOnlyList<PdfUpdate> Updates { get; }

    /// <summary>The trailer in force after update <paramref name="update"/> (-1: the original's).</summary>
    public PdfDict Trailer(int update) => update < 0 ? OriginalTrailer : Updates[update].Trailer;

    /// <summary>The whole file as one original part: for appending to it.</summary>
    public static PdfRevisions Read(byte[] file) => Read(file, file?.Length ?? 0);

    /// <summary>Takes <paramref name="file"/> apart, its first <paramref name="originalLength"/> bytes being the original.</summary>
    public static PdfRevisions Read(byte[] file, long originalLength)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (originalLength <= 0 || originalLength > file.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(originalLength));
        }

        var (offsets, trailer, xref) = ReadOriginal(file, originalLength);
        var updates = new List<PdfUpdate>();
        var revisions = new PdfRevisions(file, originalLength, offsets, trailer, xref, updates);
        var start = originalLength;
        while (start < file.Length)
        {
            var eof = IndexOf(file, "%%EOF"u8, start, file.Length);
            if (eof < 0)
            {
                if (file.AsSpan((int)start).ToArray().All(PdfSyntax.IsWhite))
                {
                    break;
                }

                throw new PdfSyntaxException(string.Create(CultureInfo.InvariantCulture, $"có dữ liệu sau dấu kết thúc tệp (%%EOF) cuối cùng, từ vị trí {start}"));
            }

            if (updates.Count == MaxUpdates)
            {
                throw new PdfSyntaxException(string.Create(CultureInfo.InvariantCulture, $"tệp có hơn {MaxUpdates} lần ghi thêm"));
            }

            var eofEnd = eof + 5;
            var end = eofEnd;
            if (end < file.Length && file[end] == '\r')
            {
                end++;
            }

            if (end < file.Length && file[end] == '\n')
            {
                end++;
            }

            var update = revisions.ReadUpdate(updates.Count, start, eof, updates.Count == 0 ? xref : updates[^1].XrefOffset) with { EofEnd = eofEnd, End = end };
            updates.Add(update);
            start = end;
        }

        return revisions;
    }

    /// <summary>Object <paramref name="number"/> as it stands after update <paramref name="update"/> (-1: in the original); null when undefined or freed.</summary>
    public PdfObject? Find(int number, int update)
    {
        for (var i = Math.Min(update, Updates.Count - 1); i >= 0; i--)
        {
            if (Updates[i].Objects.TryGetValue(number, out var defined))
            {
                return defined;
            }

            if (Updates[i].Freed.Contains(number))
            {
                return null;
            }
        }

        return _originalOffsets.TryGetValue(number, out var offset) ? ReadAt(number, offset) : null;
    }

    /// <summary>The pages in order, as of <paramref name="update"/>: the leaves of the catalog's page tree.</summary>
    public IReadOnlyList<PdfReference> Pages(int update)
    {
        var pages = new List<PdfReference>();
        var seen = new HashSet<int>();
        void Walk(PdfValue? node, int depth)
        {
            if (node is not PdfReference reference || depth > PdfSyntax.MaxDepth || !seen.Add(reference.Number)
                || Find(reference.Number, update)?.Value is not PdfDict dictionary)
            {
                return;
            }

            if (dictionary.Is("Type", "Page"))
            {
                pages.Add(reference);
                return;
            }

            foreach (var kid in (Resolve(dictionary["Kids"], update) as PdfArray)?.Items ?? [])
            {
                Walk(kid, depth + 1);
            }
        }

        var root = Resolve(Trailer(update)["Root"], update) as PdfDict;
        Walk(root?["Pages"], 0);
        return pages;
    }

    /// <summary>A value with one reference followed (the object it names, as of <paramref name="update"/>).</summary>
    public PdfValue? Resolve(PdfValue? value, int update) => value is PdfReference reference ? Find(reference.Number, update)?.Value : value;

    private PdfObject ReadAt(int number, long offset)
    {
        if (!_read.TryGetValue((number, offset), out var read))
        {
            read = PdfSyntax.ReadObject(File, offset, r => Resolve(r, Updates.Count - 1) is PdfNumber n ? (long)n.Value : null);
            _read[(number, offset)] = read;
        }

        return read;
    }

    private PdfUpdate ReadUpdate(int index, long start, long eof, long previousXref)
    {
        var ordinal = index + 1;
        var startxref = LastIndexOf(File, "startxref"u8, start, eof);
        var (xrefValue, _) = startxref < 0 ? (null, 0) : PdfSyntax.ReadValue(File, startxref + 9);
        if (xrefValue is not PdfNumber { Value: var xrefAt } || xrefAt < start || xrefAt >= eof || xrefAt != decimal.Truncate(xrefAt))
        {
            throw new PdfSyntaxException($"lần ghi thêm thứ {ordinal} không có bảng tham chiếu (startxref) của riêng nó");
        }

        var table = PdfSyntax.ReadXrefTable(File, (long)xrefAt)
            ?? throw new PdfSyntaxException($"lần ghi thêm thứ {ordinal} dùng bảng tham chiếu dạng luồng nén (xref stream); cổng chỉ kiểm tra được bảng tham chiếu thường, nên không xác định được nó thay đổi những gì");
        var trailer = table.Trailer;
        if (trailer["XRefStm"] is not null)
        {
            throw new PdfSyntaxException($"lần ghi thêm thứ {ordinal} kèm luồng đối tượng nén (XRefStm); cổng chưa kiểm tra được loại này");
        }

        if (trailer["Prev"] is not PdfNumber prev || prev.Value != previousXref)
        {
            throw new PdfSyntaxException($"lần ghi thêm thứ {ordinal} không nối tiếp bảng tham chiếu trước nó (/Prev)");
        }

        if (table.Entries.Count > MaxObjectsPerUpdate)
        {
            throw new PdfSyntaxException($"lần ghi thêm thứ {ordinal} có quá nhiều đối tượng (hơn {MaxObjectsPerUpdate})");
        }

        var objects = new Dictionary<int, PdfObject>();
        var freed = new List<int>();
        var pending = new Dictionary<int, XrefEntry>();
        foreach (var entry in table.Entries)
        {
            if (entry.Number > MaxObjectNumber)
            {
                throw new PdfSyntaxException($"lần ghi thêm thứ {ordinal} khai số đối tượng quá lớn");
            }

            if (!entry.InUse)
            {
                if (entry.Number != 0)
                {
                    freed.Add(entry.Number);
                }

                continue;
            }

            // Every object the update defines lies inside the update: pointing into the original would
            // give an object the bytes of another.
            if (entry.Offset < start || entry.Offset >= eof || !pending.TryAdd(entry.Number, entry))
            {
                throw new PdfSyntaxException(string.Create(CultureInfo.InvariantCulture, $"lần ghi thêm thứ {ordinal} trỏ đối tượng {entry.Number} ra ngoài phần ghi thêm"));
            }
        }

        long? Length(PdfReference reference)
        {
            if (pending.TryGetValue(reference.Number, out var entry))
            {
                return PdfSyntax.ReadObject(File, entry.Offset).Value is PdfNumber n ? (long)n.Value : null;
            }

            return Resolve(reference, index - 1) is PdfNumber m ? (long)m.Value : null;
        }

        foreach (var entry in pending.Values)
        {
            var read = PdfSyntax.ReadObject(File, entry.Offset, Length);
            if (read.Number != entry.Number || read.Generation != entry.Generation)
            {
                throw new PdfSyntaxException(string.Create(CultureInfo.InvariantCulture, $"lần ghi thêm thứ {ordinal}: bảng tham chiếu chỉ đối tượng {entry.Number} tới chỗ của đối tượng {read.Number}"));
            }

            objects[entry.Number] = read;
        }

        // A reader repairing a file finds objects by their headers: none may stand in the update
        // outside the objects its table lists (where the table says the update adds nothing).
        var listed = objects.Values.OrderBy(o => o.Offset).ToArray();
        var offsets = listed.Select(o => o.Offset).ToArray();
        foreach (Match header in ObjectHeader().Matches(Encoding.Latin1.GetString(File, (int)start, (int)(eof - start))))
        {
            var found = start + header.Index;
            var at = Array.BinarySearch(offsets, found);
            var inside = at >= 0 || (~at > 0 && found < listed[~at - 1].End);
            if (!inside)
            {
                throw new PdfSyntaxException($"lần ghi thêm thứ {ordinal} chứa đối tượng {header.Groups[1].Value} không có trong bảng tham chiếu của nó");
            }
        }

        return new PdfUpdate(index, start, eof, (long)xrefAt, trailer, objects, freed);
    }

    private static (Dictionary<int, long> Offsets, PdfDict Trailer, long Xref) ReadOriginal(byte[] file, long length)
    {
        var startxref = LastIndexOf(file, "startxref"u8, 0, length);
        var (value, _) = startxref < 0 ? (null, 0) : PdfSyntax.ReadValue(file, startxref + 9);
        if (value is not PdfNumber { Value: var first } || first < 0 || first >= length)
        {
            throw new PdfSyntaxException("không tìm thấy bảng tham chiếu (startxref) của tệp gốc");
        }

        var offsets = new Dictionary<int, long>();
        PdfDict? newest = null;
        var seen = new HashSet<long>();
        for (var at = (long)first; seen.Add(at);)
        {
            var table = PdfSyntax.ReadXrefTable(file, at);
            if (table is null)
            {
                // The original is the portal's own trusted file; written with a cross-reference stream
                // (not by PDFsharp), its objects are found where they are defined, the last definition counting.
                var stream = PdfSyntax.ReadObject(file, at).Value as PdfStreamData ?? throw new PdfSyntaxException("bảng tham chiếu của tệp gốc không đọc được");
                return (ScanObjects(file, length), newest ?? stream.Dictionary, (long)first);
            }

            newest ??= table.Value.Trailer;
            foreach (var entry in table.Value.Entries.Where(e => e.InUse && e.Offset < length))
            {
                offsets.TryAdd(entry.Number, entry.Offset);
            }

            if (table.Value.Trailer["Prev"] is not PdfNumber { Value: var prev } || prev < 0 || prev >= length)
            {
                break;
            }

            at = (long)prev;
        }

        return (offsets, newest!, (long)first);
    }

    private static Dictionary<int, long> ScanObjects(byte[] file, long length)
    {
        var offsets = new Dictionary<int, long>();
        foreach (Match match in ObjectHeader().Matches(Encoding.Latin1.GetString(file, 0, (int)length)))
        {
            offsets[int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)] = match.Index;
        }

        return offsets;
    }

    internal static long IndexOf(byte[] file, ReadOnlySpan<byte> what, long from, long to)
    {
        var found = file.AsSpan((int)from, (int)(to - from)).IndexOf(what);
        return found < 0 ? -1 : from + found;
    }

    internal static long LastIndexOf(byte[] file, ReadOnlySpan<byte> what, long from, long to)
    {
        var found = file.AsSpan((int)from, (int)(to - from)).LastIndexOf(what);
        return found < 0 ? -1 : from + found;
    }

    [GeneratedRegex(@"(?<![0-9])([0-9]{1,7})[ \r\n]+[0-9]{1,5}[ \r\n]+obj\b")]
    private static partial Regex ObjectHeader();
}
