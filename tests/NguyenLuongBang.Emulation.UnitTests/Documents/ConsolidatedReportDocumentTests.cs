using NguyenLuongBang.Emulation.Domain.Awards;
using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.Consolidation;
using UglyToad.PdfPig;

namespace NguyenLuongBang.Emulation.UnitTests.Documents;

public class ConsolidatedReportDocumentTests
{
    private static readonly IssuingCommune Commune = new(Domain.Communes.CommuneKind.Xa, "Nguyễn Lương Bằng");

    private static ConsolidationData Data(int units, string? number = null, DateOnly? issuedOn = null, IssuingCommune? commune = null) => new(
        commune ?? Commune,
        ReviewRound.Annual(2026),
        "Hải Phòng thi đua đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
        number,
        issuedOn,
        new AssessmentText(null, "Các đơn vị vào cuộc đồng bộ.", null, null, null),
        Enumerable.Range(1, units).Select(i => new UnitStatusLine($"Đơn vị số {i}", "Thôn", 2026, "Đã tiếp nhận", new DateOnly(2026, 12, 10), i % 4 == 0)).ToList(),
        Enumerable.Range(1, 8).Select(n => new AreaResult(n, $"Nội dung {n}",
            Enumerable.Range(1, units).Select(i => new Contribution($"Đơn vị số {i}", 2026, $"Kết quả của đơn vị số {i} ở nội dung {n}, triển khai đồng bộ các giải pháp chuyển đổi số.")).ToList(),
            [
                new IndicatorFigure("CP01", "Tỷ lệ hồ sơ trực tuyến toàn trình", "%", IndicatorKind.Percent, IndicatorAggregation.Rate, [new YearFigure(2026, 91.25m, units, Weighted: true)], null),
                new IndicatorFigure("TT01", "Số buổi tuyên truyền", "buổi", IndicatorKind.Count, IndicatorAggregation.Flow, [new YearFigure(2026, 1234, units)], null),
            ],
            [new YearParticipation(2026, units, units)])).ToList(),
        Enumerable.Range(1, units).Select(i => new UnitIndicatorLine($"Đơn vị số {i}", 2026, 5, "Tỷ lệ hồ sơ trực tuyến toàn trình", "91%")).ToList(),
        [new ProposedCommendationLine("Đơn vị số 1", "Lê Thị Mai", "Cá nhân", "Hiệu trưởng", "Dẫn đầu phong trào học tập số.")],
        SignerTitle.ViceChairman,
        "Đoàn Văn Cát",
        number is null ? null : Plans,
        [],
        []);

    private static readonly PlanCitations Plans = new("45/KH-UBND", new DateOnly(2025, 8, 25), "phát động Phong trào thi đua", "150/KH-UBND", new DateOnly(2025, 6, 16));

    [Theory]
    [InlineData(2026, 12, 5, "Xã Nguyễn Lương Bằng, ngày 05 tháng 12 năm 2026")]
    [InlineData(2027, 1, 15, "Xã Nguyễn Lương Bằng, ngày 15 tháng 01 năm 2027")]
    [InlineData(2027, 2, 3, "Xã Nguyễn Lương Bằng, ngày 03 tháng 02 năm 2027")]
    [InlineData(2026, 6, 20, "Xã Nguyễn Lương Bằng, ngày 20 tháng 6 năm 2026")]
    public void Place_and_date_follow_the_decree(int year, int month, int day, string expected) =>
        Assert.Equal(expected, Commune.PlaceDate(new DateOnly(year, month, day), year));

    [Fact]
    public void A_special_zones_report_names_the_zone_from_its_row_in_header_place_citations_and_annexes()
    {
        var zone = new IssuingCommune(Domain.Communes.CommuneKind.DacKhu, "Cát Hải");
        var document = ConsolidatedReportDocument.Compose(Data(3, "05/BC-UBND", new DateOnly(2026, 12, 20), zone));
        var text = string.Join("\n", document.AllText());

        Assert.Equal(["ỦY BAN NHÂN DÂN", "ĐẶC KHU CÁT HẢI"], document.IssuerLines);
        Assert.Equal("Đặc khu Cát Hải, ngày 20 tháng 12 năm 2026", document.PlaceDateLine);
        Assert.Contains("Kế hoạch số 45/KH-UBND ngày 25/08/2025 của Ủy ban nhân dân đặc khu Cát Hải", text, StringComparison.Ordinal);
        Assert.Contains("trên địa bàn đặc khu, Ủy ban nhân dân đặc khu báo cáo", text, StringComparison.Ordinal);
        Assert.Equal("(Kèm theo Báo cáo số 05/BC-UBND ngày 20/12/2026 của Ủy ban nhân dân đặc khu Cát Hải)", document.Annexes[0].Note);
        Assert.DoesNotContain("Lương Bằng", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"\bxã\b", text);
    }

    [Fact]
    public void Draft_leaves_number_and_date_blank()
    {
        var document = ConsolidatedReportDocument.Compose(Data(3));

        Assert.Equal("Số:      /BC-UBND", document.NumberLine);
        Assert.True(document.Draft);
        Assert.Equal("Xã Nguyễn Lương Bằng, ngày      tháng      năm 2026", document.PlaceDateLine);
        Assert.Contains("Kèm theo Báo cáo số      /BC-UBND", document.Annexes[0].Note);
    }

    [Fact]
    public void Issued_report_carries_its_number_sections_totals_and_three_annexes()
    {
        var document = ConsolidatedReportDocument.Compose(Data(3, "05/BC-UBND", new DateOnly(2026, 12, 20)));
        var text = string.Join("\n", document.AllText());

        Assert.Equal("Số: 05/BC-UBND", document.NumberLine);
        Assert.Equal(["Phụ lục I", "Phụ lục II", "Phụ lục III", "Phụ lục IV"], document.Annexes.Select(a => a.Label));
        Assert.Contains("I. CÔNG TÁC CHỈ ĐẠO, TỔ CHỨC TRIỂN KHAI", text);
        Assert.Contains("V. ĐỀ XUẤT, KIẾN NGHỊ", text);
        Assert.Contains("Các đơn vị vào cuộc đồng bộ.", text);
        Assert.Contains("Năm 2026, có 3/3 cơ quan, đơn vị báo cáo kết quả thực hiện nội dung này. Tỷ lệ hồ sơ trực tuyến toàn trình: 91,3%. Số buổi tuyên truyền: 1.234 buổi.", text);

        // The body reports; each unit's own text is in Phụ lục IV, area by area in the plan's order.
        var body = string.Join("\n", document.Body.SelectMany(b => b.Texts()));
        Assert.DoesNotContain("Kết quả của đơn vị số 1 ở nội dung 1", body);
        var unitTexts = document.Annexes[3];
        Assert.Equal("KẾT QUẢ CỦA CÁC ĐƠN VỊ THEO TỪNG NỘI DUNG THI ĐUA", unitTexts.Title);
        Assert.Equal(Enumerable.Range(1, 8).Select(n => $"{n}. Nội dung {n}"), unitTexts.Body.OfType<Heading>().Select(h => h.Text));
        Assert.Contains("- Đơn vị số 1: Kết quả của đơn vị số 1 ở nội dung 1", string.Join("\n", unitTexts.Body.SelectMany(b => b.Texts())));

        // The year's commendations are named, or their absence said.
        Assert.Contains("chưa ban hành quyết định khen thưởng trong Phong trào năm 2026", body);
        var awarded = ConsolidatedReportDocument.Compose(Data(3, "05/BC-UBND", new DateOnly(2026, 12, 20)) with
        {
            Awards = [new AwardSummary("07/QĐ-UBND", new DateOnly(2026, 12, 18), 2, 3, 0, 9_000_000, null, null)],
        });
        Assert.Contains("đã ban hành Quyết định số 07/QĐ-UBND ngày 18/12/2026 tặng Giấy khen cho 02 tập thể và 03 cá nhân có thành tích xuất sắc trong Phong trào năm 2026.",
            string.Join("\n", awarded.AllText()));
        Assert.Contains("Thực hiện Kế hoạch số 150/KH-UBND ngày 16/06/2025 của Ủy ban nhân dân thành phố Hải Phòng", text);
        Assert.Contains("Kế hoạch số 45/KH-UBND ngày 25/08/2025 của Ủy ban nhân dân xã Nguyễn Lương Bằng", text);
        Assert.False(document.Draft);
        Assert.Contains("(Kèm theo Báo cáo số 05/BC-UBND ngày 20/12/2026 của Ủy ban nhân dân xã Nguyễn Lương Bằng)", text);
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], document.SignerAuthority);
    }

    [Fact]
    public void Rendered_PDF_gives_back_the_exact_Vietnamese_text_and_grows_with_units()
    {
        var small = PdfRenderer.Render(ConsolidatedReportDocument.Compose(Data(5)));
        var large = PdfRenderer.Render(ConsolidatedReportDocument.Compose(Data(60)));

        using var smallPdf = PdfDocument.Open(small);
        using var largePdf = PdfDocument.Open(large);
        Assert.True(largePdf.NumberOfPages > smallPdf.NumberOfPages + 5);
        var firstPage = string.Join(" ", smallPdf.GetPage(1).GetWords().Select(w => w.Text));
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", firstPage);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", firstPage);
        Assert.Contains("Kính gửi: Ủy ban nhân dân thành phố Hải Phòng", firstPage);

        // Page numbers from page 2, centred in the top margin; none on page 1.
        var second = largePdf.GetPage(2).GetWords().OrderBy(w => -w.BoundingBox.Top).First();
        Assert.Equal("2", second.Text);
        Assert.InRange(second.BoundingBox.Centroid.X, 300, 340);
        Assert.NotEqual("1", smallPdf.GetPage(1).GetWords().OrderBy(w => -w.BoundingBox.Top).First().Text);
    }

    [Fact]
    public void Decomposed_input_is_drawn_composed()
    {
        var decomposed = "Nguyễn Văn A".Normalize(System.Text.NormalizationForm.FormD);
        var data = Data(1) with { Units = [new UnitStatusLine(decomposed, "Thôn", 2026, "Đã tiếp nhận", null, false)] };

        using var pdf = PdfDocument.Open(PdfRenderer.Render(ConsolidatedReportDocument.Compose(data)));

        Assert.Contains("Nguyễn", string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)));
    }
}
