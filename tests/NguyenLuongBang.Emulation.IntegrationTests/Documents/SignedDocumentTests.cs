using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;

namespace NguyenLuongBang.Emulation.IntegrationTests.Documents;

/// <summary>The portal with the test certificate's password in its configuration, as a server's would be.</summary>
public sealed class SigningPortalFactory : PortalFactory
{
    protected override string SeedKind => SeedsAs<PortalFactory>();

    public SigningPortalFactory() => ExtraSettings["Signing:CertificatePassword"] = Signatures.Password;
}

internal static class Issuing
{
    /// <summary>The reviewer submits the 2026 consolidated report and the chairman approves it: it is issued. Returns the issued document's id.</summary>
    public static async Task<int> ConsolidatedReport2026Async(PortalFactory factory)
    {
        var approved = await ApproveConsolidatedReport2026Async(factory.CreatePortalClient(), factory.CreatePortalClient());
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        return await factory.WithDatabaseAsync(db => db.IssuedDocuments.Where(d => d.Kind == IssuedDocumentKind.ConsolidatedReport && d.Registration!.Year == 2026)
            .Select(d => d.Id).SingleAsync());
    }

    /// <summary>The same steps through the given clients (e.g. on another host); returns the chairman's answer, issued or refused.</summary>
    public static async Task<HttpResponseMessage> ApproveConsolidatedReport2026Async(HttpClient reviewer, HttpClient chairman)
    {
        await reviewer.SignInAsync("chuyenvien@nlb.example");
        await HtmlForm.Parse(await reviewer.GetStringAsync("/Consolidation/2026"), "assessment-form")
            .Set("Strengths", "Ưu điểm.").Set("Limitations", "Hạn chế.").Set("TasksAhead", "Nhiệm vụ.").Set("Recommendations", "Kiến nghị.").PostAsync(reviewer);
        await HtmlForm.Parse(await reviewer.GetStringAsync("/Consolidation/2026"), "submit-form").Set("reason", "Gửi sớm theo yêu cầu.").PostAsync(reviewer);
        await chairman.SignInAsync("chutich@nlb.example");
        return await HtmlForm.Parse(await chairman.GetStringAsync("/Consolidation/2026"), "approve-form").PostAsync(chairman);
    }

    /// <summary>The demo's people sign elsewhere (their tokens): only the organisation's key signs in the portal.</summary>
    public static Task<int> RemovePersonalKeysAsync(PortalFactory factory) =>
        factory.WithDatabaseAsync(async db =>
        {
            foreach (var key in await db.SigningCertificates.Where(c => c.AccountId != null && c.RemovedAt == null).ToListAsync())
            {
                key.Remove(PortalFactory.Start);
            }

            return await db.SaveChangesAsync();
        });

    public static Task<byte[]> StoredPdfAsync(PortalFactory factory, int issuedId, IssuedFileFormat format = IssuedFileFormat.Pdf) =>
        factory.WithDatabaseAsync(db => db.IssuedDocuments.Where(d => d.Id == issuedId).SelectMany(d => d.Files).Where(f => f.Format == format)
            .OrderByDescending(f => f.Id).Select(f => f.StoredFile!.Content).FirstAsync());
}

/// <summary>The organisation's certificate: installed by the administrator, checked, and signing every issued PDF.</summary>
public sealed class SigningAtIssueTests(SigningPortalFactory factory) : IClassFixture<SigningPortalFactory>
{
    private static readonly DateTimeOffset Now = PortalFactory.Start;

    private async Task<HttpClient> AdminAsync()
    {
        var admin = factory.CreatePortalClient();
        await admin.SignInAsync("quantri@nlb.example");
        return admin;
    }

    [Fact]
    public async Task Expired_keyless_and_non_signing_certificates_are_refused_with_the_reason_and_nothing_changes()
    {
        var admin = await AdminAsync();
        var before = await factory.WithDatabaseAsync(db => db.SigningCertificates.CountAsync());
        var cases = new (byte[] File, string Reason)[]
        {
            (Signatures.Pkcs12("Hết hạn", Now.AddYears(-3), Now.AddDays(-1)), "đã hết hạn"),
            (Signatures.Pkcs12("Không khóa", Now.AddDays(-1), Now.AddYears(1), withKey: false), "không kèm khóa bí mật"),
            (Signatures.Pkcs12("Chỉ mã hóa", Now.AddDays(-1), Now.AddYears(1), X509KeyUsageFlags.KeyEncipherment), "không dùng để ký số"),
            ("không phải chứng thư"u8.ToArray(), "không phải PKCS#12"),
        };
        foreach (var (file, reason) in cases)
        {
            var response = await admin.PostFileAsync("/Admin/Signing", "/Admin/Signing/Install", file, "co-quan.p12");
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Contains(reason, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        Assert.Equal(before, await factory.WithDatabaseAsync(db => db.SigningCertificates.CountAsync()));
    }

    [Fact]
    public async Task An_installed_certificate_signs_the_issued_PDF_which_poppler_finds_valid_over_the_whole_file()
    {
        var admin = await AdminAsync();
        var file = Signatures.Pkcs12("UBND xã Nguyễn Lương Bằng", Now.AddDays(-10), Now.AddDays(20));
        var installed = await admin.PostFileAsync("/Admin/Signing", "/Admin/Signing/Install", file, "co-quan.p12");
        Assert.Equal(HttpStatusCode.Redirect, installed.StatusCode);

        // The page shows subject, issuer and validity, and warns: it expires within 30 days.
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync("/Admin/Signing"));
        Assert.Contains("CN=UBND xã Nguyễn Lương Bằng", page, StringComparison.Ordinal);
        Assert.Contains("id=\"expires-soon\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain(Signatures.Password, page, StringComparison.Ordinal);
        Assert.Equal(1, await factory.WithDatabaseAsync(db => db.SigningCertificates.CountAsync(c => c.RemovedAt == null && c.AccountId == null)));
        Assert.Equal(1, await factory.WithDatabaseAsync(db => db.AuditEntries.CountAsync(a => a.Action == "Cài chứng thư số của cơ quan")));

        // The same file sent again, twenty times at once (a double click, an impatient user): installed once.
        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => admin.PostFileAsync("/Admin/Signing", "/Admin/Signing/Install", file, "co-quan.p12")));
        Assert.Equal(1, await factory.WithDatabaseAsync(db => db.SigningCertificates.CountAsync(c => c.RemovedAt == null && c.AccountId == null)));
        Assert.Equal(1, await factory.WithDatabaseAsync(db => db.AuditEntries.CountAsync(a => a.Action == "Cài chứng thư số của cơ quan")));

        // The chairman has no key in the portal: the organisation's alone signs (TwoSignatureTests: both).
        await Issuing.RemovePersonalKeysAsync(factory);
        var id = await Issuing.ConsolidatedReport2026Async(factory);
        var pdf = await Issuing.StoredPdfAsync(factory, id);
        var document = await factory.WithDatabaseAsync(db => db.IssuedDocuments.Include(d => d.Files).ThenInclude(f => f.StoredFile).SingleAsync(d => d.Id == id));
        Assert.Equal(DocumentIssuer.Sha256(pdf), document.Files.Single(f => f.Format == IssuedFileFormat.Pdf).StoredFile!.Sha256);
        Assert.Contains("UBND xã Nguyễn Lương Bằng", document.SignedWith, StringComparison.Ordinal);
        Assert.False(document.SignedWithDemo);
        Assert.NotNull(document.VerificationCode);

        var report = Signatures.PdfSig(pdf);
        Assert.Contains("Signature is Valid", report, StringComparison.Ordinal);
        Assert.Contains("Total document signed", report, StringComparison.Ordinal);
        Assert.Contains("SHA-256", report, StringComparison.Ordinal);

        // The signature shows over the signer's space: from just above the signer's name (where the seal
        // goes) to the signing time under it, on the page the name is on.
        using (var read = UglyToad.PdfPig.PdfDocument.Open(pdf))
        {
            var widget = read.GetPages().SelectMany(p => p.GetAnnotations().Select(a => (Page: p, a.Rectangle)))
                .Single(a => a.Page.GetAnnotations().Any(x => x.Type == UglyToad.PdfPig.Annotations.AnnotationType.Widget));
            var lastName = document.SignerName.Split(' ')[^1];
            var name = widget.Page.GetWords().Last(w => w.Text == lastName);
            Assert.InRange(widget.Rectangle.Top - name.BoundingBox.Top, 0, 40 * 72 / 25.4);
            Assert.InRange(name.BoundingBox.Bottom - widget.Rectangle.Bottom, 0, 10 * 72 / 25.4);
        }

        // The code and the address are printed on the document (its text layer), the QR code beside them.
        var text = string.Join(' ', UglyToad.PdfPig.PdfDocument.Open(pdf).GetPages().Select(p => p.Text));
        Assert.Contains(VerificationCode.Display(document.VerificationCode!), text, StringComparison.Ordinal);

        // One byte changed after signing: poppler and the portal's own check both say so.
        var changed = Signatures.OneByteChanged(pdf);
        Assert.DoesNotContain("Signature is Valid", Signatures.PdfSig(changed), StringComparison.Ordinal);
        Assert.False(SignedPdfCheck.Check(changed, pdf, document.Number, new NamedSigner(document.SignerName, [])).Valid);
    }
}

/// <summary>A document signed outside the portal uploaded as the official copy: what is not the issued file with signatures appended is refused with a message (<see cref="SignedCopyTests"/> for the rest).</summary>
public sealed class SignedElsewhereTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Hostile_or_ambiguous_signed_copies_are_refused_with_a_message_never_an_error()
    {
        var admin = factory.CreatePortalClient();
        await admin.SignInAsync("quantri@nlb.example");
        var certificate = await factory.WithDatabaseAsync(db => db.IssuedDocuments.Where(d => d.Kind == IssuedDocumentKind.Certificate).Select(d => d.Id).FirstAsync());
        var decision = await factory.WithDatabaseAsync(db => db.IssuedDocuments.Where(d => d.Kind == IssuedDocumentKind.AwardDecision).Select(d => d.Id).FirstAsync());
        var issued = await Issuing.StoredPdfAsync(factory, certificate);
        using var signer = Signatures.Certificate("Người ký thử", PortalFactory.Start.AddDays(-1), PortalFactory.Start.AddYears(1));

        // Signed by a program that saves the whole file again, or another document signed: not this document with signatures appended.
        var rewritten = Signatures.SignElsewhere(issued, signer);
        var printSet = Signatures.SignElsewhere(await Issuing.StoredPdfAsync(factory, decision, IssuedFileFormat.PrintSet), signer);
        static byte[] Appended(byte[] pdf, string tail) => [.. pdf, .. System.Text.Encoding.Latin1.GetBytes(tail)];
        var hostile = new (byte[] File, string Reason)[]
        {
            (rewritten, "phần đầu tệp khác bản đã ban hành"),
            (printSet, "phần đầu tệp khác bản đã ban hành"),
            ("không phải PDF"u8.ToArray(), "Tệp không phải PDF"),
            (Appended(issued, "/ByteRange [0 99999999999999999999 1 1] /Contents <00>"), "có dữ liệu sau dấu kết thúc tệp"),
            (Appended(issued, "\n1 0 obj <</ByteRange [0 9223372036854775000 1 1]>> endobj\n%%EOF\n"), "không có bảng tham chiếu"),
            (Appended(issued, $"\nxref\n0 999999999\ntrailer <<>>\nstartxref\n{issued.Length + 1}\n%%EOF\n"), "bảng tham chiếu khai số mục lớn hơn tệp"),
            (Appended(issued, string.Concat(Enumerable.Range(0, 30).Select(_ => "\n%%EOF"))), "không có bảng tham chiếu"),
            (issued, "chưa có chữ ký số mới"),
        };
        foreach (var (file, reason) in hostile)
        {
            var answer = await admin.PostFileAsync("/Admin/Register?year=2025", $"/Admin/Register/SignedCopy/{certificate}", file, "da-ky.pdf");
            Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
            Assert.Contains(reason, WebUtility.HtmlDecode(await admin.GetStringAsync(answer.Headers.Location!.OriginalString)), StringComparison.Ordinal);
        }

        Assert.Equal(0, await factory.WithDatabaseAsync(db => db.Set<IssuedFile>().CountAsync(f => f.Format == IssuedFileFormat.SignedPdf && f.IssuedDocumentId == certificate)));

        // A real organisation's certificate is not installed while the server has no password for it.
        var refused = await admin.PostFileAsync("/Admin/Signing", "/Admin/Signing/Install", Signatures.Pkcs12("Cơ quan", PortalFactory.Start.AddDays(-1), PortalFactory.Start.AddYears(1)), "co-quan.p12");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("chưa đặt mật khẩu", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }
}
