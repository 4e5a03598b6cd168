using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.IntegrationTests.Communes;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using NguyenLuongBang.Emulation.Web.Data.Seeding;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.Council;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;
using PdfSharp.Pdf;

namespace NguyenLuongBang.Emulation.IntegrationTests.Documents;

/// <summary>
/// NĐ 30's two signatures on an issued document: the signer's own key with his blue signature image
/// centred between position and name, then the organisation's with its red seal at real size over the
/// left third of that image and the signing time under the name — checked with poppler (pdfsig for the
/// signatures, pdftotext for where the position and name are printed) and PDFsharp (where the images
/// are drawn). The demo's finished round was issued with the demo's keys.
/// </summary>
public sealed partial class TwoSignatureTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const double Mm = 72 / 25.4;

    public static TheoryData<IssuedDocumentKind, string> Documents => new()
    {
        { IssuedDocumentKind.AwardDecision, "Đoàn Văn Cát (DEMO)" },
        { IssuedDocumentKind.Certificate, "Đoàn Văn Cát (DEMO)" },
        { IssuedDocumentKind.ConsolidatedReport, "Đoàn Văn Cát (DEMO)" },
        { IssuedDocumentKind.OfficeSubmission, "" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task The_signers_own_signature_then_the_organisations_each_valid_with_the_images_where_NĐ_30_puts_them(IssuedDocumentKind kind, string signer)
    {
        var issued = await factory.WithDatabaseAsync(db => db.IssuedDocuments.Where(d => d.Kind == kind && d.Registration!.Year == 2025).OrderBy(d => d.Id)
            .Select(d => new { d.Id, d.Model }).FirstAsync());
        var (pdf, model) = (await Issuing.StoredPdfAsync(factory, issued.Id), issued.Model);
        var (authority, name) = kind == IssuedDocumentKind.Certificate
            ? (DocumentIssuer.ReadCertificate(model)!.SignerAuthority, DocumentIssuer.ReadCertificate(model)!.SignerName)
            : (DocumentIssuer.ReadDocument(model)!.SignerAuthority, DocumentIssuer.ReadDocument(model)!.SignerName!);
        signer = signer.Length > 0 ? signer : name + " (DEMO)";

        // poppler: two signatures, both valid; the first the signer's, the second the organisation's over the whole file.
        var report = Signatures.PdfSig(pdf);
        var blocks = SignatureBlocks(report);
        Assert.Equal(2, blocks.Count);
        Assert.All(blocks, b => Assert.Contains("Signature Validation: Signature is Valid.", b, StringComparison.Ordinal));
        Assert.Contains("Signer Certificate Common Name: " + signer, blocks[0], StringComparison.Ordinal);
        Assert.Contains("Signer Certificate Common Name: " + DemoCertificate.Name, blocks[1], StringComparison.Ordinal);
        Assert.Contains("Total document signed", blocks[1], StringComparison.Ordinal);
        Assert.DoesNotContain("Total document signed", blocks[0].Replace("Not total document signed", "", StringComparison.Ordinal), StringComparison.Ordinal);

        // Where the images are drawn, in page coordinates (origin bottom left).
        var marks = SignatureMarks(pdf);
        Assert.Equal(2, marks.Count);
        var (personal, organisation) = (marks[0], marks[1]);
        Assert.Equal(personal.Page, organisation.Page);
        var signature = Assert.Single(personal.Images);
        Assert.Empty(personal.Texts);
        var seal = Assert.Single(organisation.Images);

        // Where the position and the name are printed on that page (pdftotext, origin top left, turned over).
        var lines = TextLines(pdf, personal.Page);
        var nameLine = Assert.Single(lines, l => l.Text == Nfc(name));
        var positionLine = lines.Where(l => l.Text == Nfc(authority[^1]) && l.Bottom > nameLine.Top).OrderBy(l => l.Bottom).First();

        // The signature image: between the position and the name, centred under the name.
        Assert.True(signature.Top <= positionLine.Bottom + 0.5, $"image top {signature.Top} above position bottom {positionLine.Bottom}");
        Assert.True(signature.Bottom >= nameLine.Top - 0.5, $"image bottom {signature.Bottom} below name top {nameLine.Top}");
        Assert.InRange(signature.CenterX - nameLine.CenterX, -2, 2);
        Assert.InRange(signature.Width / signature.Height, 2.4, 2.6);

        // The seal: real size (35 mm), its right edge a third into the signature image, centred on it vertically.
        Assert.InRange(seal.Width, (35 * Mm) - 0.5, (35 * Mm) + 0.5);
        Assert.InRange(seal.Height, (35 * Mm) - 0.5, (35 * Mm) + 0.5);
        Assert.InRange(seal.Right - (signature.Left + (signature.Width / 3)), -0.5, 0.5);
        Assert.InRange(seal.CenterY - signature.CenterY, -0.5, 0.5);

        // The signing time under the name, ISO 8601 in Vietnam time.
        var time = Assert.Single(organisation.Texts);
        Assert.Matches(IsoTime(), time.Text);
        Assert.True(time.Baseline < nameLine.Bottom, "time under the name");
    }

    [Fact]
    public async Task The_minutes_carry_the_secretarys_and_the_chairs_own_signatures_each_in_their_block_and_none_by_whoever_closed_the_session()
    {
        var minutes = await factory.WithDatabaseAsync(db => db.IssuedDocuments.Where(d => d.Kind == IssuedDocumentKind.CouncilMinutes && d.Registration!.Year == 2025)
            .Select(d => new { d.Id, d.Model }).FirstAsync());
        var document = DocumentIssuer.ReadDocument(minutes.Model)!;

        // Issued when the reviewer closed the session: neither his key nor anyone else's signed it.
        var issued = await Issuing.StoredPdfAsync(factory, minutes.Id);
        Assert.Empty(SignatureBlocks(Signatures.PdfSig(issued)));

        // The official copy: the secretary signed, then the chair; both valid, the chair's over the whole file.
        var official = await Issuing.StoredPdfAsync(factory, minutes.Id, IssuedFileFormat.SignedPdf);
        Assert.Equal(issued, official[..issued.Length]);
        var blocks = SignatureBlocks(Signatures.PdfSig(official));
        Assert.Equal(2, blocks.Count);
        Assert.All(blocks, b => Assert.Contains("Signature is Valid.", b, StringComparison.Ordinal));
        Assert.Contains($"Common Name: {document.LeftSignature!.Name} (DEMO)", blocks[0], StringComparison.Ordinal);
        Assert.Contains($"Common Name: {document.SignerName} (DEMO)", blocks[1], StringComparison.Ordinal);

        // Each image between its block's title and name: the secretary's on the left, the chair's on the right.
        var marks = SignatureMarks(official);
        var lines = TextLines(official, marks[0].Page);
        foreach (var (mark, title, name) in new[] { (marks[0], "THƯ KÝ", document.LeftSignature.Name), (marks[1], "CHỦ TỌA", document.SignerName!) })
        {
            var image = Assert.Single(mark.Images);
            var nameLine = Assert.Single(lines, l => l.Text == Nfc(name));
            var titleLine = lines.Where(l => l.Text == title && l.Bottom > nameLine.Top).OrderBy(l => l.Bottom).First();
            Assert.True(image.Top <= titleLine.Bottom + 0.5 && image.Bottom >= nameLine.Top - 0.5, $"{title}: image between title and name");
            Assert.InRange(image.CenterX - nameLine.CenterX, -2, 2);
        }

        Assert.True(marks[0].Images[0].Right < marks[1].Images[0].Left, "the secretary signs left of the chair");
    }

    [Fact]
    public async Task Only_the_chair_and_the_secretary_sign_the_minutes_once_each()
    {
        var sessionId = await factory.WithDatabaseAsync(db => db.CouncilSessions.Where(s => s.MinutesDocumentId != null).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());
        var minutesId = await factory.WithDatabaseAsync(db => db.CouncilSessions.Where(s => s.Id == sessionId).Select(s => s.MinutesDocumentId!.Value).SingleAsync());
        var before = await factory.WithDatabaseAsync(db => db.IssuedDocuments.Where(d => d.Id == minutesId).SelectMany(d => d.Files).CountAsync());
        var page = $"/Council/{sessionId}";

        // A member who is neither: refused with the reason. The chair again: already signed.
        var member = factory.CreatePortalClient();
        await member.SignInAsync("hoidong2@nlb.example");
        await member.PostFormAsync(page, page + "/Minutes/Sign", []);
        Assert.Contains("Chỉ chủ tọa", WebUtility.HtmlDecode(await member.GetStringAsync(page)), StringComparison.Ordinal);
        var chair = factory.CreatePortalClient();
        await chair.SignInAsync("chutich@nlb.example");
        Assert.Contains("sign-minutes-form", await chair.GetStringAsync(page), StringComparison.Ordinal);
        await chair.PostFormAsync(page, page + "/Minutes/Sign", []);
        Assert.Contains("đã ký số biên bản", WebUtility.HtmlDecode(await chair.GetStringAsync(page)), StringComparison.Ordinal);

        // A reviewer who is not a member of the council may not even ask.
        var reviewer = factory.CreatePortalClient();
        await reviewer.SignInAsync("chuyenvien@nlb.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PostFormAsync(page, page + "/Minutes/Sign", [])).StatusCode);
        Assert.Equal(before, await factory.WithDatabaseAsync(db => db.IssuedDocuments.Where(d => d.Id == minutesId).SelectMany(d => d.Files).CountAsync()));
    }

    [Fact]
    public async Task A_session_set_for_tomorrow_waits_for_its_day_its_minutes_are_dated_when_issued_and_the_chair_signs_them_on_the_page()
    {
        using var portal = new PortalFactory();
        var nomination = await TestNominations.AddAsync(portal, "Đinh Thị Năm", Domain.Nominations.NominationStatus.Posted);
        var reviewer = portal.CreatePortalClient();
        await reviewer.SignInAsync("chuyenvien@nlb.example");
        var opened = await HtmlForm.Parse(await reviewer.GetStringAsync("/Council/New?round=2025"), "session-form").Set("heldOn", "2026-11-27").PostAsync(reviewer);
        var session = opened.Headers.Location!.OriginalString;
        var sessionId = int.Parse(session.Split('/')[^1], CultureInfo.InvariantCulture);
        var members = new[] { "hoidong1@nlb.example", "hoidong2@nlb.example", "hoidong3@nlb.example" };

        // Today is the 26th: no vote yet, the reason said.
        var early = portal.CreatePortalClient();
        await early.SignInAsync(members[0]);
        await HtmlForm.Parse(await early.GetStringAsync(session), $"vote-{nomination}").PostAsync(early, "choice", "Agree");
        Assert.Contains("chưa diễn ra", WebUtility.HtmlDecode(await early.GetStringAsync(session)), StringComparison.Ordinal);
        Assert.Equal(0, await portal.WithDatabaseAsync(db => db.CouncilSessions.Where(s => s.Id == sessionId).SelectMany(s => s.Votes).CountAsync()));

        // On the 27th the members vote; the session is closed on the 28th.
        portal.Clock.Advance(TimeSpan.FromDays(1));
        foreach (var email in members)
        {
            var member = portal.CreatePortalClient();
            await member.SignInAsync(email);
            await HtmlForm.Parse(await member.GetStringAsync(session), $"vote-{nomination}").PostAsync(member, "choice", "Agree");
        }

        portal.Clock.Advance(TimeSpan.FromDays(1));
        await reviewer.SignInAsync("chuyenvien@nlb.example");
        await reviewer.PostFormAsync(session, session + "/Close", []);
        var minutes = await portal.WithDatabaseAsync(db => db.CouncilSessions.Where(s => s.Id == sessionId)
            .Select(s => new { Id = s.MinutesDocumentId!.Value, s.ChairUserId }).SingleAsync());
        var model = await portal.WithDatabaseAsync(db => db.IssuedDocuments.Where(d => d.Id == minutes.Id).Select(d => d.Model).SingleAsync());
        var document = DocumentIssuer.ReadDocument(model)!;
        Assert.Contains("ngày 28 tháng 11 năm 2026", document.PlaceDateLine, StringComparison.Ordinal);
        // The meeting began on its day (the first vote, the session having been set up the day before) and ended when it was closed, a day later.
        var body = string.Join(" ", document.Body.OfType<Web.Documents.Paragraph>().Select(p => p.Text));
        Assert.Matches(@"Vào hồi \d\d giờ \d\d phút ngày 27/11/2026, tại", body);
        Assert.Matches(@"kết thúc vào hồi \d\d giờ \d\d phút ngày 28/11/2026\.", body);

        // The chair signs them on the session's page with his own key.
        var chairEmail = await portal.WithDatabaseAsync(db => db.Users.Where(u => u.Id == minutes.ChairUserId).Select(u => u.Email!).SingleAsync());
        var chair = portal.CreatePortalClient();
        await chair.SignInAsync(chairEmail);
        await HtmlForm.Parse(await chair.GetStringAsync(session), "sign-minutes-form").PostAsync(chair);
        Assert.Contains("Đã ký số biên bản", WebUtility.HtmlDecode(await chair.GetStringAsync(session)), StringComparison.Ordinal);
        var signed = await Issuing.StoredPdfAsync(portal, minutes.Id, IssuedFileFormat.SignedPdf);
        var only = Assert.Single(SignatureBlocks(Signatures.PdfSig(signed)));
        Assert.Contains("Signature is Valid.", only, StringComparison.Ordinal);
        var entity = minutes.Id.ToString(CultureInfo.InvariantCulture);
        Assert.Equal(1, await portal.WithDatabaseAsync(db => db.AuditEntries.CountAsync(a => a.Action == MinutesSigning.Action && a.EntityId == entity)));
    }

    [Fact]
    public async Task A_signer_without_a_key_in_the_portal_gets_only_the_organisations_signature()
    {
        // The chairman's key is taken out of use (on a portal of its own): his next document carries the organisation's signature alone.
        using var factory = new PortalFactory();
        var chairmanId = await factory.WithDatabaseAsync(db => db.Users.Where(u => u.Email == "chutich@nlb.example").Select(u => u.Id).SingleAsync());
        var admin = factory.CreatePortalClient();
        await admin.SignInAsync("quantri@nlb.example");
        var removed = await admin.PostFormAsync($"/Admin/Certificates/{chairmanId}", $"/Admin/Certificates/{chairmanId}/Key/Remove", []);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Contains("no-key", await admin.GetStringAsync($"/Admin/Certificates/{chairmanId}"), StringComparison.Ordinal);

        var id = await Issuing.ConsolidatedReport2026Async(factory);
        var blocks = SignatureBlocks(Signatures.PdfSig(await Issuing.StoredPdfAsync(factory, id)));
        var only = Assert.Single(blocks);
        Assert.Contains("Signer Certificate Common Name: " + DemoCertificate.Name, only, StringComparison.Ordinal);
        Assert.Contains("Signature is Valid.", only, StringComparison.Ordinal);
    }

    internal static List<string> SignatureBlocks(string pdfsig) =>
        [.. Regex.Split(pdfsig, @"^Signature #\d+:", RegexOptions.Multiline).Skip(1)];

    internal sealed record Box(double Left, double Bottom, double Width, double Height)
    {
        public double Right => Left + Width;

        public double Top => Bottom + Height;

        public double CenterX => Left + (Width / 2);

        public double CenterY => Bottom + (Height / 2);
    }

    internal sealed record DrawnString(string Text, double Baseline);

    internal sealed record Mark(int Page, Box Rect, IReadOnlyList<Box> Images, IReadOnlyList<DrawnString> Texts);

    /// <summary>Each signature field's widget, in the order of the form's fields, with the images and text its appearance draws (read by PDFsharp).</summary>
    internal static List<Mark> SignatureMarks(byte[] pdf)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        var marks = new List<Mark>();
        var fields = document.Internals.Catalog.Elements.GetDictionary("/AcroForm")!.Elements.GetArray("/Fields")!;
        foreach (var item in fields.Elements)
        {
            var field = (item as PdfReference)?.Value as PdfDictionary ?? (PdfDictionary)item;
            if (field.Elements.GetName("/FT") != "/Sig")
            {
                continue;
            }

            var page = document.Pages.Cast<PdfPage>().Select((p, i) => (p, i)).Single(p => p.p.Reference == field.Elements["/P"]).i;
            var rect = field.Elements.GetArray("/Rect")!;
            var (x1, y1, x2, y2) = (rect.Elements.GetReal(0), rect.Elements.GetReal(1), rect.Elements.GetReal(2), rect.Elements.GetReal(3));
            var appearance = field.Elements.GetDictionary("/AP")!.Elements.GetDictionary("/N")!;
            var content = Encoding.Latin1.GetString(appearance.Stream.UnfilteredValue);
            var images = DrawnImage().Matches(content).Select(m => new Box(x1 + Number(m, 3), y1 + Number(m, 4), Number(m, 1), Number(m, 2))).ToList();
            var texts = DrawnText().Matches(content).Select(m => new DrawnString(
                m.Groups[3].Success ? m.Groups[3].Value : Encoding.ASCII.GetString(Convert.FromHexString(m.Groups[4].Value)), y1 + Number(m, 2))).ToList();
            marks.Add(new Mark(page, new Box(x1, y1, x2 - x1, y2 - y1), images, texts));
        }

        return marks;
    }

    internal sealed record Line(string Text, double Bottom, double Top, double CenterX);

    /// <summary>The text lines poppler finds on a page, in page coordinates (origin bottom left).</summary>
    internal static List<Line> TextLines(byte[] pdf, int pageIndex)
    {
        var path = Path.Combine(Path.GetTempPath(), $"nlb-lines-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var page = (pageIndex + 1).ToString(CultureInfo.InvariantCulture);
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-bbox-layout", "-f", page, "-l", page, path, "-"]) { RedirectStandardOutput = true })!;
            var html = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            var height = double.Parse(PageHeight().Match(html).Groups[1].Value, CultureInfo.InvariantCulture);
            return LineBox().Matches(html).Select(m =>
            {
                var words = Word().Matches(m.Groups[5].Value).Select(w => System.Net.WebUtility.HtmlDecode(w.Groups[1].Value));
                var (xMin, yMin, xMax, yMax) = (Number(m, 1), Number(m, 2), Number(m, 3), Number(m, 4));
                return new Line(Nfc(string.Join(" ", words)), height - yMax, height - yMin, (xMin + xMax) / 2);
            }).ToList();
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static double Number(Match match, int group) => double.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static string Nfc(string text) => text.Normalize(NormalizationForm.FormC).Trim();

    [GeneratedRegex(@"q ([\d.\-]+) 0 0 ([\d.\-]+) ([\d.\-]+) ([\d.\-]+) cm /\w+ Do Q")]
    private static partial Regex DrawnImage();

    [GeneratedRegex(@"Tf 0 g ([\d.\-]+) ([\d.\-]+) Td (?:\(([^)]*)\)|<([0-9A-Fa-f]*)>) Tj")]
    private static partial Regex DrawnText();

    [GeneratedRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$")]
    private static partial Regex IsoTime();

    [GeneratedRegex(@"<page width=""[\d.]+"" height=""([\d.]+)"">")]
    private static partial Regex PageHeight();

    [GeneratedRegex(@"<line xMin=""([\d.]+)"" yMin=""([\d.]+)"" xMax=""([\d.]+)"" yMax=""([\d.]+)"">(.*?)</line>", RegexOptions.Singleline)]
    private static partial Regex LineBox();

    [GeneratedRegex(@"<word [^>]*>([^<]*)</word>")]
    private static partial Regex Word();
}
