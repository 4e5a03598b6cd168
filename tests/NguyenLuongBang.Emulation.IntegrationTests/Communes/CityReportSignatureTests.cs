using System.Net;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using NguyenLuongBang.Emulation.Web.Data.Seeding;

namespace NguyenLuongBang.Emulation.IntegrationTests.Communes;

/// <summary>The city's report signed by the Ban's head with his own key, then by the Sở Nội vụ's (a portal of its own: it takes the city's first number).</summary>
public sealed class CityReportSignatureTests(CityPortal portal) : IClassFixture<CityPortal>
{
    private static readonly string Officer = DemoData.CityAccount.Email;
    private static readonly string Head = DemoData.CityHeadAccount.Email;

    private async Task<HttpClient> SignedInAsync(string email)
    {
        await portal.EnsureAsync();
        var client = portal.CreatePortalClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email)).StatusCode);
        return client;
    }

    [Fact]
    public async Task The_citys_report_carries_the_heads_own_signature_then_the_Sở_Nội_vụs()
    {
        const string page = "/Thanh-pho/Bao-cao-tong-hop/2029";
        var officer = await SignedInAsync(Officer);
        await officer.PostFormAsync(page, page, CityReportTests.Assessment("Ưu điểm của năm."));
        await officer.PostFormAsync(page, page + "/Trinh-ky", new Dictionary<string, string> { ["reason"] = "Gửi sớm để sơ kết." });
        var head = await SignedInAsync(Head);
        Assert.Equal(HttpStatusCode.Redirect, (await head.PostFormAsync(page, page + "/Ky", [])).StatusCode);

        var blocks = Documents.TwoSignatureTests.SignatureBlocks(Documents.Signatures.PdfSig(await head.GetByteArrayAsync(page + ".pdf")));
        Assert.Equal(2, blocks.Count);
        Assert.All(blocks, b => Assert.Contains("Signature is Valid.", b, StringComparison.Ordinal));
        Assert.Contains($"Common Name: {DemoData.CityHeadAccount.FullName} (DEMO)", blocks[0], StringComparison.Ordinal);
        Assert.Contains($"Common Name: {DemoCertificate.CityName}", blocks[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_citys_administrator_keeps_the_Sở_Nội_vụs_key_and_sees_no_communes()
    {
        var admin = await SignedInAsync(DemoData.CityAdminAccount.Email);
        var page = System.Net.WebUtility.HtmlDecode(await admin.GetStringAsync("/Admin/Signing"));
        Assert.Contains(DemoCertificate.CityName, page, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoCertificate.Name, page, StringComparison.Ordinal);
        var people = System.Net.WebUtility.HtmlDecode(await admin.GetStringAsync("/Admin/Certificates"));
        Assert.Contains(DemoData.CityHeadAccount.FullName, people, StringComparison.Ordinal);
        Assert.DoesNotContain("chutich@nlb.example", people, StringComparison.Ordinal);
    }
}
