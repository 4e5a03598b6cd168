using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;

namespace NguyenLuongBang.Emulation.IntegrationTests.Documents;

/// <summary>Outside Development a numbered document is issued only under the configured public address.</summary>
public sealed class PublicAddressRefusalTests(NoPublicAddressPortalFactory factory) : IClassFixture<NoPublicAddressPortalFactory>
{
    private const string Reason = "chưa được cấu hình địa chỉ công khai (Portal:PublicUrl)";

    [Fact]
    public async Task Production_without_a_public_url_refuses_to_issue_and_says_why_to_the_signer_the_administrator_and_the_log()
    {
        var chairman = factory.CreatePortalClient();
        var refused = await Issuing.ApproveConsolidatedReport2026Async(factory.CreatePortalClient(), chairman);

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains(Reason, WebUtility.HtmlDecode(await chairman.GetStringAsync(refused.Headers.Location!.OriginalString)), StringComparison.Ordinal);
        Assert.Equal(0, await factory.WithDatabaseAsync(db => db.DocumentRegister.CountAsync()));
        Assert.Equal(0, await factory.WithDatabaseAsync(db => db.IssuedDocuments.CountAsync()));

        var admin = factory.CreatePortalClient();
        await admin.SignInAsync("quantri@nlb.example");
        foreach (var page in new[] { "/Admin/Register", "/Admin/Settings" })
        {
            var html = WebUtility.HtmlDecode(await admin.GetStringAsync(page));
            Assert.Contains("id=\"public-address-missing\"", html, StringComparison.Ordinal);
            Assert.Contains(Reason, html, StringComparison.Ordinal);
        }

        // At start-up (the same path the server takes before it listens), in the log.
        var started = await (factory.Process() with
        {
            Settings = new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production" },
        }).RunInProcessAsync("export-report", "--year", "2026", "--format", "xlsx", "--out", Path.Combine(Path.GetDirectoryName(factory.DatabasePath)!, "bao-cao.xlsx"));
        Assert.True(started.ExitCode == 0, started.Output);
        var logged = started.Output;
        Assert.Contains("No document will be issued", logged, StringComparison.Ordinal);
    }
}

/// <summary>With the public address set, documents print it whatever host the issuing request came in on.</summary>
public sealed class PublicAddressLinkTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task With_a_public_url_the_qr_code_and_printed_link_use_it_whatever_the_request_host()
    {
        HttpClient On(string host) => factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(host), AllowAutoRedirect = false, HandleCookies = true });
        var approved = await Issuing.ApproveConsolidatedReport2026Async(On("http://10.0.0.7:8080"), On("https://noi-bo.intranet.example"));
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        var issued = await factory.WithDatabaseAsync(db => db.IssuedDocuments.Where(d => d.Kind == IssuedDocumentKind.ConsolidatedReport && d.Registration!.Year == 2026)
            .Select(d => new { d.Id, d.Model, d.VerificationCode }).SingleAsync());
        var expected = $"{PortalFactory.PublicUrl}/Xac-thuc/{issued.VerificationCode}";

        // The QR code is drawn from this address; the footer prints it.
        Assert.Equal(expected, DocumentIssuer.ReadDocument(issued.Model)!.Verification!.Url);
        var text = string.Join(' ', UglyToad.PdfPig.PdfDocument.Open(await Issuing.StoredPdfAsync(factory, issued.Id)).GetPages().Select(p => p.Text));
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain("intranet", text, StringComparison.Ordinal);
        Assert.DoesNotContain("localhost", text, StringComparison.Ordinal);

        // So are the demo's documents, issued at seeding without any request.
        var seeded = await factory.WithDatabaseAsync(db => db.IssuedDocuments.Where(d => d.Kind == IssuedDocumentKind.AwardDecision).Select(d => d.Model).FirstAsync());
        Assert.StartsWith(PortalFactory.PublicUrl + "/Xac-thuc/", DocumentIssuer.ReadDocument(seeded)!.Verification!.Url, StringComparison.Ordinal);
    }
}

/// <summary>A developer's portal prints its configured local address too, not the host a request came in on.</summary>
public sealed class PublicAddressDevelopmentTests(DevelopmentPortalFactory factory) : IClassFixture<DevelopmentPortalFactory>
{
    [Fact]
    public async Task In_Development_documents_use_the_development_address_not_the_request_host()
    {
        HttpClient On(string host) => factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(host), AllowAutoRedirect = false, HandleCookies = true });
        var approved = await Issuing.ApproveConsolidatedReport2026Async(On("http://10.0.0.7:8080"), On("http://10.0.0.7:8080"));
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        var issued = await factory.WithDatabaseAsync(db => db.IssuedDocuments.Where(d => d.Kind == IssuedDocumentKind.ConsolidatedReport && d.Registration!.Year == 2026)
            .Select(d => new { d.Model, d.VerificationCode }).SingleAsync());
        Assert.Equal($"{PublicAddress.DevelopmentDefault}/Xac-thuc/{issued.VerificationCode}", DocumentIssuer.ReadDocument(issued.Model)!.Verification!.Url);
    }
}
