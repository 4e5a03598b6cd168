using NguyenLuongBang.Emulation.Web.Documents.Incremental;

namespace NguyenLuongBang.Emulation.UnitTests.Documents;

/// <summary>The PNG writer, and the demo's signature and seal images, read back with the portal's own PNG reader.</summary>
public sealed class DemoSigningImagesTests
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10];

    // Length 0, "IEND", and the CRC of "IEND" alone.
    private static readonly byte[] IendChunk = [0, 0, 0, 0, (byte)'I', (byte)'E', (byte)'N', (byte)'D', 0xAE, 0x42, 0x60, 0x82];

    [Fact]
    public void PngWriter_Rgba_RoundTripsEveryPixelExactly()
    {
        // 3 × 2: opaque red, half-transparent green, transparent blue; white, black, grey.
        byte[] rgba =
        [
            255, 0, 0, 255, /**/ 0, 255, 0, 128, /**/ 0, 0, 255, 0,
            255, 255, 255, 255, /**/ 0, 0, 0, 255, /**/ 90, 91, 92, 7,
        ];

        var png = PngWriter.Rgba(3, 2, rgba);

        AssertFraming(png);
        var pixels = PngPixels.Decode(png);
        Assert.Equal((3, 2), (pixels.Width, pixels.Height));
        Assert.Equal([255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255, 0, 0, 0, 90, 91, 92], pixels.Rgb);
        Assert.Equal([255, 128, 0, 255, 255, 7], pixels.Alpha);
    }

    [Fact]
    public void PngWriter_Rgba_RefusesPixelsOfTheWrongLengthAndEmptySizes()
    {
        Assert.Throws<ArgumentException>(() => PngWriter.Rgba(2, 2, new byte[15]));
        Assert.Throws<ArgumentOutOfRangeException>(() => PngWriter.Rgba(0, 2, []));
        Assert.Throws<ArgumentOutOfRangeException>(() => PngWriter.Rgba(2, -1, []));
        Assert.Throws<ArgumentNullException>(() => PngWriter.Rgba(1, 1, null!));
    }

    [Fact]
    public void Signature_IsBlueInkOnATransparentBackground()
    {
        var png = DemoSigningImages.Signature("Nguyễn Văn Hải");

        AssertFraming(png);
        var pixels = PngPixels.Decode(png);
        Assert.Equal((600, 240), (pixels.Width, pixels.Height));
        Assert.NotNull(pixels.Alpha);
        AssertCornersTransparent(pixels);

        var opaque = 0;
        for (var i = 0; i < pixels.Alpha.Length; i++)
        {
            if (pixels.Alpha[i] == 255)
            {
                opaque++;
                var (r, g, b) = (pixels.Rgb[i * 3], pixels.Rgb[(i * 3) + 1], pixels.Rgb[(i * 3) + 2]);
                Assert.True(b > r + 60 && b > g + 60, $"Pixel {i} is ({r}, {g}, {b}), not blue.");
            }
        }

        // Strokes 3–4 pixels wide along the name and its underline, and the word DEMO.
        Assert.InRange(opaque, 3000, 40000);
    }

    [Fact]
    public void Signature_IsTheSameForTheSameName_AndDiffersForAnother()
    {
        Assert.Equal(DemoSigningImages.Signature("Nguyễn Văn Hải"), DemoSigningImages.Signature("Nguyễn Văn Hải"));
        Assert.NotEqual(
            PngPixels.Decode(DemoSigningImages.Signature("Nguyễn Văn Hải")).Alpha,
            PngPixels.Decode(DemoSigningImages.Signature("Trần Thị Lan")).Alpha);
    }

    [Fact]
    public void Seal_IsARedRoundSealWithAStarInTheCentre()
    {
        var png = DemoSigningImages.Seal("UBND xã Nguyễn Lương Bằng");

        AssertFraming(png);
        var pixels = PngPixels.Decode(png);
        Assert.Equal((413, 413), (pixels.Width, pixels.Height));
        Assert.NotNull(pixels.Alpha);
        AssertCornersTransparent(pixels);

        // The centre (the star), and straight above it: the outer ring (radius 190–203), between
        // the rings (183–190), the inner ring (178–183) and inside it (around 100 pixels out).
        AssertOpaqueRed(pixels, 206, 206);
        AssertOpaqueRed(pixels, 206, 206 - 196);
        Assert.True(AlphaAt(pixels, 206, 206 - 186) < 32, "Between the rings is not transparent.");
        AssertOpaqueRed(pixels, 206, 206 - 180);
        Assert.Equal(0, AlphaAt(pixels, 206 - 100, 206));
    }

    [Fact]
    public void Seal_IsTheSameForTheSameOrganisation()
    {
        Assert.Equal(DemoSigningImages.Seal("UBND xã Nguyễn Lương Bằng"), DemoSigningImages.Seal("UBND xã Nguyễn Lương Bằng"));
    }

    private static void AssertFraming(byte[] png)
    {
        Assert.Equal(PngSignature, png[..8]);
        Assert.Equal(IendChunk, png[^12..]);
    }

    private static void AssertCornersTransparent(PngPixels pixels)
    {
        var (w, h) = (pixels.Width, pixels.Height);
        foreach (var (x, y) in new[] { (0, 0), (w - 1, 0), (0, h - 1), (w - 1, h - 1) })
        {
            Assert.Equal(0, AlphaAt(pixels, x, y));
        }
    }

    private static void AssertOpaqueRed(PngPixels pixels, int x, int y)
    {
        Assert.Equal(255, AlphaAt(pixels, x, y));
        var at = ((y * pixels.Width) + x) * 3;
        var (r, g, b) = (pixels.Rgb[at], pixels.Rgb[at + 1], pixels.Rgb[at + 2]);
        Assert.True(r > g + 100 && r > b + 100, $"({x}, {y}) is ({r}, {g}, {b}), not red.");
    }

    private static byte AlphaAt(PngPixels pixels, int x, int y) => pixels.Alpha![(y * pixels.Width) + x];
}
