using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using NguyenLuongBang.Emulation.UnitTests.Documents;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;

namespace NguyenLuongBang.Emulation.IntegrationTests.Documents;

/// <summary>The demo with the 2026 consolidated report issued (signed by the demo organisation's certificate) and an account for the person it names.</summary>
public sealed class SignedCopyPortal : PortalFactory
{
    protected override string SeedKind => SeedsAs<PortalFactory>();

    private readonly SemaphoreSlim _once = new(1, 1);
    private (int Id, byte[] Issued, string Signer, string AccountId)? _issued;

    public async Task<(int Id, byte[] Issued, string Signer, string AccountId)> IssuedAsync()
    {
        await _once.WaitAsync();
        try
        {
            if (_issued is null)
            {
                // The chairman signs on his own token, outside the portal: no key of his is installed in it.
                await Issuing.RemovePersonalKeysAsync(this);
                var id = await Issuing.ConsolidatedReport2026Async(this);
                var signer = await WithDatabaseAsync(db => db.IssuedDocuments.Where(d => d.Id == id).Select(d => d.SignerName).SingleAsync());

                // The person the report names is the account that signed it, in the office it holds.
                var account = await WithDatabaseAsync(db => db.Users.Where(u => u.FullName == signer && u.SigningOffice != null).Select(u => u.Id).SingleAsync());
                _issued = (id, await Issuing.StoredPdfAsync(this, id), signer, account);
            }

            return _issued.Value;
        }
        finally
        {
            _once.Release();
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _once.Dispose();
        }
    }
}

/// <summary>A copy of an issued document signed elsewhere, uploaded by the administrator as its official copy.</summary>
public sealed class SignedCopyTests(SignedCopyPortal portal) : IClassFixture<SignedCopyPortal>
{
    private static readonly DateTimeOffset From = PortalFactory.Start.AddDays(-1);
    private static readonly DateTimeOffset Until = PortalFactory.Start.AddYears(2);

    private async Task<HttpClient> AdminAsync()
    {
        var admin = portal.CreatePortalClient();
        await admin.SignInAsync("quantri@nlb.example");
        return admin;
    }

    /// <summary>Uploads a copy; returns the register page it lands on, and checks nothing was written when refused.</summary>
    private async Task<string> UploadAsync(HttpClient admin, int id, byte[] file, bool refused = true)
    {
        var audit = await portal.WithDatabaseAsync(db => db.AuditEntries.CountAsync());
        var files = await portal.WithDatabaseAsync(db => db.StoredFiles.CountAsync());
        var copies = await portal.WithDatabaseAsync(db => db.Set<IssuedFile>().CountAsync(f => f.Format == IssuedFileFormat.SignedPdf));
        var response = await admin.PostFileAsync("/Admin/Register?year=2026", $"/Admin/Register/SignedCopy/{id}", file, "da-ky.pdf");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync(response.Headers.Location!.OriginalString));
        if (refused)
        {
            Assert.Contains("Không nhận tệp đã ký", page, StringComparison.Ordinal);
            Assert.Equal(files, await portal.WithDatabaseAsync(db => db.StoredFiles.CountAsync()));
            Assert.Equal(audit, await portal.WithDatabaseAsync(db => db.AuditEntries.CountAsync()));
            Assert.Equal(copies, await portal.WithDatabaseAsync(db => db.Set<IssuedFile>().CountAsync(f => f.Format == IssuedFileFormat.SignedPdf)));
        }

        return page;
    }

    private static async Task BindAsync(HttpClient admin, string accountId, X509Certificate2 certificate)
    {
        var pem = certificate.ExportCertificatePem();
        var bound = await admin.PostFileAsync($"/Admin/Certificates/{accountId}", $"/Admin/Certificates/{accountId}/Bind", System.Text.Encoding.ASCII.GetBytes(pem), "chu-tich.crt");
        Assert.Equal(HttpStatusCode.Redirect, bound.StatusCode);
    }

    [Fact]
    public async Task SignedCopy_WithPageContentChangedAndABareCmsObject_IsRefused()
    {
        var (id, issued, _, _) = await portal.IssuedAsync();
        using var selfMade = Signatures.Certificate("Nguyễn Văn Hải", From, Until);

        // The finding: an update that paints over page 1, and a CMS signed by a self-made "Nguyễn Văn Hải" in no signature field.
        var forged = SamplePdfs.BareCms(SamplePdfs.PaintOverFirstPage(issued), selfMade);
        var page = await UploadAsync(await AdminAsync(), id, forged);

        Assert.Contains("Lần ghi thêm thứ 1 sửa nội dung trang 1", page, StringComparison.Ordinal);

        // The bare CMS alone, the page untouched: refused for what it is.
        page = await UploadAsync(await AdminAsync(), id, SamplePdfs.BareCms(issued, selfMade));
        Assert.Contains("không nằm trong ô chữ ký nào", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignedCopy_WithASignatureByACertificateNotBoundToTheNamedSigner_IsRefused()
    {
        var (id, issued, signer, _) = await portal.IssuedAsync();
        using var selfMade = Signatures.Certificate(signer, From, Until);

        var page = await UploadAsync(await AdminAsync(), id, SamplePdfs.Sign(issued, selfMade));

        Assert.Contains($"«CN={signer}, O={signer}, C=VN» không phải của người ký văn bản", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignedCopy_Unchanged_IsRefused()
    {
        var (id, issued, _, _) = await portal.IssuedAsync();

        var page = await UploadAsync(await AdminAsync(), id, issued);

        Assert.Contains("Tệp tải lên trùng với văn bản đã ban hành, chưa có chữ ký số mới", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppendedSignature_OnAPortalIssuedFile_PdfsigFindsEverySignatureValid()
    {
        var (_, issued, signer, _) = await portal.IssuedAsync();
        using var person = Signatures.Certificate(signer, From, Until);

        var report = Signatures.PdfSig(SamplePdfs.Sign(issued, person, SamplePdfs.Png(120, 60)));

        // The organisation's signature (over the issued file) and the person's (over all of it).
        Assert.Contains("Signature #2", report, StringComparison.Ordinal);
        Assert.Equal(2, report.Split("Signature is Valid").Length - 1);
        Assert.Contains("Total document signed", report, StringComparison.Ordinal);

        // A second signature appended on top (person, then organisation): all three still valid.
        using var organisation = Signatures.Certificate("UBND xã Nguyễn Lương Bằng", From, Until);
        var twice = Signatures.PdfSig(SamplePdfs.Sign(SamplePdfs.Sign(issued, person, SamplePdfs.Png(120, 60)), organisation, page: 0));
        Assert.Equal(3, twice.Split("Signature is Valid").Length - 1);
        Assert.DoesNotContain("Invalid", twice, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SignedCopy_ByTheNamedSignersBoundCertificate_IsAcceptedAndServedAsTheOfficialCopy()
    {
        var (id, issued, signer, account) = await portal.IssuedAsync();
        var admin = await AdminAsync();
        using var person = Signatures.Certificate(signer, From, Until);
        await BindAsync(admin, account, person);
        var signed = SamplePdfs.Sign(issued, person, SamplePdfs.Png(120, 60));

        var page = await UploadAsync(admin, id, signed, refused: false);

        Assert.Contains("từ nay đây là bản chính thức", page, StringComparison.Ordinal);
        Assert.Equal(signed, await Issuing.StoredPdfAsync(portal, id, IssuedFileFormat.SignedPdf));
        var reviewer = portal.CreatePortalClient();
        await reviewer.SignInAsync("chuyenvien@nlb.example");
        Assert.Equal(signed, await reviewer.GetByteArrayAsync("/Consolidation/2026/Pdf"));
        var code = await portal.WithDatabaseAsync(db => db.IssuedDocuments.Where(d => d.Id == id).Select(d => d.VerificationCode).SingleAsync());
        var publicPage = WebUtility.HtmlDecode(await portal.CreatePortalClient().GetStringAsync($"/Xac-thuc/{code}"));
        Assert.Contains(DocumentIssuer.Sha256(signed), publicPage, StringComparison.Ordinal);
        Assert.Contains("bản đã ký số ngoài cổng", publicPage, StringComparison.Ordinal);

        // The issued copy is kept; twenty posts of the same copy at once add nothing more.
        Assert.Equal(issued, await Issuing.StoredPdfAsync(portal, id));
        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => admin.PostFileAsync("/Admin/Register?year=2026", $"/Admin/Register/SignedCopy/{id}", signed, "da-ky.pdf")));
        Assert.Equal(1, await portal.WithDatabaseAsync(db => db.Set<IssuedFile>().CountAsync(f => f.Format == IssuedFileFormat.SignedPdf && f.IssuedDocumentId == id)));
        Assert.Equal(1, await portal.WithDatabaseAsync(db => db.AuditEntries.CountAsync(a => a.Action == "Nộp bản đã ký số")));
    }
}
