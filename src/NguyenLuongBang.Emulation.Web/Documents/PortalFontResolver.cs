using PdfSharp.Fonts;

namespace NguyenLuongBang.Emulation.Web.Documents;

/// <summary>
/// Finds the document typeface on this machine: Times New Roman (Windows servers), else the
/// metric-compatible Liberation Serif 2 (Debian package fonts-liberation2), else DejaVu Serif.
/// Files are looked for in the usual system font folders.
/// </summary>
public sealed class PortalFontResolver : IFontResolver
{
    public const string Family = "Portal Serif";

    private static readonly string[] Folders =
    [
        Environment.GetFolderPath(Environment.SpecialFolder.Fonts),
        @"C:\Windows\Fonts",
        "/usr/share/fonts/truetype/liberation2",
        "/usr/share/fonts/truetype/liberation",
        "/usr/share/fonts/truetype/dejavu",
        "/usr/share/fonts/truetype/msttcorefonts",
        "/usr/local/share/fonts",
        "/Library/Fonts",
    ];

    // Per face: candidates in order of preference.
    private static readonly Dictionary<string, string[]> Faces = new()
    {
        ["regular"] = ["times.ttf", "LiberationSerif-Regular.ttf", "DejaVuSerif.ttf"],
        ["bold"] = ["timesbd.ttf", "LiberationSerif-Bold.ttf", "DejaVuSerif-Bold.ttf"],
        ["italic"] = ["timesi.ttf", "LiberationSerif-Italic.ttf", "DejaVuSerif-Italic.ttf"],
        ["bolditalic"] = ["timesbi.ttf", "LiberationSerif-BoldItalic.ttf", "DejaVuSerif-BoldItalic.ttf"],
    };

    private static readonly Lazy<Dictionary<string, string>> Found = new(Locate);

    private static readonly object Gate = new();

    /// <summary>Sets this resolver once per process, before any font is made.</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not PortalFontResolver)
            {
                GlobalFontSettings.FontResolver = new PortalFontResolver();
            }
        }
    }

    /// <summary>The font file used for regular text, for the logs and the docs.</summary>
    public static string RegularFile => Found.Value["regular"];

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new((bold, italic) switch
        {
            (true, true) => "bolditalic",
            (true, false) => "bold",
            (false, true) => "italic",
            _ => "regular",
        });

    public byte[]? GetFont(string faceName) => File.ReadAllBytes(Found.Value[faceName]);

    private static Dictionary<string, string> Locate()
    {
        var result = new Dictionary<string, string>();
        foreach (var (face, candidates) in Faces)
        {
            // Keep one family for all faces: the first family whose regular face exists wins.
            var path = candidates
                .SelectMany(file => Folders.Where(f => !string.IsNullOrEmpty(f)).Select(folder => Path.Combine(folder, file)))
                .FirstOrDefault(File.Exists);
            result[face] = path ?? throw new InvalidOperationException(
                "Không tìm thấy phông chữ cho văn bản (Times New Roman, Liberation Serif hoặc DejaVu Serif). Trên Debian: apt-get install fonts-liberation2.");
        }

        return result;
    }
}
