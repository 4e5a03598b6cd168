using PdfSharp.Fonts;

namespace NguyenLuongBang.Emulation.Web.Documents;

/// <summary>A serif family the documents can be drawn in, and whether it has Times New Roman's widths.</summary>
public sealed record DocumentTypeface(string Family, string Name, bool TimesMetrics, IReadOnlyDictionary<string, string> Files);

/// <summary>
/// Finds the document typeface: Times New Roman (Windows servers), else the metric-compatible
/// Liberation Serif 2 (Debian package fonts-liberation2), else Tinos — the same design, restored
/// from npm by the build into the app's fonts/ folder — and only if all are missing DejaVu
/// Serif, which is wider: the layout then shrinks header lines rather than wrap them, and the
/// portal warns the administrator (docs/deployment.md says what to install).
/// <see cref="Family"/> is the one the portal uses; the named families exist so that tests can
/// draw the same document in each face.
/// </summary>
public sealed class PortalFontResolver : IFontResolver
{
    public const string Family = "Portal Serif";
    public const string Times = "Times New Roman";
    public const string Liberation = "Liberation Serif";
    public const string Tinos = "Tinos";
    public const string DejaVu = "DejaVu Serif";

    private static readonly string[] Folders =
    [
        Environment.GetFolderPath(Environment.SpecialFolder.Fonts),
        Path.Combine(AppContext.BaseDirectory, "fonts"),
        @"C:\Windows\Fonts",
        "/usr/share/fonts/truetype/msttcorefonts",
        "/usr/share/fonts/truetype/liberation2",
        "/usr/share/fonts/truetype/dejavu",
        "/usr/local/share/fonts",
        "/Library/Fonts",
    ];

    // Per family, per face: the file names, in the order of the faces regular, bold, italic, bold italic.
    private static readonly (string Family, bool TimesMetrics, string[] Files)[] Candidates =
    [
        (Times, true, ["times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"]),
        (Liberation, true, ["LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf"]),
        (Tinos, true, ["Tinos_400Regular.ttf", "Tinos_700Bold.ttf", "Tinos_400Regular_Italic.ttf", "Tinos_700Bold_Italic.ttf"]),
        (DejaVu, false, ["DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"]),
    ];

    private static readonly string[] FaceNames = ["regular", "bold", "italic", "bolditalic"];

    private static readonly Lazy<IReadOnlyList<DocumentTypeface>> Installed = new(Locate);

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

    /// <summary>Every document family found on this machine, best first.</summary>
    public static IReadOnlyList<DocumentTypeface> Available => Installed.Value;

    /// <summary>What <see cref="Family"/> draws with: the best family found.</summary>
    public static DocumentTypeface Chosen => Installed.Value.Count > 0
        ? Installed.Value[0]
        : throw new InvalidOperationException(
            "Không tìm thấy phông chữ cho văn bản (Times New Roman, Liberation Serif hoặc DejaVu Serif). Trên Debian: apt-get install fonts-liberation2.");

    /// <summary>A family with Times New Roman's widths, for laying out Word files that a word processor draws in Times or its substitute.</summary>
    public static DocumentTypeface WordLayout => Installed.Value.FirstOrDefault(t => t.TimesMetrics) ?? Chosen;

    /// <summary>The font file used for regular text, for the logs and the docs.</summary>
    public static string RegularFile => Chosen.Files["regular"];

    public static bool IsInstalled(string family) => Installed.Value.Any(t => t.Family == family);

    /// <summary>The typeface a family name draws with (<see cref="Family"/>: the chosen one).</summary>
    public static DocumentTypeface For(string family) => Installed.Value.FirstOrDefault(t => t.Family == family) ?? Chosen;

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var typeface = For(familyName);
        var face = (bold, italic) switch
        {
            (true, true) => "bolditalic",
            (true, false) => "bold",
            (false, true) => "italic",
            _ => "regular",
        };
        return new FontResolverInfo(typeface.Family + "|" + face);
    }

    public byte[]? GetFont(string faceName)
    {
        var parts = faceName.Split('|');
        var typeface = Installed.Value.First(t => t.Family == parts[0]);
        return File.ReadAllBytes(typeface.Files[parts[1]]);
    }

    private static List<DocumentTypeface> Locate()
    {
        var folders = Folders.Where(f => !string.IsNullOrEmpty(f)).Distinct().ToList();
        var found = new List<DocumentTypeface>();
        foreach (var (family, timesMetrics, files) in Candidates)
        {
            var paths = files.Select(file => folders.Select(folder => Path.Combine(folder, file)).FirstOrDefault(File.Exists)).ToList();
            if (paths.All(p => p is not null))
            {
                found.Add(new DocumentTypeface(family, family, timesMetrics,
                    FaceNames.Zip(paths).ToDictionary(x => x.First, x => x.Second!)));
            }
        }

        return found;
    }
}
