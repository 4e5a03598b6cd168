using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.Consolidation;

BenchmarkSwitcher.FromAssembly(typeof(NguyenLuongBang.Emulation.Benchmarks.ConsolidatedReportBenchmark).Assembly).Run(args);

namespace NguyenLuongBang.Emulation.Benchmarks
{

/// <summary>
/// The consolidated report for a year at 10, 120 and 1,000 units: composing the document model,
/// and rendering it to PDF and to Word. Realistic text lengths (a few sentences per unit and area).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 8)]
public class ConsolidatedReportBenchmark
{
    private ConsolidationData _data = null!;
    private OfficialDocument _document = null!;

    [Params(10, 120, 1000)]
    public int Units { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var names = Enumerable.Range(1, Units).Select(i => $"Đơn vị thi đua số {i:0000}").ToArray();
        const string narrative = "Đơn vị tổ chức tuyên truyền Nghị quyết 57-NQ/TW, hướng dẫn cán bộ và người dân sử dụng dịch vụ công trực tuyến, kích hoạt định danh điện tử mức 2 và thanh toán không dùng tiền mặt; kết quả vượt chỉ tiêu đăng ký đầu năm.";
        _data = new ConsolidationData(
            new IssuingCommune(Domain.Communes.CommuneKind.Xa, "Nguyễn Lương Bằng"),
            ReviewRound.Annual(2026),
            "Hải Phòng thi đua đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
            "05/BC-UBND",
            new DateOnly(2026, 12, 20),
            new AssessmentText(null, "Các đơn vị vào cuộc đồng bộ.", "Một số đơn vị nộp muộn.", "Tiếp tục phổ cập kỹ năng số.", "Đề nghị thành phố hỗ trợ kinh phí."),
            names.Select((n, i) => new UnitStatusLine(n, "Thôn", 2026, "Đã tiếp nhận", new DateOnly(2026, 12, 10), i % 5 == 0)).ToList(),
            Enumerable.Range(1, 8).Select(a => new AreaResult(a, $"Nội dung {a}",
                names.Select(n => new Contribution(n, 2026, narrative)).ToList(),
                [new IndicatorFigure("CP01", "Tỷ lệ hồ sơ trực tuyến toàn trình", "%", IndicatorKind.Percent, IndicatorAggregation.Rate, [new YearFigure(2026, 91.3m, Units, Weighted: true)], null)],
                [new YearParticipation(2026, Units, Units)])).ToList(),
            names.SelectMany(n => Enumerable.Range(1, 3).Select(k => new UnitIndicatorLine(n, 2026, k, "Số người được phổ cập kỹ năng số", "120"))).ToList(),
            names.Take(Units / 5 + 1).Select(n => new ProposedCommendationLine(n, "Nguyễn Thị Hoa", "Cá nhân", "Cán bộ", "Dẫn đầu phong trào học tập số.")).ToList(),
            NguyenLuongBang.Emulation.Domain.Awards.SignerTitle.ViceChairman,
            "Đoàn Văn Cát",
            new PlanCitations("45/KH-UBND", new DateOnly(2025, 8, 25), "phát động Phong trào thi đua", "150/KH-UBND", new DateOnly(2025, 6, 16)),
            [],
            []);
        _document = ConsolidatedReportDocument.Compose(_data);
        PortalFontResolver.Install();
    }

    [Benchmark]
    public OfficialDocument Compose() => ConsolidatedReportDocument.Compose(_data);

    [Benchmark]
    public int RenderPdf() => PdfRenderer.Render(_document).Length;

    [Benchmark]
    public int RenderWord() => WordRenderer.Render(_document).Length;
}
}
