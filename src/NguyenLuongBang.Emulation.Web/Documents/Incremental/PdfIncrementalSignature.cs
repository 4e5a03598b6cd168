using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using PdfSharp.Drawing;

namespace NguyenLuongBang.Emulation.Web.Documents.Incremental;

/// <summary>
/// Signs a PDF the way signing software does: the file is kept byte for byte and an incremental
/// update is appended that adds one signature field (its widget on a page, in the form's field list
/// and the page's annotations), its appearance (an image, or nothing) and its value — a detached CMS
/// over SHA-256 of every byte of the file except the value itself (adbe.pkcs7.detached). A second
/// signature is a second call on the result: earlier signatures stay valid over their own revision.
/// </summary>
public static class PdfIncrementalSignature
{
    /// <summary>Room kept for the CMS (the certificate included): bytes, written as twice as many hex digits.</summary>
    public const int ContentsBytes = 16 * 1024;

    private const string ByteRangePlaceholder = "/ByteRange [0 0000000000 0000000000 0000000000]";

    /// <param name="pdf">The file to sign; it is not changed, the result starts with it.</param>
    /// <param name="certificate">The signer's certificate with its private key.</param>
    /// <param name="pageIndex">The page the visible signature is on, from 0.</param>
    /// <param name="rectangle">Where, in PDF points with the origin at the page's bottom left.</param>
    /// <param name="appearancePng">The signature image drawn in the rectangle (8-bit PNG, may be transparent), or null for none.</param>
    /// <param name="reason">Why it is signed (shown by readers).</param>
    /// <param name="signedAt">The signing time written in the signature and in its CMS.</param>
    public static byte[] Append(byte[] pdf, X509Certificate2 certificate, int pageIndex, XRect rectangle, byte[]? appearancePng, string reason, DateTimeOffset signedAt) =>
        Append(pdf, certificate, pageIndex, rectangle, appearancePng is null ? SignatureLook.Invisible : new SignatureLook([new PlacedImage(appearancePng, rectangle)], []), reason, signedAt);

    /// <summary>Signs with a widget showing <paramref name="look"/>: images and lines of text, each at its own place on the page.</summary>
    /// <param name="rectangle">The widget's place; the look is drawn relative to the page, clipped to it.</param>
    public static byte[] Append(byte[] pdf, X509Certificate2 certificate, int pageIndex, XRect rectangle, SignatureLook look, string reason, DateTimeOffset signedAt)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(look);
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (rectangle.Width < 0 || rectangle.Height < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(rectangle));
        }

        if (!certificate.HasPrivateKey)
        {
            throw new ArgumentException("The certificate has no private key.", nameof(certificate));
        }

        var file = PdfRevisions.Read(pdf);
        var trailer = file.Trailer(-1);
        var rootReference = trailer["Root"] as PdfReference ?? throw new PdfSyntaxException("tệp không có danh mục tài liệu (/Root)");
        var catalog = file.Resolve(rootReference, -1) as PdfDict ?? throw new PdfSyntaxException("danh mục tài liệu không đọc được");
        var pages = file.Pages(-1);
        if (pageIndex < 0 || pageIndex >= pages.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(pageIndex));
        }

        var pageReference = pages[pageIndex];
        var page = (PdfDict)file.Resolve(pageReference, -1)!;
        var update = new PdfIncrementalUpdate(pdf, file);
        var field = update.Allocate();
        var value = update.Allocate();
        var appearance = update.Allocate();

        // The field joins the form (made when the file has none) and its widget the page's annotations.
        var form = Resolve(file, catalog["AcroForm"]) ?? new PdfDict(new Dictionary<string, PdfValue>());
        var fieldsValue = form["Fields"];
        var fields = (file.Resolve(fieldsValue, -1) as PdfArray)?.Items ?? [];
        var name = UniqueName(file, fields);
        var newForm = With(form, ("SigFlags", new PdfNumber(3)));
        if (fieldsValue is PdfReference fieldsReference)
        {
            update.Add(fieldsReference.Number, PdfSyntax.Write(new PdfArray([.. fields, field])));
        }
        else
        {
            newForm = With(newForm, ("Fields", new PdfArray([.. fields, field])));
        }

        switch (catalog["AcroForm"])
        {
            case PdfReference formReference:
                update.Add(formReference.Number, PdfSyntax.Write(newForm));
                break;
            case PdfDict:
                update.Add(rootReference.Number, PdfSyntax.Write(With(catalog, ("AcroForm", newForm))));
                break;
            default:
                var madeForm = update.Allocate();
                update.Add(madeForm.Number, PdfSyntax.Write(newForm));
                update.Add(rootReference.Number, PdfSyntax.Write(With(catalog, ("AcroForm", madeForm))));
                break;
        }

        if (page["Annots"] is PdfReference annotsReference)
        {
            var annots = (file.Resolve(annotsReference, -1) as PdfArray)?.Items ?? [];
            update.Add(annotsReference.Number, PdfSyntax.Write(new PdfArray([.. annots, field])));
        }
        else
        {
            var annots = (page["Annots"] as PdfArray)?.Items ?? [];
            update.Add(pageReference.Number, PdfSyntax.Write(With(page, ("Annots", new PdfArray([.. annots, field])))));
        }

        update.Add(field.Number, PdfSyntax.Write(new PdfDict(new Dictionary<string, PdfValue>
        {
            ["Type"] = new PdfName("Annot"),
            ["Subtype"] = new PdfName("Widget"),
            ["FT"] = new PdfName("Sig"),
            ["T"] = PdfSyntax.Text(name),
            ["V"] = value,
            ["F"] = new PdfNumber(4),
            ["P"] = pageReference,
            ["Rect"] = Numbers(rectangle.X, rectangle.Y, rectangle.X + rectangle.Width, rectangle.Y + rectangle.Height),
            ["AP"] = new PdfDict(new Dictionary<string, PdfValue> { ["N"] = appearance }),
        })));
        AddAppearance(update, appearance, rectangle, look);

        update.Add(value.Number, Placeholder(reason, certificate, signedAt));
        return Fill(update.Finish(), pdf.Length, certificate, signedAt);
    }

    /// <summary>
    /// A signature value (<c>/Type /Sig</c>) with room for its byte range and CMS, to be written as an
    /// object of an update and then signed by <see cref="Fill"/>.
    /// </summary>
    public static string Placeholder(string reason, X509Certificate2 certificate, DateTimeOffset signedAt)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return $"<</Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached {ByteRangePlaceholder} /Contents <{new string('0', ContentsBytes * 2)}>"
            + $" /M {PdfSyntax.Write(new PdfString(Encoding.ASCII.GetBytes(PdfDate(signedAt)), 0, 0, false))} /Reason {PdfSyntax.Write(PdfSyntax.Text(reason))}"
            + $" /Name {PdfSyntax.Write(PdfSyntax.Text(certificate.GetNameInfo(X509NameType.SimpleName, false)))}>>";
    }

    /// <summary>
    /// Signs the first <see cref="Placeholder"/> after <paramref name="from"/> in <paramref name="file"/> (changed in place
    /// and returned): its byte range becomes everything but its value — [0, '&lt;') and ('&gt;', end of file) — and its
    /// value the CMS over those bytes.
    /// </summary>
    public static byte[] Fill(byte[] file, long from, X509Certificate2 certificate, DateTimeOffset signedAt)
    {
        ArgumentNullException.ThrowIfNull(file);
        var byteRangeAt = (int)PdfRevisions.IndexOf(file, Encoding.ASCII.GetBytes(ByteRangePlaceholder), from, file.Length);
        var contentsAt = byteRangeAt < 0 ? -1 : (int)PdfRevisions.IndexOf(file, "/Contents <0000"u8, byteRangeAt, file.Length);
        if (contentsAt < 0)
        {
            throw new ArgumentException("No signature placeholder in the file.", nameof(file));
        }

        contentsAt += "/Contents ".Length;
        var afterContents = contentsAt + (ContentsBytes * 2) + 2;
        var range = string.Create(CultureInfo.InvariantCulture, $"/ByteRange [0 {contentsAt} {afterContents} {file.Length - afterContents}");
        Encoding.ASCII.GetBytes(range.PadRight(ByteRangePlaceholder.Length - 1) + "]").CopyTo(file, byteRangeAt);

        var cms = Cms([.. file.AsSpan(0, contentsAt), .. file.AsSpan(afterContents)], certificate, signedAt);
        if (cms.Length > ContentsBytes)
        {
            throw new InvalidOperationException("The CMS signature is larger than the room kept for it.");
        }

        Encoding.ASCII.GetBytes(Convert.ToHexString(cms)).CopyTo(file, contentsAt + 1);
        return file;
    }

    /// <summary>A detached CMS over <paramref name="content"/>: SHA-256, the signing time signed, the signer's certificate included.</summary>
    private static byte[] Cms(byte[] content, X509Certificate2 certificate, DateTimeOffset signedAt)
    {
        var cms = new SignedCms(new ContentInfo(content), detached: true);
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, certificate)
        {
            DigestAlgorithm = new Oid("2.16.840.1.101.3.4.2.1"),
            IncludeOption = X509IncludeOption.EndCertOnly,
        };
        signer.SignedAttributes.Add(new Pkcs9SigningTime(signedAt.UtcDateTime));
        cms.ComputeSignature(signer, silent: true);
        return cms.Encode();
    }

    private static void AddAppearance(PdfIncrementalUpdate update, PdfReference appearance, XRect rectangle, SignatureLook look)
    {
        var resources = new Dictionary<string, PdfValue>();
        var images = new Dictionary<string, PdfValue>();
        var drawing = new StringBuilder();
        foreach (var placed in look.Images)
        {
            var pixels = PngPixels.Decode(placed.Png);
            var image = update.Allocate();
            Dictionary<string, PdfValue> Image(string colourSpace) => new()
            {
                ["Type"] = new PdfName("XObject"),
                ["Subtype"] = new PdfName("Image"),
                ["Width"] = new PdfNumber(pixels.Width),
                ["Height"] = new PdfNumber(pixels.Height),
                ["ColorSpace"] = new PdfName(colourSpace),
                ["BitsPerComponent"] = new PdfNumber(8),
            };

            var imageEntries = Image("DeviceRGB");
            if (pixels.Alpha is not null)
            {
                // Transparency as PDF draws it: the alpha channel is the image's soft mask.
                var mask = update.Allocate();
                imageEntries["SMask"] = mask;
                update.AddStream(mask.Number, Image("DeviceGray"), pixels.Alpha, compress: true);
            }

            update.AddStream(image.Number, imageEntries, pixels.Rgb, compress: true);
            var key = "Im" + images.Count.ToString(CultureInfo.InvariantCulture);
            images[key] = image;

            // The image fits its area, its proportions kept, centred; placed relative to the widget.
            var area = placed.Area;
            var scale = Math.Min(area.Width / pixels.Width, area.Height / pixels.Height);
            var (w, h) = (pixels.Width * scale, pixels.Height * scale);
            drawing.Append(CultureInfo.InvariantCulture,
                $"q {w:0.###} 0 0 {h:0.###} {area.X - rectangle.X + ((area.Width - w) / 2):0.###} {area.Y - rectangle.Y + ((area.Height - h) / 2):0.###} cm /{key} Do Q\n");
        }

        if (images.Count > 0)
        {
            resources["XObject"] = new PdfDict(images);
        }

        if (look.Texts.Count > 0)
        {
            // Times-Roman, one of the standard fonts every reader has: the time and number are plain ASCII.
            resources["Font"] = new PdfDict(new Dictionary<string, PdfValue>
            {
                ["F1"] = new PdfDict(new Dictionary<string, PdfValue>
                {
                    ["Type"] = new PdfName("Font"),
                    ["Subtype"] = new PdfName("Type1"),
                    ["BaseFont"] = new PdfName("Times-Roman"),
                    ["Encoding"] = new PdfName("WinAnsiEncoding"),
                }),
            });
            foreach (var text in look.Texts)
            {
                drawing.Append(CultureInfo.InvariantCulture,
                    $"BT /F1 {text.Size:0.###} Tf 0 g {text.X - rectangle.X:0.###} {text.Baseline - rectangle.Y:0.###} Td {PdfSyntax.Write(new PdfString(Encoding.ASCII.GetBytes(text.Text), 0, 0, false))} Tj ET\n");
            }
        }

        update.AddStream(appearance.Number, new Dictionary<string, PdfValue>
        {
            ["Type"] = new PdfName("XObject"),
            ["Subtype"] = new PdfName("Form"),
            ["BBox"] = Numbers(0, 0, rectangle.Width, rectangle.Height),
            ["Resources"] = new PdfDict(resources),
        }, Encoding.ASCII.GetBytes(drawing.ToString()), compress: false);
    }

    /// <summary>A field name no field of the form has yet (the name identifies the signature in readers).</summary>
    private static string UniqueName(PdfRevisions file, IReadOnlyList<PdfValue> fields)
    {
        var taken = fields.Select(f => (file.Resolve(f, -1) as PdfDict)?["T"] is PdfString t ? Encoding.Latin1.GetString(t.Bytes) : null).ToHashSet(StringComparer.Ordinal);
        var n = fields.Count + 1;
        while (taken.Contains("ChuKy" + n.ToString(CultureInfo.InvariantCulture)))
        {
            n++;
        }

        return "ChuKy" + n.ToString(CultureInfo.InvariantCulture);
    }

    private static PdfDict? Resolve(PdfRevisions file, PdfValue? value) => file.Resolve(value, -1) as PdfDict;

    private static PdfDict With(PdfDict dictionary, params (string Key, PdfValue Value)[] changes)
    {
        var entries = new Dictionary<string, PdfValue>(dictionary.Entries, StringComparer.Ordinal);
        foreach (var (key, value) in changes)
        {
            entries[key] = value;
        }

        return new PdfDict(entries);
    }

    private static PdfArray Numbers(params double[] values) => new([.. values.Select(v => new PdfNumber(Math.Round((decimal)v, 3)))]);

    /// <summary>D:YYYYMMDDHHmmSS+07'00' — the time with its offset, as PDF dates are written.</summary>
    private static string PdfDate(DateTimeOffset at)
    {
        var offset = at.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        return string.Create(CultureInfo.InvariantCulture, $"D:{at:yyyyMMddHHmmss}{sign}{Math.Abs(offset.Hours):00}'{Math.Abs(offset.Minutes):00}'");
    }
}

/// <summary>What a signature's widget shows: images and ASCII text lines, each placed on the page (PDF points, origin bottom left).</summary>
public sealed record SignatureLook(IReadOnlyList<PlacedImage> Images, IReadOnlyList<PlacedText> Texts)
{
    public static readonly SignatureLook Invisible = new([], []);

    /// <summary>The smallest rectangle holding everything shown (text measured as Times-Roman digits, half an em each).</summary>
    public XRect Bounds()
    {
        var boxes = Images.Select(i => i.Area).Concat(Texts.Select(t => new XRect(t.X, t.Baseline - (t.Size * 0.25), t.Text.Length * t.Size * 0.5, t.Size * 1.1))).ToList();
        if (boxes.Count == 0)
        {
            return XRect.Empty;
        }

        var (left, bottom) = (boxes.Min(b => b.X), boxes.Min(b => b.Y));
        return new XRect(left, bottom, boxes.Max(b => b.Right) - left, boxes.Max(b => b.Bottom) - bottom);
    }
}

/// <summary>A PNG drawn in <paramref name="Area"/>, scaled to fit it with its proportions kept, centred.</summary>
public sealed record PlacedImage(byte[] Png, XRect Area);

/// <summary>A line of ASCII text in Times-Roman, starting at <paramref name="X"/> on <paramref name="Baseline"/>.</summary>
public sealed record PlacedText(string Text, double X, double Baseline, double Size);
