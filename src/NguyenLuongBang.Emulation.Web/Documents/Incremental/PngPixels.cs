using System.Buffers.Binary;
using System.IO.Compression;

namespace NguyenLuongBang.Emulation.Web.Documents.Incremental;

/// <summary>
/// The pixels of a PNG as a PDF image wants them: 8-bit RGB and, when the PNG is transparent, its
/// alpha as a separate 8-bit channel (the image's soft mask). Reads what a signature or seal image is
/// saved as — 8 bits per channel, grey or colour, with or without alpha, not interlaced — and refuses
/// other PNGs rather than drawing them wrongly.
/// </summary>
public sealed record PngPixels(int Width, int Height, byte[] Rgb, byte[]? Alpha)
{
    /// <summary>Larger than any signature image: refused before inflating.</summary>
    public const int MaxPixels = 4096 * 4096;

    public static PngPixels Decode(byte[] png)
    {
        ArgumentNullException.ThrowIfNull(png);
        ReadOnlySpan<byte> signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10];
        if (png.Length < 33 || !png.AsSpan(0, 8).SequenceEqual(signature))
        {
            throw new ArgumentException("Ảnh không phải tệp PNG.", nameof(png));
        }

        int width = 0, height = 0, colourType = -1;
        using var compressed = new MemoryStream();
        for (var at = 8; at + 12 <= png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            if (length < 0 || at + 12 + length > png.Length)
            {
                throw new ArgumentException("Tệp PNG bị hỏng.", nameof(png));
            }

            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                colourType = data[9];
                if (data[8] != 8 || data[12] != 0 || colourType is not (0 or 2 or 4 or 6))
                {
                    throw new ArgumentException("Ảnh PNG phải là ảnh 8 bit mỗi kênh (xám hoặc màu, có thể trong suốt), không xen kẽ.", nameof(png));
                }

                if (width <= 0 || height <= 0 || (long)width * height > MaxPixels)
                {
                    throw new ArgumentException("Ảnh PNG quá lớn.", nameof(png));
                }
            }
            else if (type == "IDAT")
            {
                compressed.Write(data);
            }
            else if (type == "IEND")
            {
                break;
            }

            at += 12 + length;
        }

        if (colourType < 0)
        {
            throw new ArgumentException("Tệp PNG thiếu phần đầu (IHDR).", nameof(png));
        }

        var channels = colourType switch { 0 => 1, 2 => 3, 4 => 2, _ => 4 };
        var stride = width * channels;
        var raw = new byte[(stride + 1) * height];
        compressed.Position = 0;
        using (var inflate = new ZLibStream(compressed, CompressionMode.Decompress))
        {
            inflate.ReadExactly(raw);
        }

        var pixels = Unfilter(raw, stride, height, channels);
        var rgb = new byte[width * height * 3];
        var alpha = colourType is 4 or 6 ? new byte[width * height] : null;
        for (var i = 0; i < width * height; i++)
        {
            var p = i * channels;
            (rgb[i * 3], rgb[(i * 3) + 1], rgb[(i * 3) + 2]) = channels < 3 ? (pixels[p], pixels[p], pixels[p]) : (pixels[p], pixels[p + 1], pixels[p + 2]);
            if (alpha is not null)
            {
                alpha[i] = pixels[p + channels - 1];
            }
        }

        return new PngPixels(width, height, rgb, alpha);
    }

    /// <summary>Undoes PNG's per-row filters (None, Sub, Up, Average, Paeth).</summary>
    private static byte[] Unfilter(byte[] raw, int stride, int height, int bytesPerPixel)
    {
        var output = new byte[stride * height];
        for (var row = 0; row < height; row++)
        {
            var filter = raw[row * (stride + 1)];
            var source = (row * (stride + 1)) + 1;
            var target = row * stride;
            for (var x = 0; x < stride; x++)
            {
                int left = x >= bytesPerPixel ? output[target + x - bytesPerPixel] : 0;
                int up = row > 0 ? output[target - stride + x] : 0;
                int upLeft = row > 0 && x >= bytesPerPixel ? output[target - stride + x - bytesPerPixel] : 0;
                var predicted = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new ArgumentException("Tệp PNG bị hỏng (bộ lọc lạ).", nameof(raw)),
                };
                output[target + x] = (byte)(raw[source + x] + predicted);
            }
        }

        return output;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
