using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;

namespace NguyenLuongBang.Emulation.IntegrationTests.Admin;

/// <summary>"Vào sổ văn bản đã ký giấy": a document signed on paper enters the register afterwards, in its order, shown as such.</summary>
public class PaperRecordTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly byte[] Scan = "%PDF-1.4\n% bản quét\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"u8.ToArray();

    private async Task<HttpClient> AdminAsync()
    {
        var admin = factory.CreatePortalClient();
        await admin.SignInAsync("quantri@nlb.example");
        return admin;
    }

    private static async Task<HttpResponseMessage> RecordAsync(HttpClient admin, Dictionary<string, string> fields, byte[] file, string fileName = "scan.pdf")
    {
        var token = await admin.AntiforgeryTokenAsync("/Admin/Register/Paper");
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        content.Add(new StringContent(token), "__RequestVerificationToken");
        content.Add(new ByteArrayContent(file), "file", fileName);
        return await admin.PostAsync("/Admin/Register/Paper", content);
    }

    private static Dictionary<string, string> Fields(string date, string number = "") => new()
    {
        ["Register"] = "UBND|QĐ", ["Number"] = number, ["IssuedOn"] = date,
        ["Title"] = "Quyết định kiện toàn Hội đồng Thi đua - Khen thưởng xã", ["SignerName"] = "Nguyễn Văn Hải",
    };

    private Task<int> CountAsync() => factory.WithDatabaseAsync(db => db.DocumentRegister.CountAsync());

    private static string Day(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_paper_signed_decision_enters_the_register_in_order_and_the_public_page_says_it_was_signed_on_paper()
    {
        var admin = await AdminAsync();
        var today = VietnamTime.Today(factory.Clock);
        var before = await CountAsync();

        var recorded = await RecordAsync(admin, Fields(Day(today.AddDays(-2))), Scan);

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Equal(before + 1, await CountAsync());
        var document = await factory.WithDatabaseAsync(db => db.IssuedDocuments.Include(d => d.Files).ThenInclude(f => f.StoredFile).SingleAsync(d => d.Kind == IssuedDocumentKind.SignedOnPaper));
        Assert.Equal(today.AddDays(-2), document.IssuedOn);
        Assert.Equal("Nguyễn Văn Hải", document.SignerName);
        Assert.True(Scan.AsSpan().SequenceEqual(document.Files.Single().StoredFile!.Content));
        Assert.True(await factory.WithDatabaseAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "Vào sổ văn bản đã ký giấy" && a.EntityId == document.Number)));
        var check = WebUtility.HtmlDecode(await factory.CreateClient().GetStringAsync($"/Xac-thuc/{document.VerificationCode}"));
        Assert.Contains("ký trên giấy", check, StringComparison.Ordinal);
        Assert.Contains(document.Number, check, StringComparison.Ordinal);

        // A later paper document dated before it breaks the register's order: refused, what was typed kept, nothing taken.
        var count = await CountAsync();
        var early = await RecordAsync(admin, Fields(Day(today.AddDays(-5))), "%PDF-1.4\n% một bản quét khác\n%%EOF\n"u8.ToArray());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        var html = WebUtility.HtmlDecode(await early.Content.ReadAsStringAsync());
        Assert.Contains("văn bản số sau không thể ghi ngày", html, StringComparison.Ordinal);
        Assert.Contains("Quyết định kiện toàn Hội đồng Thi đua - Khen thưởng xã", html, StringComparison.Ordinal);
        Assert.Equal(count, await CountAsync());
    }

    [Fact]
    public async Task Twenty_simultaneous_posts_of_one_scan_enter_it_once_and_none_answers_a_fault()
    {
        var admin = await AdminAsync();
        var scan = "%PDF-1.4\n% quyết định ký giấy, gửi hai mươi lần\n%%EOF\n"u8.ToArray();
        var fields = Fields(Day(VietnamTime.Today(factory.Clock)));
        fields["Register"] = "UBND|BC";
        var before = await CountAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => RecordAsync(admin, fields, scan)));

        Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.UnprocessableEntity, $"answered {(int)a.StatusCode}"));
        Assert.Equal(before + 1, await CountAsync());
        var again = await RecordAsync(admin, fields, scan);
        Assert.Contains("Bản quét này đã được vào sổ", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Twenty_simultaneous_settings_of_a_registers_next_number_make_one_row()
    {
        var admin = await AdminAsync();
        var token = await admin.AntiforgeryTokenAsync("/Admin/Register/Next?year=2027");

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => admin.PostAsync("/Admin/Register/Next", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["year"] = "2027", ["issuer"] = "UBND", ["typeCode"] = "TTr", ["next"] = (50 + i).ToString(CultureInfo.InvariantCulture), ["__RequestVerificationToken"] = token,
        }))));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Redirect, a.StatusCode));
        Assert.Equal(1, await factory.WithDatabaseAsync(db => db.RegisterStarts.CountAsync(r => r.Year == 2027 && r.TypeCode == "TTr")));
    }

    [Theory]
    [InlineData("31/02/2026", "Ngày ký ghi trên văn bản chưa đúng")]
    [InlineData("01/01/2099", "sau hôm nay")]
    [InlineData("01/01/1900", "Chỉ vào sổ văn bản ký trong năm")]
    public async Task A_date_that_is_not_a_date_or_is_after_today_is_refused_and_nothing_is_taken(string date, string message)
    {
        var admin = await AdminAsync();
        var before = await CountAsync();

        var refused = await RecordAsync(admin, Fields(date), Scan);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_scan_that_is_not_a_pdf_is_refused()
    {
        var admin = await AdminAsync();
        var before = await CountAsync();

        var refused = await RecordAsync(admin, Fields(Day(VietnamTime.Today(factory.Clock))), "GIF89a not a pdf"u8.ToArray(), "scan.gif");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("tệp PDF", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }
}
