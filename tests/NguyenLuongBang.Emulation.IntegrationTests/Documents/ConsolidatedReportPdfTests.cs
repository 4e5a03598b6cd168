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

    [Theory]
    [InlineData("/Consolidation/2024")]
    [InlineData("/Consolidation/so-ket-2028/Pdf")]
    [InlineData("/Nominations/abc")]
    public async Task Unknown_round_codes_are_404(string url)
    {
        var reviewer = factory.CreatePortalClient();
        await reviewer.SignInAsync("chuyenvien@nlb.example");

        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Units_may_not_download_the_consolidated_report()
    {
        var unit = factory.CreatePortalClient();
        await unit.SignInAsync("vanphong@nlb.example");

        Assert.Equal(HttpStatusCode.Forbidden, (await unit.GetAsync("/Consolidation/2025/Pdf")).StatusCode);
    }
}

public class ConsolidatedReportFormatsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Word_and_Excel_downloads_carry_the_same_content()
    {
        var reviewer = factory.CreatePortalClient();
        await reviewer.SignInAsync("chuyenvien@nlb.example");

        var word = await reviewer.GetAsync("/Consolidation/2025/Word");
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", word.Content.Headers.ContentType!.MediaType);
        using (var docx = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await word.Content.ReadAsByteArrayAsync()), false))
        {
            var text = docx.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains("BÁO CÁO", text);
            Assert.Contains("CÔNG TÁC CHỈ ĐẠO", text);
            Assert.Contains("Phụ lục III", text);
            Assert.Contains("Trường Tiểu học Nguyễn Lương Bằng", text);
            var section = docx.MainDocumentPart.Document.Body.Elements<DocumentFormat.OpenXml.Wordprocessing.SectionProperties>().Single();
            Assert.Equal(11906u, section.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.PageSize>()!.Width!.Value);
        }

        var excel = await reviewer.GetAsync("/Consolidation/2025/Excel");
        using var workbook = new MemoryStream(await excel.Content.ReadAsByteArrayAsync());
        Assert.Contains("Tong hop chi tieu", MiniExcelLibs.MiniExcel.GetSheetNames(workbook));
        workbook.Position = 0;
        var rows = MiniExcelLibs.MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "Tinh hinh bao cao").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(await factory.WithDatabaseAsync(db => db.Units.CountAsync()), rows.Count);
    }

    [Fact]
    public async Task A_save_refused_while_the_report_awaits_signature_comes_back_422_with_what_was_typed()
    {
        var reviewer = factory.CreatePortalClient();
        await reviewer.SignInAsync("chuyenvien@nlb.example");
        var written = HtmlForm.Parse(await reviewer.GetStringAsync("/Consolidation/2028"), "assessment-form").Set("Strengths", "Các đơn vị tích cực hưởng ứng.")
            .Set("Limitations", "Một số đơn vị nộp chậm.").Set("TasksAhead", "Phổ cập kỹ năng số.").Set("Recommendations", "Đề nghị hỗ trợ kinh phí.");
        Assert.Equal(HttpStatusCode.Redirect, (await written.PostAsync(reviewer)).StatusCode);
        await HtmlForm.Parse(await reviewer.GetStringAsync("/Consolidation/2028"), "submit-form").Set("reason", "Gửi sớm.").PostAsync(reviewer);

        var refused = await written.Set("Limitations", "Sửa sau khi đã trình ký.").PostAsync(reviewer);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Sửa sau khi đã trình ký.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"awaiting-leader\"", html, StringComparison.Ordinal);
        Assert.Equal("Một số đơn vị nộp chậm.", await factory.WithDatabaseAsync(db => db.ConsolidatedReports.Where(r => r.RoundYear == 2028).Select(r => r.Limitations).SingleAsync()));
    }

    [Fact]
    public async Task Reviewer_writes_the_assessment_submits_it_and_the_chairman_issues_it_with_a_register_number()
    {
        var reviewer = factory.CreatePortalClient();
        await reviewer.SignInAsync("chuyenvien@nlb.example");
        var form = HtmlForm.Parse(await reviewer.GetStringAsync("/Consolidation/2026"), "assessment-form").Set("Strengths", "Các đơn vị tích cực hưởng ứng.")
            .Set("Limitations", "Một số đơn vị nộp chậm.").Set("TasksAhead", "Phổ cập kỹ năng số.").Set("Recommendations", "Đề nghị hỗ trợ kinh phí.");
        Assert.Equal(HttpStatusCode.Redirect, (await form.PostAsync(reviewer)).StatusCode);

        // Before 15/12 and with reports not yet accepted, trình ký needs a reason.
        await HtmlForm.Parse(await reviewer.GetStringAsync("/Consolidation/2026"), "submit-form").PostAsync(reviewer);
        Assert.Contains("Cần ghi lý do trình ký", await reviewer.GetStringAsync("/Consolidation/2026"));
        var submitted = await HtmlForm.Parse(await reviewer.GetStringAsync("/Consolidation/2026"), "submit-form")
            .Set("reason", "Thành phố đề nghị gửi báo cáo sớm để tổng hợp.").PostAsync(reviewer);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Contains("chờ Chủ tịch phê duyệt", await reviewer.GetStringAsync("/Consolidation/2026"));

        var chairman = factory.CreatePortalClient();
        await chairman.SignInAsync("chutich@nlb.example");
        var approved = await HtmlForm.Parse(await chairman.GetStringAsync("/Consolidation/2026"), "approve-form").PostAsync(chairman);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        var page = await reviewer.GetStringAsync("/Consolidation/2026");
        Assert.Contains("Đã ban hành: số 01/BC-UBND ngày 26/11/2026", page);
        using var pdf = PdfDocument.Open(await reviewer.GetByteArrayAsync("/Consolidation/2026/Pdf"));
        var first = string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text));
        Assert.Contains("Số: 01/BC-UBND", first);
        Assert.Contains("ngày 26 tháng 11 năm 2026", first);
        Assert.DoesNotContain("DỰ THẢO", first);
        Assert.Contains("Các đơn vị tích cực hưởng ứng.", string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)));
        Assert.DoesNotContain("submit-form", page);
        Assert.Equal("Lý do: Thành phố đề nghị gửi báo cáo sớm để tổng hợp.",
            await factory.WithDatabaseAsync(db => db.AuditEntries.Where(a => a.Action == "Trình ký báo cáo tổng hợp" && a.EntityId == "2026").Select(a => a.Details).SingleAsync()));
    }
}
