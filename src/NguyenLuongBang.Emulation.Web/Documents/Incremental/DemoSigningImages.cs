using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace NguyenLuongBang.Emulation.Web.Documents.Incremental;

/// <summary>
/// Writes a PNG from 8-bit RGBA pixels: not interlaced, filter type 0 on every row, one IDAT chunk.
/// </summary>
public static class PngWriter
{
    private static readonly uint[] CrcTable = BuildCrcTable();

    /// <summary>
    /// A PNG (colour type 6, 8 bits per channel) of <paramref name="width"/> × <paramref name="height"/> pixels,
    /// given row by row, four bytes (R, G, B, A) a pixel.
    /// </summary>
    public static byte[] Rgba(int width, int height, byte[] rgba)
    {
        ArgumentNullException.ThrowIfNull(rgba);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        if ((long)width * height * 4 != rgba.Length)
        {
            throw new ArgumentException("The pixels must be width × height × 4 bytes (RGBA).", nameof(rgba));
        }

        // Each row: its filter type (0, none) and then the row's bytes as they are.
        var stride = width * 4;
        var raw = new byte[checked((stride + 1) * height)];
        for (var row = 0; row < height; row++)
        {
            Buffer.BlockCopy(rgba, row * stride, raw, (row * (stride + 1)) + 1, stride);
        }

        using var packed = new MemoryStream();
        using (var zlib = new ZLibStream(packed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(raw);
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bits per channel
        header[9] = 6; // colour type: RGBA
        // header[10..12]: compression 0 (deflate), filter method 0, no interlace.

        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10]);
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", packed.ToArray());
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void WriteChunk(MemoryStream png, string type, byte[] data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        png.Write(word);

        var typeBytes = Encoding.ASCII.GetBytes(type);
        png.Write(typeBytes);
        png.Write(data);

        // The CRC covers the chunk's type and data, not its length.
        var crc = Crc32Update(0xFFFFFFFFu, typeBytes);
        crc = Crc32Update(crc, data);
        BinaryPrimitives.WriteUInt32BigEndian(word, ~crc);
        png.Write(word);
    }

    private static uint Crc32Update(uint crc, ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc;
    }

    /// <summary>The table of the reflected CRC-32 of PNG and zip (polynomial 0xEDB88320).</summary>
    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var bit = 0; bit < 8; bit++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}

/// <summary>
/// Signature and seal images for the demo's signing kits, drawn here so that no real person's
/// signature or real organisation's seal is ever needed. Both say "DEMO" on their face.
/// Same input, byte-identical PNG.
/// </summary>
public static class DemoSigningImages
{
    /// <summary>Width of <see cref="Signature"/>, in pixels.</summary>
    public const int SignatureWidth = 600;

    /// <summary>Height of <see cref="Signature"/>, in pixels.</summary>
    public const int SignatureHeight = 240;

    /// <summary>Side of <see cref="Seal"/>, in pixels: 35 mm at 300 dpi, a commune's seal.</summary>
    public const int SealSize = 413;

    private static readonly (byte R, byte G, byte B) Ink = (20, 50, 160);
    private static readonly (byte R, byte G, byte B) SealRed = (210, 30, 30);

    /// <summary>
    /// A handwritten-looking signature in blue ink on a transparent background, 600 × 240 pixels,
    /// its strokes derived from <paramref name="fullName"/>, with "DEMO" small in the bottom-right corner.
    /// </summary>
    public static byte[] Signature(string fullName)
    {
        ArgumentNullException.ThrowIfNull(fullName);
        var random = new SplitMix(Hash(fullName));
        var canvas = new Canvas(SignatureWidth, SignatureHeight);

        var stroke = new List<Point>();

        // Lead-in: a short rising stroke into the first letter.
        const double startX = 95, baseline = 150;
        var leadIn = new Point(startX - 45 - (random.Next() * 15), baseline + 22 + (random.Next() * 12));
        AddBezier(stroke, leadIn, new Point(leadIn.X + 20, leadIn.Y - 2), new Point(startX - 15, baseline + 2), new Point(startX, baseline));

        // The body: loops like cursive letters (a prolate cycloid), one per letter, tall and short by the name.
        var letters = 6 + (int)(random.Next() * 4);
        var advance = (470.0 - startX) / letters;
        var heights = new double[letters];
        var loops = new double[letters];
        for (var i = 0; i < letters; i++)
        {
            var tall = i == 0 || random.Next() < 0.35;
            heights[i] = tall ? 70 + (random.Next() * 35) : 24 + (random.Next() * 16);
            loops[i] = (advance / (2 * Math.PI)) * (tall ? 1.3 + (random.Next() * 0.6) : 0.4 + (random.Next() * 0.9));
        }

        // The capital: the tallest, widest loop.
        heights[0] = 105 + (random.Next() * 20);
        loops[0] = advance * (0.4 + (random.Next() * 0.2));
        var rise = 10 + (random.Next() * 14);
        var slant = 0.25 + (random.Next() * 0.15);
        var steps = letters * 90;
        for (var step = 1; step <= steps; step++)
        {
            var t = 2 * Math.PI * letters * step / steps;
            var letter = Math.Min(letters - 1, (int)(t / (2 * Math.PI)));
            var up = heights[letter] * (1 - Math.Cos(t)) / 2;
            var lineY = baseline - (rise * step / steps);
            var x = startX + (advance * t / (2 * Math.PI)) + (loops[letter] * Math.Sin(t)) + (slant * up);
            stroke.Add(new Point(x, lineY - up));
        }

        // The flourish: down from the last letter, then a long underline back under the name.
        var end = stroke[^1];
        var underY = baseline + 32 + (random.Next() * 10);
        var turn = new Point(end.X + 38 + (random.Next() * 15), underY - 8);
        AddBezier(stroke, end, new Point(end.X + 18, end.Y), new Point(turn.X + 8, turn.Y - 25), turn);
        AddBezier(
            stroke,
            turn,
            new Point(turn.X - 6, turn.Y + 20),
            new Point(turn.X - 120, underY + 14),
            new Point(startX - 25 - (random.Next() * 20), underY + 2 - (random.Next() * 10)));

        canvas.Stroke(stroke, baseWidth: 3.6, phase: random.Next() * 6);

        // A dot and a short stroke above, like the marks of Vietnamese letters.
        var accent = new Point(startX + (advance * (1.5 + (random.Next() * (letters - 3)))), baseline - rise - 95);
        canvas.Line(accent, new Point(accent.X + 12, accent.Y - 9), 3.2, 2.2);
        canvas.Disc(new Point(accent.X + 40 + (random.Next() * 60), baseline - rise - 62), 3.2);

        const int scale = 3;
        canvas.Text("DEMO", SignatureWidth - Canvas.TextWidth("DEMO", scale) - 14, SignatureHeight - (7 * scale) - 12, scale);
        return canvas.ToPng(Ink);
    }

    /// <summary>
    /// A round red seal on a transparent background, 413 × 413 pixels (35 mm at 300 dpi): two rings,
    /// a five-pointed star in the centre and "DEMO" below it. The star's tilt is derived from
    /// <paramref name="organisationName"/>.
    /// </summary>
    public static byte[] Seal(string organisationName)
    {
        ArgumentNullException.ThrowIfNull(organisationName);
        var random = new SplitMix(Hash(organisationName));
        var canvas = new Canvas(SealSize, SealSize);
        var centre = new Point(SealSize / 2.0, SealSize / 2.0);

        canvas.Ring(centre, outerRadius: 203, thickness: 13);
        canvas.Ring(centre, outerRadius: 183, thickness: 5);

        // Point up, tilted by at most 4 degrees.
        var tilt = (random.Next() - 0.5) * 8 * Math.PI / 180;
        var star = new Point[10];
        for (var i = 0; i < star.Length; i++)
        {
            var radius = i % 2 == 0 ? 82 : 82 * 0.382;
            var angle = tilt + (i * Math.PI / 5);
            star[i] = new Point(centre.X + (radius * Math.Sin(angle)), centre.Y - (radius * Math.Cos(angle)));
        }

        canvas.FillPolygon(star);

        const int scale = 6;
        canvas.Text("DEMO", (SealSize - Canvas.TextWidth("DEMO", scale)) / 2, 290, scale);
        return canvas.ToPng(SealRed);
    }

    private static void AddBezier(List<Point> to, Point p0, Point p1, Point p2, Point p3)
    {
        const int steps = 60;
        for (var i = 1; i <= steps; i++)
        {
            var t = (double)i / steps;
            var u = 1 - t;
            to.Add(new Point(
                (u * u * u * p0.X) + (3 * u * u * t * p1.X) + (3 * u * t * t * p2.X) + (t * t * t * p3.X),
                (u * u * u * p0.Y) + (3 * u * u * t * p1.Y) + (3 * u * t * t * p2.Y) + (t * t * t * p3.Y)));
        }
    }

    /// <summary>FNV-1a of the text's UTF-8 (in Unicode form C): unlike string.GetHashCode, the same in every process.</summary>
    private static ulong Hash(string text)
    {
        var hash = 14695981039346656037ul;
        foreach (var b in Encoding.UTF8.GetBytes(text.Normalize(NormalizationForm.FormC)))
        {
            hash = (hash ^ b) * 1099511628211ul;
        }

        return hash;
    }

    private readonly record struct Point(double X, double Y);

    /// <summary>A small deterministic generator (SplitMix64): the drawing must not change between runs.</summary>
    private sealed class SplitMix(ulong seed)
    {
        private ulong _state = seed;

        /// <summary>A number in [0, 1).</summary>
        public double Next()
        {
            var z = _state += 0x9E3779B97F4A7C15ul;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ul;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBul;
            z ^= z >> 31;
            return (z >> 11) * (1.0 / (1ul << 53));
        }
    }

    /// <summary>One colour's coverage, 0 to 1 a pixel; overlapping marks keep the larger coverage.</summary>
    private sealed class Canvas(int width, int height)
    {
        /// <summary>5 × 7 block letters, enough to write "DEMO".</summary>
        private static readonly Dictionary<char, string[]> Glyphs = new()
        {
            ['D'] = ["####.", "#...#", "#...#", "#...#", "#...#", "#...#", "####."],
            ['E'] = ["#####", "#....", "#....", "####.", "#....", "#....", "#####"],
            ['M'] = ["#...#", "##.##", "#.#.#", "#.#.#", "#...#", "#...#", "#...#"],
            ['O'] = [".###.", "#...#", "#...#", "#...#", "#...#", "#...#", ".###."],
        };

        private readonly double[] _coverage = new double[width * height];

        public void Plot(int x, int y, double alpha)
        {
            if (x < 0 || y < 0 || x >= width || y >= height || alpha <= 0)
            {
                return;
            }

            var at = (y * width) + x;
            _coverage[at] = Math.Max(_coverage[at], Math.Min(1, alpha));
        }

        /// <summary>A filled disc, its edge anti-aliased.</summary>
        public void Disc(Point centre, double radius) => Ring(centre, radius, radius);

        /// <summary>A ring whose outer edge is <paramref name="outerRadius"/> from the centre.</summary>
        public void Ring(Point centre, double outerRadius, double thickness)
        {
            var inner = outerRadius - thickness;
            for (var y = (int)(centre.Y - outerRadius - 1); y <= (int)(centre.Y + outerRadius + 1); y++)
            {
                for (var x = (int)(centre.X - outerRadius - 1); x <= (int)(centre.X + outerRadius + 1); x++)
                {
                    var d = Distance(new Point(x + 0.5, y + 0.5), centre);
                    Plot(x, y, Math.Min(outerRadius + 0.5 - d, inner <= 0 ? 1 : d - inner + 0.5));
                }
            }
        }

        /// <summary>A straight stroke with round ends, its width going from <paramref name="fromWidth"/> to <paramref name="toWidth"/>.</summary>
        public void Line(Point from, Point to, double fromWidth, double toWidth)
        {
            var reach = (Math.Max(fromWidth, toWidth) / 2) + 1;
            var (dx, dy) = (to.X - from.X, to.Y - from.Y);
            var lengthSquared = (dx * dx) + (dy * dy);
            for (var y = (int)Math.Floor(Math.Min(from.Y, to.Y) - reach); y <= (int)Math.Ceiling(Math.Max(from.Y, to.Y) + reach); y++)
            {
                for (var x = (int)Math.Floor(Math.Min(from.X, to.X) - reach); x <= (int)Math.Ceiling(Math.Max(from.X, to.X) + reach); x++)
                {
                    var pixel = new Point(x + 0.5, y + 0.5);
                    var t = lengthSquared == 0 ? 0 : Math.Clamp((((pixel.X - from.X) * dx) + ((pixel.Y - from.Y) * dy)) / lengthSquared, 0, 1);
                    var nearest = new Point(from.X + (t * dx), from.Y + (t * dy));
                    var halfWidth = (fromWidth + ((toWidth - fromWidth) * t)) / 2;
                    Plot(x, y, halfWidth + 0.5 - Distance(pixel, nearest));
                }
            }
        }

        /// <summary>A pen stroke along the points: its width swells and thins a little, and tapers at both ends.</summary>
        public void Stroke(IReadOnlyList<Point> points, double baseWidth, double phase)
        {
            var along = new double[points.Count];
            for (var i = 1; i < points.Count; i++)
            {
                along[i] = along[i - 1] + Distance(points[i - 1], points[i]);
            }

            var total = along[^1];
            double WidthAt(double s)
            {
                var pressure = baseWidth + (0.6 * Math.Sin(phase + (s / 55)));
                var taper = Math.Min(1, Math.Min(s / 25, (total - s) / 60));
                return Math.Max(1.2, pressure * Math.Max(0, taper));
            }

            for (var i = 1; i < points.Count; i++)
            {
                Line(points[i - 1], points[i], WidthAt(along[i - 1]), WidthAt(along[i]));
            }
        }

        /// <summary>A filled polygon (even-odd rule), anti-aliased by 4 × 4 samples a pixel.</summary>
        public void FillPolygon(IReadOnlyList<Point> corners)
        {
            const int samples = 4;
            var (left, right) = ((int)Math.Floor(corners.Min(p => p.X)), (int)Math.Ceiling(corners.Max(p => p.X)));
            var (top, bottom) = ((int)Math.Floor(corners.Min(p => p.Y)), (int)Math.Ceiling(corners.Max(p => p.Y)));
            for (var y = top; y <= bottom; y++)
            {
                for (var x = left; x <= right; x++)
                {
                    var inside = 0;
                    for (var sy = 0; sy < samples; sy++)
                    {
                        for (var sx = 0; sx < samples; sx++)
                        {
                            var sample = new Point(x + ((sx + 0.5) / samples), y + ((sy + 0.5) / samples));
                            inside += Contains(corners, sample) ? 1 : 0;
                        }
                    }

                    Plot(x, y, (double)inside / (samples * samples));
                }
            }
        }

        /// <summary>Writes block letters, each font cell <paramref name="scale"/> pixels square, from the top-left corner.</summary>
        public void Text(string text, int left, int top, int scale)
        {
            foreach (var letter in text)
            {
                if (Glyphs.TryGetValue(letter, out var rows))
                {
                    for (var row = 0; row < rows.Length; row++)
                    {
                        for (var column = 0; column < rows[row].Length; column++)
                        {
                            if (rows[row][column] == '#')
                            {
                                FillRectangle(left + (column * scale), top + (row * scale), scale, scale);
                            }
                        }
                    }
                }

                left += 6 * scale;
            }
        }

        /// <summary>The width <see cref="Text"/> draws: five cells a letter, one between letters.</summary>
        public static int TextWidth(string text, int scale) => text.Length == 0 ? 0 : ((6 * text.Length) - 1) * scale;

        /// <summary>The colour everywhere, with the coverage as its alpha.</summary>
        public byte[] ToPng((byte R, byte G, byte B) colour)
        {
            var rgba = new byte[width * height * 4];
            for (var i = 0; i < _coverage.Length; i++)
            {
                // Transparent pixels keep the colour too: an image scaled up in a PDF viewer then
                // shows no dark fringe where its edge blends into the transparent background.
                var alpha = (byte)Math.Round(Math.Clamp(_coverage[i], 0, 1) * 255);
                (rgba[i * 4], rgba[(i * 4) + 1], rgba[(i * 4) + 2], rgba[(i * 4) + 3]) = (colour.R, colour.G, colour.B, alpha);
            }

            return PngWriter.Rgba(width, height, rgba);
        }

        private void FillRectangle(int left, int top, int w, int h)
        {
            for (var y = top; y < top + h; y++)
            {
                for (var x = left; x < left + w; x++)
                {
                    Plot(x, y, 1);
                }
            }
        }

        private static bool Contains(IReadOnlyList<Point> corners, Point p)
        {
            var inside = false;
            for (int i = 0, j = corners.Count - 1; i < corners.Count; j = i++)
            {
                var (a, b) = (corners[i], corners[j]);
                if ((a.Y > p.Y) != (b.Y > p.Y) && p.X < a.X + ((p.Y - a.Y) * (b.X - a.X) / (b.Y - a.Y)))
                {
                    inside = !inside;
                }
            }

            return inside;
        }

        private static double Distance(Point a, Point b) => Math.Sqrt(((a.X - b.X) * (a.X - b.X)) + ((a.Y - b.Y) * (a.Y - b.Y)));
    }
}
