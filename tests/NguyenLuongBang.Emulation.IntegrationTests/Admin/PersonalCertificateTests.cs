using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.IntegrationTests.Documents;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;

namespace NguyenLuongBang.Emulation.IntegrationTests.Admin;

/// <summary>The administrator binds a person's own certificate to their account; two communes, each seeing only its own accounts.</summary>
public sealed class PersonalCertificateTests(TwoCommuneDemoPortalFactory portal) : IClassFixture<TwoCommuneDemoPortalFactory>
{
    private static readonly DateTimeOffset From = PortalFactory.Start.AddDays(-1);

    private Task<string> AccountIdAsync(string email) =>
        portal.WithDatabaseAsync(db => db.Users.IgnoreQueryFilters().Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    [Fact]
    public async Task CertificateBinding_AsAnotherRoleOrAnonymous_IsRefused()
    {
        var chairman = portal.CreatePortalClient();
        await chairman.SignInAsync("chutich@nlb.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await chairman.GetAsync("/Admin/Certificates")).StatusCode);
        var account = await AccountIdAsync("chutich@nlb.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await chairman.GetAsync($"/Admin/Certificates/{account}")).StatusCode);

        var anonymous = await portal.CreatePortalClient().GetAsync("/Admin/Certificates");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/Account/Login", anonymous.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CertificateBinding_ForAnotherCommunesAccount_AnswersNotFoundAndWritesNothing()
    {
        var admin = portal.CreatePortalClient();
        await admin.SignInAsync("quantri@nlb.example");
        var theirs = await AccountIdAsync("quantri@hongbang.example");
        using var certificate = Signatures.Certificate("Phạm Thị Quyên", From, From.AddYears(1));

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/Admin/Certificates/{theirs}")).StatusCode);
        var bind = await admin.PostFileAsync("/Admin/Certificates", $"/Admin/Certificates/{theirs}/Bind", certificate.Export(X509ContentType.Cert), "quyen.cer");
        Assert.Equal(HttpStatusCode.NotFound, bind.StatusCode);
        Assert.DoesNotContain("Phạm Thị Quyên", WebUtility.HtmlDecode(await admin.GetStringAsync("/Admin/Certificates")), StringComparison.Ordinal);
        Assert.Equal(0, await portal.WithDatabaseAsync(db => db.PersonalCertificates.IgnoreQueryFilters().CountAsync(c => c.AccountId == theirs)));
    }

    [Fact]
    public async Task CertificateBinding_TakesDerOrPem_RefusesKeysAndPkcs12_RemovesOne_AndAuditsEach()
    {
        var admin = portal.CreatePortalClient();
        await admin.SignInAsync("quantri@nlb.example");
        var account = await AccountIdAsync("chutich@nlb.example");
        var page = $"/Admin/Certificates/{account}";
        using var first = Signatures.Certificate("Đoàn Văn Cát", From, From.AddYears(1));
        using var second = Signatures.Certificate("Đoàn Văn Cát (gia hạn)", From, From.AddYears(2));

        var refusals = new (byte[] File, string Name, string Reason)[]
        {
            (first.Export(X509ContentType.Pkcs12, "x"), "cat.p12", "không phải chứng thư số X.509"),
            (Encoding.ASCII.GetBytes(first.ExportCertificatePem() + "\n" + first.GetRSAPrivateKey()!.ExportPkcs8PrivateKeyPem()), "cat.pem", "có chứa khóa bí mật"),
            ("không phải chứng thư"u8.ToArray(), "cat.cer", "không phải chứng thư số X.509"),
            (new byte[40 * 1024], "cat.cer", "tối đa 32 KB"),
        };
        foreach (var (file, name, reason) in refusals)
        {
            var refused = await admin.PostFileAsync(page, page + "/Bind", file, name);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Contains(reason, WebUtility.HtmlDecode(await admin.GetStringAsync(refused.Headers.Location!.OriginalString)), StringComparison.Ordinal);
        }

        Assert.Equal(0, await portal.WithDatabaseAsync(db => db.PersonalCertificates.CountAsync(c => c.AccountId == account)));

        // DER and PEM, each read by its content; the same one twice is bound once.
        await admin.PostFileAsync(page, page + "/Bind", first.Export(X509ContentType.Cert), "cat.cer");
        await admin.PostFileAsync(page, page + "/Bind", first.Export(X509ContentType.Cert), "cat.cer");
        await admin.PostFileAsync(page, page + "/Bind", Encoding.ASCII.GetBytes(second.ExportCertificatePem()), "cat-moi.crt");
        var shown = WebUtility.HtmlDecode(await admin.GetStringAsync(page));
        Assert.Contains("CN=Đoàn Văn Cát, O=Đoàn Văn Cát, C=VN", shown, StringComparison.Ordinal);
        Assert.Contains("CN=Đoàn Văn Cát (gia hạn)", shown, StringComparison.Ordinal);
        Assert.Equal(2, await portal.WithDatabaseAsync(db => db.PersonalCertificates.CountAsync(c => c.AccountId == account && c.RemovedAt == null)));

        var firstId = await portal.WithDatabaseAsync(db => db.PersonalCertificates.Where(c => c.AccountId == account).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var removed = await admin.PostFormAsync(page, $"{page}/Remove/{firstId}", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Contains("Đã gỡ chứng thư số", WebUtility.HtmlDecode(await admin.GetStringAsync(removed.Headers.Location!.OriginalString)), StringComparison.Ordinal);
        Assert.Equal(1, await portal.WithDatabaseAsync(db => db.PersonalCertificates.CountAsync(c => c.AccountId == account && c.RemovedAt == null)));

        Assert.Equal(2, await portal.WithDatabaseAsync(db => db.AuditEntries.CountAsync(a => a.Action == "Gắn chứng thư số cá nhân")));
        Assert.Equal(1, await portal.WithDatabaseAsync(db => db.AuditEntries.CountAsync(a => a.Action == "Gỡ chứng thư số cá nhân")));
        Assert.Contains("/Admin/Certificates", await admin.GetStringAsync("/Admin/Users"), StringComparison.Ordinal);
    }
}
