using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace NguyenLuongBang.Emulation.Web.Documents.Incremental;

/// <summary>A PDF file that cannot be read as the syntax requires (ISO 32000-1, section 7).</summary>
public sealed class PdfSyntaxException(string message) : Exception(message);

/// <summary>A value of the PDF object syntax, as read from a file.</summary>
public abstract record PdfValue;

/// <summary>A name, decoded (<c>/A#20B</c> is "A B"), without its slash.</summary>
public sealed record PdfName(string Value) : PdfValue;

/// <summary>A number as written (compared by its value: <c>1.0</c> equals <c>1</c>).</summary>
public sealed record PdfNumber(decimal Value) : PdfValue;

public sealed record PdfBoolean(bool Value) : PdfValue;

public sealed record PdfNull : PdfValue
{
    public static readonly PdfNull Instance = new();
}

public sealed record PdfReference(int Number, int Generation) : PdfValue
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Number} {Generation} R");
}

/// <summary>A string's bytes, with where it stood in the file (a signature's /Contents must be found by position).</summary>
public sealed record PdfString(byte[] Bytes, long Start, long End, bool Hex) : PdfValue;

public sealed record PdfArray(IReadOnlyList<PdfValue> Items) : PdfValue;

public sealed record PdfDict(IReadOnlyDictionary<string, PdfValue> Entries) : PdfValue
{
    public PdfValue? this[string key] => Entries.GetValueOrDefault(key);

    public string? NameOf(string key) => this[key] is PdfName name ? name.Value : null;

    public bool Is(string key, string name) => NameOf(key) == name;
}

/// <summary>A stream: its dictionary and where its raw (still encoded) bytes are in the file.</summary>
public sealed record PdfStreamData(PdfDict Dictionary, long DataStart, long DataLength) : PdfValue;

/// <summary>One line of a cross-reference table: where object <see cref="Number"/> is, or that it is freed.</summary>
public sealed record XrefEntry(int Number, long Offset, int Generation, bool InUse);

/// <summary>An indirect object as defined at one place of a file, from its header to just after <c>endobj</c>.</summary>
public sealed record PdfObject(int Number, int Generation, PdfValue Value, long Offset)
{
    public long End { get; init; }
}

/// <summary>
/// Reads and writes the PDF object syntax: enough to take apart the objects an incremental update
/// defines, compare them with what they replace, and write new ones. Not a viewer: content streams are
/// never interpreted, only hashed.
/// </summary>
public static class PdfSyntax
{
    /// <summary>Deeper nesting than any real document: refused instead of exhausting the stack.</summary>
    public const int MaxDepth = 64;

    public static bool IsWhite(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    public static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    /// <summary>The indirect object <c>N G obj … endobj</c> at <paramref name="offset"/>; <paramref name="length"/> resolves an indirect /Length of a stream.</summary>
    public static PdfObject ReadObject(byte[] file, long offset, Func<PdfReference, long?>? length = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        var reader = new Reader(file, offset);
        var number = reader.Integer("số đối tượng");
        var generation = reader.Integer("số thế hệ");
        reader.Keyword("obj");
        var value = reader.Value(0);
        var after = reader.Position;
        if (value is PdfDict dictionary && reader.TryKeyword("stream"))
        {
            // The data starts after the keyword's end of line (CR LF or LF, never CR alone).
            var start = reader.Position;
            if (start < file.Length && file[start] == '\r')
            {
                start++;
            }

            if (start < file.Length && file[start] == '\n')
            {
                start++;
            }

            var declared = dictionary["Length"] switch
            {
                PdfNumber n when n.Value >= 0 && n.Value == decimal.Truncate(n.Value) && n.Value <= int.MaxValue => (long)n.Value,
                PdfReference r => length?.Invoke(r),
                _ => null,
            };
            if (declared is not { } size || start + size > file.Length)
            {
                throw new PdfSyntaxException(string.Create(CultureInfo.InvariantCulture, $"độ dài luồng của đối tượng {number} {generation} không hợp lệ"));
            }

            reader.Position = start + size;
            reader.Keyword("endstream");
            value = new PdfStreamData(dictionary, start, size);
            after = reader.Position;
        }

        reader.Position = after;
        reader.Keyword("endobj");
        return new PdfObject(number, generation, value, offset) { End = reader.Position };
    }

    /// <summary>
    /// A classic cross-reference table (<c>xref</c>, subsections of 20-byte entries, <c>trailer</c>) at
    /// <paramref name="offset"/>; null when something else stands there (a cross-reference stream).
    /// </summary>
    public static (IReadOnlyList<XrefEntry> Entries, PdfDict Trailer)? ReadXrefTable(byte[] file, long offset)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (offset < 0 || offset >= file.Length)
        {
            throw new PdfSyntaxException(string.Create(CultureInfo.InvariantCulture, $"vị trí bảng tham chiếu {offset} nằm ngoài tệp"));
        }

        var reader = new Reader(file, offset);
        if (!reader.TryKeyword("xref"))
        {
            return null;
        }

        var entries = new List<XrefEntry>();
        while (!reader.TryKeyword("trailer"))
        {
            var first = reader.Digits("số đối tượng đầu tiên", 9);
            var count = reader.Digits("số mục", 9);
            if (count > (file.Length - reader.Position) / 18 + 1)
            {
                throw new PdfSyntaxException("bảng tham chiếu khai số mục lớn hơn tệp");
            }

            for (var i = 0L; i < count; i++)
            {
                var at = reader.Digits("vị trí đối tượng", 10);
                var generation = reader.Digits("số thế hệ", 5);
                var inUse = reader.TryKeyword("n") || (reader.TryKeyword("f") ? false : throw new PdfSyntaxException("mục của bảng tham chiếu không phải n hay f"));
                entries.Add(new XrefEntry((int)(first + i), at, (int)generation, inUse));
            }
        }

        return reader.Value(0) is PdfDict trailer ? (entries, trailer) : throw new PdfSyntaxException("phần trailer không phải từ điển");
    }

    /// <summary>One value (for the trailer's dictionary, or a test) starting at <paramref name="offset"/>.</summary>
    public static (PdfValue Value, long End) ReadValue(byte[] file, long offset)
    {
        var reader = new Reader(file, offset);
        var value = reader.Value(0);
        return (value, reader.Position);
    }

    /// <summary>
    /// A form in which two definitions of an object compare equal exactly when they mean the same:
    /// names decoded, numbers by value, strings as hexadecimal, dictionary keys sorted, a stream's data by its SHA-256.
    /// </summary>
    public static string Canonical(PdfValue value, byte[] file)
    {
        var builder = new StringBuilder();
        AppendCanonical(builder, value, file);
        return builder.ToString();
    }

    private static void AppendCanonical(StringBuilder to, PdfValue value, byte[] file)
    {
        switch (value)
        {
            case PdfStreamData stream:
                AppendCanonical(to, stream.Dictionary, file);
                to.Append(" stream:").Append(Convert.ToHexString(SHA256.HashData(file.AsSpan((int)stream.DataStart, (int)stream.DataLength))));
                break;
            case PdfDict dictionary:
                to.Append("<<");
                foreach (var (key, item) in dictionary.Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
                {
                    to.Append(Name(key)).Append(' ');
                    AppendCanonical(to, item, file);
                    to.Append(' ');
                }

                to.Append(">>");
                break;
            case PdfArray array:
                to.Append('[');
                foreach (var item in array.Items)
                {
                    AppendCanonical(to, item, file);
                    to.Append(' ');
                }

                to.Append(']');
                break;
            default:
                to.Append(Write(value));
                break;
        }
    }

    /// <summary>The value written in PDF syntax (strings as hexadecimal). Streams are written by their objects, not here.</summary>
    public static string Write(PdfValue value) => value switch
    {
        PdfName name => Name(name.Value),
        PdfNumber number => number.Value.ToString(number.Value == decimal.Truncate(number.Value) ? "0" : "0.##########", CultureInfo.InvariantCulture),
        PdfBoolean boolean => boolean.Value ? "true" : "false",
        PdfNull => "null",
        PdfReference reference => reference.ToString(),
        PdfString text => "<" + Convert.ToHexString(text.Bytes) + ">",
        PdfArray array => "[" + string.Join(' ', array.Items.Select(Write)) + "]",
        PdfDict dictionary => "<<" + string.Concat(dictionary.Entries.Select(e => Name(e.Key) + " " + Write(e.Value) + " ")) + ">>",
        _ => throw new ArgumentException("A stream is written with its object.", nameof(value)),
    };

    /// <summary>A name with its slash, every byte outside the regular printable range as #XX.</summary>
    public static string Name(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder("/");
        foreach (var b in Encoding.Latin1.GetBytes(value))
        {
            if (b is > 32 and < 127 && !IsDelimiter(b) && b != '#')
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('#').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>A text string as PDF writes one: UTF-16BE with its byte order mark (any Vietnamese letter fits).</summary>
    public static PdfString Text(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new PdfString([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(value)], 0, 0, true);
    }

    private sealed class Reader(byte[] file, long position)
    {
        public long Position { get; set; } = position;

        public PdfValue Value(int depth)
        {
            if (depth > MaxDepth)
            {
                throw new PdfSyntaxException("cấu trúc lồng nhau quá sâu");
            }

            SkipWhite();
            var b = Peek();
            switch (b)
            {
                case (byte)'/':
                    Position++;
                    return new PdfName(NameToken());
                case (byte)'(':
                    return LiteralString();
                case (byte)'[':
                {
                    Position++;
                    var items = new List<PdfValue>();
                    while (true)
                    {
                        SkipWhite();
                        if (Peek() == ']')
                        {
                            Position++;
                            return new PdfArray(items);
                        }

                        items.Add(Value(depth + 1));
                    }
                }

                case (byte)'<' when Position + 1 < file.Length && file[Position + 1] == '<':
                {
                    Position += 2;
                    var entries = new Dictionary<string, PdfValue>(StringComparer.Ordinal);
                    while (true)
                    {
                        SkipWhite();
                        if (Peek() == '>' && Position + 1 < file.Length && file[Position + 1] == '>')
                        {
                            Position += 2;
                            return new PdfDict(entries);
                        }

                        if (Peek() != '/')
                        {
                            throw Bad("khóa của từ điển không phải tên");
                        }

                        Position++;
                        var key = NameToken();
                        // A key given twice: the last one counts for most readers; refusing is the safe answer.
                        if (!entries.TryAdd(key, Value(depth + 1)))
                        {
                            throw Bad($"khóa /{key} lặp lại trong một từ điển");
                        }
                    }
                }

                case (byte)'<':
                    return HexString();
                default:
                    return NumberOrKeyword();
            }
        }

        public int Integer(string what) => (int)Digits(what, 9);

        public long Digits(string what, int maxDigits)
        {
            SkipWhite();
            var start = Position;
            while (Position < file.Length && file[Position] is >= (byte)'0' and <= (byte)'9')
            {
                Position++;
            }

            return Position > start && Position - start <= maxDigits
                ? long.Parse(file.AsSpan((int)start, (int)(Position - start)), NumberStyles.None, CultureInfo.InvariantCulture)
                : throw Bad("thiếu số nguyên (" + what + ")");
        }

        public void Keyword(string keyword)
        {
            if (!TryKeyword(keyword))
            {
                throw Bad($"thiếu từ khóa {keyword}");
            }
        }

        public bool TryKeyword(string keyword)
        {
            SkipWhite();
            var bytes = Encoding.ASCII.GetBytes(keyword);
            if (Position + bytes.Length > file.Length || !file.AsSpan((int)Position, bytes.Length).SequenceEqual(bytes)
                || (Position + bytes.Length < file.Length && !IsWhite(file[Position + bytes.Length]) && !IsDelimiter(file[Position + bytes.Length])))
            {
                return false;
            }

            Position += bytes.Length;
            return true;
        }

        private PdfValue NumberOrKeyword()
        {
            var start = Position;
            while (Position < file.Length && !IsWhite(file[Position]) && !IsDelimiter(file[Position]))
            {
                Position++;
            }

            var token = Encoding.Latin1.GetString(file, (int)start, (int)(Position - start));
            switch (token)
            {
                case "true":
                    return new PdfBoolean(true);
                case "false":
                    return new PdfBoolean(false);
                case "null":
                    return PdfNull.Instance;
                case "":
                    throw Bad("thiếu giá trị");
            }

            if (!decimal.TryParse(token, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                throw Bad($"giá trị không hợp lệ «{token}»");
            }

            // "N G R" is a reference: two non-negative integers followed by R.
            if (number >= 0 && number <= int.MaxValue && token.All(char.IsAsciiDigit))
            {
                var back = Position;
                SkipWhite();
                var generationStart = Position;
                while (Position < file.Length && file[Position] is >= (byte)'0' and <= (byte)'9')
                {
                    Position++;
                }

                if (Position > generationStart && Position - generationStart <= 5)
                {
                    var generation = int.Parse(file.AsSpan((int)generationStart, (int)(Position - generationStart)), NumberStyles.None, CultureInfo.InvariantCulture);
                    if (TryKeyword("R"))
                    {
                        return new PdfReference((int)number, generation);
                    }
                }

                Position = back;
            }

            return new PdfNumber(number);
        }

        private string NameToken()
        {
            var bytes = new List<byte>();
            while (Position < file.Length && !IsWhite(file[Position]) && !IsDelimiter(file[Position]))
            {
                if (file[Position] == '#' && Position + 2 < file.Length
                    && byte.TryParse(file.AsSpan((int)Position + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var escaped))
                {
                    bytes.Add(escaped);
                    Position += 3;
                }
                else
                {
                    bytes.Add(file[Position++]);
                }
            }

            return Encoding.Latin1.GetString([.. bytes]);
        }

        private PdfString HexString()
        {
            var start = Position;
            Position++;
            var digits = new StringBuilder();
            while (true)
            {
                var b = Peek();
                Position++;
                if (b == '>')
                {
                    break;
                }

                if (IsWhite(b))
                {
                    continue;
                }

                if (!char.IsAsciiHexDigit((char)b))
                {
                    throw Bad("chuỗi thập lục phân chứa ký tự lạ");
                }

                digits.Append((char)b);
            }

            if (digits.Length % 2 == 1)
            {
                digits.Append('0');
            }

            return new PdfString(Convert.FromHexString(digits.ToString()), start, Position, true);
        }

        private PdfString LiteralString()
        {
            var start = Position;
            Position++;
            var bytes = new List<byte>();
            var open = 1;
            while (true)
            {
                var b = Peek();
                Position++;
                if (b == '\\')
                {
                    var e = Peek();
                    Position++;
                    switch (e)
                    {
                        case (byte)'n': bytes.Add(10); break;
                        case (byte)'r': bytes.Add(13); break;
                        case (byte)'t': bytes.Add(9); break;
                        case (byte)'b': bytes.Add(8); break;
                        case (byte)'f': bytes.Add(12); break;
                        case (byte)'\r':
                            if (Position < file.Length && file[Position] == '\n')
                            {
                                Position++;
                            }

                            break;
                        case (byte)'\n': break;
                        case >= (byte)'0' and <= (byte)'7':
                        {
                            var octal = e - '0';
                            for (var i = 0; i < 2 && Position < file.Length && file[Position] is >= (byte)'0' and <= (byte)'7'; i++)
                            {
                                octal = (octal * 8) + (file[Position++] - '0');
                            }

                            bytes.Add((byte)octal);
                            break;
                        }

                        default: bytes.Add(e); break;
                    }

                    continue;
                }

                if (b == '(')
                {
                    open++;
                }
                else if (b == ')' && --open == 0)
                {
                    return new PdfString([.. bytes], start, Position, false);
                }

                bytes.Add(b);
            }
        }

        private void SkipWhite()
        {
            while (Position < file.Length)
            {
                if (IsWhite(file[Position]))
                {
                    Position++;
                }
                else if (file[Position] == '%')
                {
                    while (Position < file.Length && file[Position] is not (byte)'\r' and not (byte)'\n')
                    {
                        Position++;
                    }
                }
                else
                {
                    return;
                }
            }
        }

        private byte Peek() => Position < file.Length ? file[Position] : throw Bad("tệp kết thúc giữa chừng");

        private PdfSyntaxException Bad(string what) => new(string.Create(CultureInfo.InvariantCulture, $"{what} (vị trí {Position})"));
    }
}
