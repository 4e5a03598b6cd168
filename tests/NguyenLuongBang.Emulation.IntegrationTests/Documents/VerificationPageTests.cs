using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;

namespace NguyenLuongBang.Emulation.IntegrationTests.Documents;

/// <summary>The public check: by code, what the register holds; a dropped file, byte for byte; nothing beyond the document's own text.</summary>
public sealed class VerificationPageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<(int Id, string Code, string Number, string Sha)> DemoDocumentAsync(IssuedDocumentKind kind) =>
        await factory.WithDatabaseAsync(db => db.IssuedDocuments.Where(d => d.Kind == kind && d.VerificationCode != null)
            .Select(d => new ValueTuple<int, string, string, string>(d.Id, d.VerificationCode!, d.Number, d.Files.Where(f => f.Format == IssuedFileFormat.Pdf).Select(f => f.StoredFile!.Sha256).First()))
            .FirstAsync());

    [Fact]
    public async Task A_demo_certificate_is_found_with_awardee_achievement_and_the_untrusted_demo_signature_and_nothing_internal()
    {
        var (id, code, number, sha) = await DemoDocumentAsync(IssuedDocumentKind.Certificate);
        var anonymous = factory.CreatePortalClient();

        // Typed as printed (with dashes, in lower case) it leads to the same page as the QR code's address.
        var typed = await anonymous.GetAsync($"/Xac-thuc?code={VerificationCode.Display(code).ToLowerInvariant()}");
        Assert.Equal(HttpStatusCode.Redirect, typed.StatusCode);
        Assert.Equal($"/Xac-thuc/{code}", typed.Headers.Location!.OriginalString);

        var response = await anonymous.GetAsync($"/Xac-thuc/{code}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var certificate = await factory.WithDatabaseAsync(db => db.IssuedDocuments.Where(d => d.Id == id).Select(d => d.Model).SingleAsync());
        var model = DocumentIssuer.ReadCertificate(certificate)!;
        Assert.Contains($"Giấy khen số {number}", html, StringComparison.Ordinal);
        Assert.Contains(model.AwardeeName, html, StringComparison.Ordinal);
        Assert.Contains(model.Achievement, html, StringComparison.Ordinal);
        Assert.Contains(sha, html, StringComparison.Ordinal);
        Assert.Contains("id=\"demo-certificate\"", html, StringComparison.Ordinal);
        Assert.Contains("không có giá trị pháp lý", html, StringComparison.Ordinal);

        // Nothing internal: no record id in a link, not who pressed the button, no e-mail address.
        var issuedBy = await factory.WithDatabaseAsync(db => db.IssuedDocuments.Where(d => d.Id == id).Select(d => d.IssuedByName).SingleAsync());
        Assert.DoesNotContain($"/{id}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("@nlb.example", html, StringComparison.Ordinal);
        if (issuedBy != model.SignerName)
        {
            Assert.DoesNotContain(issuedBy, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_print_set_of_a_decision_carries_each_certificates_own_code()
    {
        var decision = await factory.WithDatabaseAsync(db => db.IssuedDocuments.Where(d => d.Kind == IssuedDocumentKind.AwardDecision && d.VerificationCode != null)
            .Select(d => d.Id).FirstAsync());
        var printSet = await Issuing.StoredPdfAsync(factory, decision, IssuedFileFormat.PrintSet);
        var text = string.Join(' ', UglyToad.PdfPig.PdfDocument.Open(printSet).GetPages().Select(p => p.Text));
        var codes = await factory.WithDatabaseAsync(db => db.IssuedDocuments.Where(d => d.Kind == IssuedDocumentKind.Certificate && d.IssuedAt == db.IssuedDocuments.Single(x => x.Id == decision).IssuedAt)
            .Select(d => d.VerificationCode!).ToListAsync());
        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.Contains(VerificationCode.Display(code), text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_or_malformed_code_gets_a_helpful_vietnamese_404()
    {
        var anonymous = factory.CreatePortalClient();
        foreach (var code in new[] { "ABCDEFGHJKMN", "1", "<script>alert(1)</script>", "'; DROP TABLE x;--" })
        {
            var response = await anonymous.GetAsync($"/Xac-thuc/{Uri.EscapeDataString(code)}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains("Không tìm thấy văn bản có mã này", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        }

        var lookup = await anonymous.GetAsync("/Xac-thuc?code=abc");
        Assert.Equal(HttpStatusCode.OK, lookup.StatusCode);
        Assert.Contains("Mã xác thực gồm 12 ký tự", WebUtility.HtmlDecode(await lookup.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dropped_pdf_is_matched_byte_for_byte_and_not_stored()
    {
        var (id, code, number, _) = await DemoDocumentAsync(IssuedDocumentKind.AwardDecision);
        var pdf = await Issuing.StoredPdfAsync(factory, id);
        var stored = await factory.WithDatabaseAsync(db => db.StoredFiles.CountAsync());
        var anonymous = factory.CreatePortalClient();

        var same = WebUtility.HtmlDecode(await (await anonymous.PostFileAsync($"/Xac-thuc/{code}", $"/Xac-thuc/{code}", pdf, "qd.pdf")).Content.ReadAsStringAsync());
        Assert.Contains("Trùng khớp.", same, StringComparison.Ordinal);
        Assert.Contains($"văn bản số {number}", same, StringComparison.Ordinal);

        var changed = WebUtility.HtmlDecode(await (await anonymous.PostFileAsync($"/Xac-thuc/{code}", $"/Xac-thuc/{code}", Signatures.OneByteChanged(pdf), "qd.pdf")).Content.ReadAsStringAsync());
        Assert.Contains("Không trùng khớp.", changed, StringComparison.Ordinal);

        // From the lookup page, any issued document is found by its file.
        var anywhere = WebUtility.HtmlDecode(await (await anonymous.PostFileAsync("/Xac-thuc", "/Xac-thuc", pdf, "qd.pdf")).Content.ReadAsStringAsync());
        Assert.Contains($"/Xac-thuc/{code}", anywhere, StringComparison.Ordinal);

        var notPdf = WebUtility.HtmlDecode(await (await anonymous.PostFileAsync("/Xac-thuc", "/Xac-thuc", "MZ not a pdf"u8.ToArray(), "x.exe")).Content.ReadAsStringAsync());
        Assert.Contains("Tệp không phải PDF", notPdf, StringComparison.Ordinal);
        Assert.Equal(stored, await factory.WithDatabaseAsync(db => db.StoredFiles.CountAsync()));
    }

    [Fact]
    public async Task A_replaced_document_says_so_and_names_its_replacement()
    {
        var (id, code, _, _) = await DemoDocumentAsync(IssuedDocumentKind.CouncilMinutes);
        string replacement;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var original = await db.IssuedDocuments.SingleAsync(d => d.Id == id);
            var by = new Actor("test", "Văn thư");
            await using var transaction = await db.Database.BeginTransactionAsync();
            var number = await scope.ServiceProvider.GetRequiredService<DocumentNumbers>()
                .TakeAsync(DocumentNumbers.Council, "BB", original.Title + " (thay thế)", original.IssuedOn, by);
            var issued = scope.ServiceProvider.GetRequiredService<DocumentIssuer>()
                .Issue(IssuedDocumentKind.CouncilMinutes, number, DocumentIssuer.ReadDocument(original.Model)!, "bien-ban-thay-the", by, original);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            replacement = issued.Number;
        }

        var html = WebUtility.HtmlDecode(await factory.CreatePortalClient().GetStringAsync($"/Xac-thuc/{code}"));
        Assert.Contains("đã được thay thế", html, StringComparison.Ordinal);
        Assert.Contains($"bởi văn bản số {replacement}", html, StringComparison.Ordinal);
    }
}

/// <summary>The check is rate-limited per address like sign-in.</summary>
public sealed class VerificationRateLimitTests(VerificationRateLimitTests.LimitedFactory factory) : IClassFixture<VerificationRateLimitTests.LimitedFactory>
{
    public sealed class LimitedFactory : PortalFactory
    {
        protected override string SeedKind => SeedsAs<PortalFactory>();

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Portal:VerifyPermitsPerMinute", "5");
        }
    }

    [Fact]
    public async Task The_sixth_check_in_a_minute_gets_429_with_the_vietnamese_error_page()
    {
        var anonymous = factory.CreatePortalClient();
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            answers.Add((await anonymous.GetAsync("/Xac-thuc/ABCDEFGHJKMN")).StatusCode);
        }

        Assert.All(answers.Take(5), a => Assert.Equal(HttpStatusCode.NotFound, a));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[5]);
    }
}
