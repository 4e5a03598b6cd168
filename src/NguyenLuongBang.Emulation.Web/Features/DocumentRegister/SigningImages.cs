using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Web.Documents.Incremental;

namespace NguyenLuongBang.Emulation.Web.Features.DocumentRegister;

/// <summary>
/// Checks an uploaded signature image or seal by its content, as NĐ 30 (Phụ lục I, items 7d and 8a)
/// wants them: a PNG with a transparent background, a person's signature in blue, the seal in red at
/// real size (scanned at <see cref="IssueSigner.SealDpi"/> dpi: 35 mm is 413 pixels).
/// </summary>
public static class SigningImages
{
    /// <summary>Why the image cannot be used, in Vietnamese; null when it can.</summary>
    public static string? Problem(byte[]? png, bool seal)
    {
        var what = seal ? "Ảnh con dấu" : "Ảnh chữ ký";
        if (png is null || png.Length is 0 or > SigningCertificate.MaxImageBytes)
        {
            return $"{what} phải là tệp PNG, không quá 512 KB.";
        }

        PngPixels pixels;
        try
        {
            pixels = PngPixels.Decode(png);
        }
        catch (ArgumentException)
        {
            return $"{what} không đọc được: cần tệp PNG 8 bit, không xen kẽ (interlace), có kênh trong suốt.";
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
            : pixels.Width > 2000 || pixels.Height > 1000 ? "Ảnh chữ ký quá lớn (tối đa 2000 × 1000 điểm ảnh)."
            : null;
    }
}
