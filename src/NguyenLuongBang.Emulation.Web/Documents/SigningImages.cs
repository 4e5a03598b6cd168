using System.Buffers.Binary;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Web.Documents.Incremental;

namespace NguyenLuongBang.Emulation.Web.Documents;

/// <summary>
/// Checks an uploaded signature image or seal by its content, as NĐ 30 (Phụ lục I, items 7d and 8a)
/// wants them: a PNG with a transparent background, a person's signature in blue, the seal in red at
/// real size (scanned at <see cref="IssueSigner.SealDpi"/> dpi: 35 mm is 413 pixels).
/// </summary>
public static class SigningImages
{
    /// <summary>Neither a signature nor a seal at 300 dpi is wider or higher (a 60 mm seal is 709 pixels).</summary>
    public const int MaxSide = 2000;

    /// <summary>Why the image cannot be used, in Vietnamese; null when it can.</summary>
    public static string? Problem(byte[]? png, bool seal)
    {
        var what = seal ? "Ảnh con dấu" : "Ảnh chữ ký";
        if (png is null || png.Length is 0 or > SigningCertificate.MaxImageBytes)
        {
            return $"{what} phải là tệp PNG, không quá 512 KB.";
        }

        var unreadable = $"{what} không đọc được: cần tệp PNG 8 bit, không xen kẽ (interlace), có kênh trong suốt.";

        // The size is read from the header (the first chunk, as PNG requires) before anything is inflated.
        if (png.Length < 33 || !png.AsSpan(12, 4).SequenceEqual("IHDR"u8))
        {
            return unreadable;
        }

        var (width, height) = (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
        if (width is < 1 or > MaxSide || height is < 1 or > MaxSide)
        {
            return $"{what} quá lớn hoặc hỏng: mỗi chiều từ 1 đến {MaxSide} điểm ảnh.";
        }

        PngPixels pixels;
        try
        {
            pixels = PngPixels.Decode(png);
        }
        catch (Exception broken) when (broken is ArgumentException or InvalidDataException or EndOfStreamException or IndexOutOfRangeException)
        {
            return unreadable;
        }

        if (pixels.Alpha is null || !pixels.Alpha.Any(a => a < 16))
        {
            return $"{what} phải có nền trong suốt (PNG có kênh alpha).";
        }

        long red = 0, blue = 0, inked = 0;
        for (var i = 0; i < pixels.Alpha.Length; i++)
        {
            if (pixels.Alpha[i] >= 128)
            {
                inked++;
                red += pixels.Rgb[i * 3];
                blue += pixels.Rgb[(i * 3) + 2];
            }
        }

        if (inked == 0)
        {
            return $"{what} trống: không có nét nào.";
        }

        if (seal)
        {
            var millimetres = Math.Max(pixels.Width, pixels.Height) * 25.4 / IssueSigner.SealDpi;
            return red <= blue * 2 ? "Ảnh con dấu phải màu đỏ."
                : millimetres is < 20 or > 60 ? $"Ảnh con dấu phải đúng kích thước thật, quét ở {IssueSigner.SealDpi:0} dpi (dấu 35 mm là 413 điểm ảnh); ảnh này tương ứng {millimetres:0} mm."
                : null;
        }

        return blue <= red ? "Ảnh chữ ký phải màu xanh (mực ký)."
            : null;
    }
}
