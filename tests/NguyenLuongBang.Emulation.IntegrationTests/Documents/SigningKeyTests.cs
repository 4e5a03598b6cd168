using System.Net;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using NguyenLuongBang.Emulation.Web.Data.Seeding;
using NguyenLuongBang.Emulation.Web.Documents.Incremental;

namespace NguyenLuongBang.Emulation.IntegrationTests.Documents;

/// <summary>
/// The administrator installs a person's own key with their signature image, and the organisation's
/// seal; both are checked by content and refused with the reason; what is installed signs what that
/// person issues next.
/// </summary>
public sealed class SigningKeyTests(SigningPortalFactory factory) : IClassFixture<SigningPortalFactory>
{
    private static readonly DateTimeOffset Now = PortalFactory.Start;

    private static async Task<HttpResponseMessage> PostKeyAsync(HttpClient admin, string accountId, byte[] key, byte[]? image)
    {
        var page = $"/Admin/Certificates/{accountId}";
        var token = await admin.AntiforgeryTokenAsync(page);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(key), "file", "khoa.p12" },
        };
        if (image is not null)
        {
            content.Add(new ByteArrayContent(image), "image", "chu-ky.png");
        }

        return await admin.PostAsync(page + "/Key", content);
    }

    [Fact]
    public async Task A_persons_key_and_image_are_checked_installed_audited_and_sign_what_that_person_issues_next()
    {
        var admin = factory.CreatePortalClient();
        await admin.SignInAsync("quantri@nlb.example");
        var chairman = await factory.WithDatabaseAsync(db => db.Users.Where(u => u.Email == "chutich@nlb.example").Select(u => new { u.Id, u.FullName }).SingleAsync());
        var page = $"/Admin/Certificates/{chairman.Id}";
        var key = Signatures.Pkcs12(chairman.FullName + " (USB ký số)", Now.AddDays(-10), Now.AddYears(2));
        var before = await factory.WithDatabaseAsync(db => db.SigningCertificates.CountAsync());

        var refusals = new (byte[] Key, byte[]? Image, string Reason)[]
        {
            (key, null, "PNG"),
            (key, "không phải ảnh"u8.ToArray(), "không đọc được"),
            (key, DemoSigningImages.Seal("Con dấu"), "màu xanh"),
            (key, PngWriter.Rgba(2, 1, [20, 50, 160, 255, 20, 50, 160, 255]), "nền trong suốt"),
            (Signatures.Pkcs12("Hết hạn", Now.AddYears(-3), Now.AddDays(-1)), DemoSigningImages.Signature(chairman.FullName), "đã hết hạn"),
        };
        foreach (var (file, image, reason) in refusals)
        {
            var refused = await PostKeyAsync(admin, chairman.Id, file, image);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Contains(reason, WebUtility.HtmlDecode(await admin.GetStringAsync(page)), StringComparison.Ordinal);
        }

        Assert.Equal(before, await factory.WithDatabaseAsync(db => db.SigningCertificates.CountAsync()));

        // Installed: it replaces the demo key, is audited, and the page shows it.
        Assert.Equal(HttpStatusCode.Redirect, (await PostKeyAsync(admin, chairman.Id, key, DemoSigningImages.Signature(chairman.FullName))).StatusCode);
        var shown = WebUtility.HtmlDecode(await admin.GetStringAsync(page));
        Assert.Contains("USB ký số", shown, StringComparison.Ordinal);
        Assert.Equal(1, await factory.WithDatabaseAsync(db => db.SigningCertificates.CountAsync(c => c.AccountId == chairman.Id && c.RemovedAt == null)));
        Assert.Equal(1, await factory.WithDatabaseAsync(db => db.AuditEntries.CountAsync(a => a.Action == "Cài khóa ký số cá nhân")));

        // The seal: a blue one and one of the wrong size are refused; a red one at 35 mm is taken.
        foreach (var (wrong, reason) in new[] { (DemoSigningImages.Signature("Xanh"), "màu đỏ"), (Resized(DemoSigningImages.Seal("Nhỏ"), 100), "kích thước thật") })
        {
            var refused = await admin.PostFileAsync("/Admin/Signing", "/Admin/Signing/Seal", wrong, "dau.png");
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Contains(reason, WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        var seal35 = DemoSigningImages.Seal("UBND xã Nguyễn Lương Bằng");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFileAsync("/Admin/Signing", "/Admin/Signing/Seal", seal35, "dau.png")).StatusCode);
        Assert.Equal(1, await factory.WithDatabaseAsync(db => db.AuditEntries.CountAsync(a => a.Action == "Đặt ảnh con dấu cho chữ ký số của cơ quan")));

        // What he issues next carries his installed key first, then the organisation's with that seal.
        var id = await Issuing.ConsolidatedReport2026Async(factory);
        var pdf = await Issuing.StoredPdfAsync(factory, id);
        var blocks = TwoSignatureTests.SignatureBlocks(Signatures.PdfSig(pdf));
        Assert.Equal(2, blocks.Count);
        Assert.Contains("Common Name: " + chairman.FullName + " (USB ký số)", blocks[0], StringComparison.Ordinal);
        Assert.Contains("Common Name: " + DemoCertificate.Name, blocks[1], StringComparison.Ordinal);
        Assert.All(blocks, b => Assert.Contains("Signature is Valid.", b, StringComparison.Ordinal));
        var seal = Assert.Single(TwoSignatureTests.SignatureMarks(pdf)[1].Images);
        Assert.InRange(seal.Width, (35 * 72 / 25.4) - 0.5, (35 * 72 / 25.4) + 0.5);
    }

    /// <summary>The image cut down to its top-left square of <paramref name="size"/> pixels (a seal too small for its real size).</summary>
    private static byte[] Resized(byte[] png, int size)
    {
        var pixels = PngPixels.Decode(png);
        var rgba = new byte[size * size * 4];
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                var from = (y * pixels.Width) + x + ((pixels.Height - size) / 2 * pixels.Width) + ((pixels.Width - size) / 2);
                var to = ((y * size) + x) * 4;
                rgba[to] = pixels.Rgb[from * 3];
                rgba[to + 1] = pixels.Rgb[(from * 3) + 1];
                rgba[to + 2] = pixels.Rgb[(from * 3) + 2];
                rgba[to + 3] = pixels.Alpha![from];
            }
        }

        return PngWriter.Rgba(size, size, rgba);
    }
}
