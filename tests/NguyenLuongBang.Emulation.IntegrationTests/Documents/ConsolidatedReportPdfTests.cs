using System.Net;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using UglyToad.PdfPig;

namespace NguyenLuongBang.Emulation.IntegrationTests.Documents;

public class ConsolidatedReportPdfTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Reviewer_downloads_the_2025_consolidated_report_as_an_A4_PDF_with_every_section_and_unit()
    {
        var reviewer = factory.CreatePortalClient();
        await reviewer.SignInAsync("chuyenvien@nlb.example");

        var response = await reviewer.GetAsync("/Consolidation/2025/Pdf");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (Environment.GetEnvironmentVariable("NLB_KEEP_PDF") is { Length: > 0 } keep)
        {
            await File.WriteAllBytesAsync(keep, bytes);
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        using var pdf = PdfDocument.Open(bytes);
        Assert.All(pdf.GetPages(), p => Assert.Equal((595, 842), ((int)Math.Round(p.Width), (int)Math.Round(p.Height))));
        var text = string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        foreach (var expected in new[] { "ỦY BAN NHÂN DÂN", "NGUYỄN LƯƠNG BẰNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BÁO CÁO", "Kính gửi:", "CÔNG TÁC CHỈ ĐẠO",
                     "KẾT QUẢ THỰC HIỆN", "ĐÁNH GIÁ CHUNG", "Nơi nhận:", "PHÓ CHỦ TỊCH", "Đoàn Văn Cát", "Phụ lục I", "Phụ lục II", "Phụ lục III", "STT" })
        {
            Assert.Contains(expected, text);
        }

        var units = await factory.WithDatabaseAsync(db => db.Units.Select(u => u.Name).ToListAsync());
        var flat = text.Replace("\n", " ", StringComparison.Ordinal);
        Assert.All(units, unit => Assert.Contains(unit, flat));
        Assert.True(pdf.NumberOfPages >= 4);
    }

    [Fact]
    public async Task Units_may_not_download_the_consolidated_report()
    {
        var unit = factory.CreatePortalClient();
        await unit.SignInAsync("vanphong@nlb.example");

        Assert.Equal(HttpStatusCode.Forbidden, (await unit.GetAsync("/Consolidation/2025/Pdf")).StatusCode);
    }
}
