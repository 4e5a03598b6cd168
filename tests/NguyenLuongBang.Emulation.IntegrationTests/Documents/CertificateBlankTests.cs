using System.Net;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using UglyToad.PdfPig;

namespace NguyenLuongBang.Emulation.IntegrationTests.Documents;

/// <summary>Printing onto the commune's pre-printed Giấy khen: the variable fields only, where the administrator put them.</summary>
public class CertificateBlankTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const double Mm = 72 / 25.4;

    [Fact]
    public async Task The_administrator_sets_where_the_name_goes_checks_it_on_a_test_page_and_certificates_print_there_without_the_fixed_text()
    {
        var admin = factory.CreatePortalClient();
        await admin.SignInAsync("quantri@nlb.example");
        var settings = await admin.GetStringAsync("/Admin/Settings");
        Assert.Contains("/Admin/Settings/BlankAlignment.pdf", settings);

        var refused = await admin.PostFormAsync("/Admin/Settings", "/Admin/Settings/Save", new Dictionary<string, string> { ["key"] = "Certificates.Blank.Awardee", ["value"] = "400; 88" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("ngang từ 0 đến 297", await refused.Content.ReadAsStringAsync());
        var saved = await admin.PostFormAsync("/Admin/Settings", "/Admin/Settings/Save", new Dictionary<string, string> { ["key"] = "Certificates.Blank.Awardee", ["value"] = "150; 100,5" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using (var test = PdfDocument.Open(await admin.GetByteArrayAsync("/Admin/Settings/BlankAlignment.pdf")))
        {
            var page = test.GetPage(1);
            Assert.True(page.Width > page.Height);
            Assert.Contains("Họ tên / tên tập thể (150; 100,5 mm)", string.Join(" ", page.GetWords().Select(w => w.Text)));
        }

        var chairman = factory.CreatePortalClient();
        await chairman.SignInAsync("chutich@nlb.example");
        var decision = await factory.WithDatabaseAsync(db => db.AwardDecisions.Where(d => d.RoundYear == 2025).Select(d => d.Id).SingleAsync());
        Assert.Contains($"/Awards/2025/Decision/{decision}/Blanks.pdf", await chairman.GetStringAsync("/Awards/2025"));
        using var blanks = PdfDocument.Open(await chairman.GetByteArrayAsync($"/Awards/2025/Decision/{decision}/Blanks.pdf"));
        var first = blanks.GetPage(1);
        var words = first.GetWords().ToList();
        var text = string.Join(" ", words.Select(w => w.Text));
        Assert.DoesNotContain("GIẤY KHEN", text);
        Assert.DoesNotContain("CỘNG HÒA", text);
        Assert.Contains("Số vào sổ: 118/GK-UBND", text);

        // The name (with Ông/Bà) is centred on 150 mm across, its top at 100,5 mm down.
        var name = words.Where(w => w.Letters[0].PointSize > 20).ToList();
        Assert.NotEmpty(name);
        Assert.InRange((name.Min(w => w.BoundingBox.Left) + name.Max(w => w.BoundingBox.Right)) / 2 / Mm, 148, 152);
        Assert.InRange((first.Height - name.Max(w => w.BoundingBox.Top)) / Mm, 99, 106);

        // A collective is named as it is; a person with Ông or Bà.
        var names = blanks.GetPages().Select(p => string.Join(" ", p.GetWords().Where(w => w.Letters[0].PointSize > 20).Select(w => w.Text))).ToList();
        Assert.Equal(4, names.Count);
        Assert.Equal("Tổ công nghệ số cộng đồng thôn Đông", names[0]);
        Assert.All(names.Skip(1), n => Assert.Matches("^(Ông|Bà) ", n));
        Assert.Contains("Bà Nguyễn Thị Hằng", names);
    }
}
