using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;

namespace NguyenLuongBang.Emulation.IntegrationTests.Reports;

public class EvidenceUploadTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<(HttpClient Client, int ReportId)> UnitAsync()
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync(await factory.UnitLikeAsync("tieuhoc@nlb.example"));
        return (client, await client.StartAsync(2026));
    }

    private static async Task<(HttpResponseMessage Response, string Page)> UploadAsync(HttpClient client, int id, byte[] content, string fileName)
    {
        var token = await client.AntiforgeryTokenAsync($"/Reports/Edit/{id}");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(content), "file", fileName },
        };
        var response = await client.PostAsync($"/Reports/{id}/Upload", form);
        var page = response.StatusCode == HttpStatusCode.Redirect ? await client.GetStringAsync($"/Reports/Edit/{id}") : string.Empty;
        return (response, page);
    }

    private Task<int> CountAsync(int id) =>
        factory.WithDatabaseAsync(db => db.AnnualReports.Where(r => r.Id == id).SelectMany(r => r.Attachments).CountAsync());

    [Theory]
    [InlineData("bien-ban.pdf")]
    [InlineData("anh.png")]
    [InlineData("bao-cao.docx")]
    public async Task Real_files_are_accepted_and_stored_with_their_hash(string name)
    {
        var (client, id) = await UnitAsync();
        var content = name.EndsWith(".pdf", StringComparison.Ordinal) ? EvidenceSamples.Pdf : name.EndsWith(".png", StringComparison.Ordinal) ? EvidenceSamples.Png : EvidenceSamples.Docx;

        var (response, page) = await UploadAsync(client, id, content, name);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains($"Đã tải lên tệp minh chứng &quot;{name}&quot;", page);
        var stored = await factory.WithDatabaseAsync(db => db.StoredFiles.OrderByDescending(f => f.Id).FirstAsync());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), stored.Sha256);
        Assert.Equal(content, stored.Content);
    }

    [Fact]
    public async Task A_file_name_that_reads_backwards_is_stored_as_it_really_is()
    {
        var (client, id) = await UnitAsync();

        // U+202E turns "gnp.exe.pdf" into what shows as "fdp.exe.png"; a decomposed "Biên" is the same word.
        var (response, _) = await UploadAsync(client, id, EvidenceSamples.Pdf, "\u202Egnp.exe.pdf");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("gnp.exe.pdf", await factory.WithDatabaseAsync(db => db.StoredFiles.OrderByDescending(f => f.Id).Select(f => f.FileName).FirstAsync()));

        (response, _) = await UploadAsync(client, id, EvidenceSamples.Pdf, "Bie\u0302n ba\u0309n\u200B.pdf");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Biên bản.pdf", await factory.WithDatabaseAsync(db => db.StoredFiles.OrderByDescending(f => f.Id).Select(f => f.FileName).FirstAsync()));
    }

    [Theory]
    [InlineData("virus.pdf", "exe")]
    [InlineData("hop-dong.docx", "zip")]
    [InlineData("chay.exe", "exe")]
    [InlineData("anh.png", "pdf")]
    public async Task Files_that_lie_about_their_type_are_refused_and_nothing_is_stored(string name, string actual)
    {
        var (client, id) = await UnitAsync();
        var before = await CountAsync(id);
        var files = await factory.WithDatabaseAsync(db => db.StoredFiles.CountAsync());
        var content = actual switch { "exe" => EvidenceSamples.Exe, "zip" => EvidenceSamples.PlainZip, _ => EvidenceSamples.Pdf };

        var (_, page) = await UploadAsync(client, id, content, name);

        Assert.True(page.Contains("không đúng định dạng", StringComparison.Ordinal) || page.Contains("Chỉ nhận tệp PDF", StringComparison.Ordinal));
        Assert.Equal(before, await CountAsync(id));
        Assert.Equal(files, await factory.WithDatabaseAsync(db => db.StoredFiles.CountAsync()));
    }

    [Fact]
    public async Task File_over_the_limit_is_refused_with_a_clear_message()
    {
        var (client, id) = await UnitAsync();
        var before = await CountAsync(id);

        var (_, page) = await UploadAsync(client, id, EvidenceSamples.Large(10), "qua-lon.pdf");

        Assert.Contains("lớn hơn 10 MB cho phép", page);
        Assert.Equal(before, await CountAsync(id));
    }

    [Fact]
    public async Task Request_beyond_what_the_server_reads_gets_413()
    {
        var (client, id) = await UnitAsync();

        var (response, _) = await UploadAsync(client, id, EvidenceSamples.Large(65), "khong-lo.pdf");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Download_gives_the_file_back_with_a_safe_name()
    {
        var (client, id) = await UnitAsync();
        await UploadAsync(client, id, EvidenceSamples.Pdf, "../../Biên bản:họp.pdf");
        var attachment = await factory.WithDatabaseAsync(db => db.AnnualReports.Where(r => r.Id == id).SelectMany(r => r.Attachments).OrderByDescending(a => a.Id).Select(a => a.Id).FirstAsync());

        var response = await client.GetAsync($"/Reports/{id}/File?attachmentId={attachment}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Biên bảnhọp.pdf", response.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal(EvidenceSamples.Pdf, await response.Content.ReadAsByteArrayAsync());
    }
}
