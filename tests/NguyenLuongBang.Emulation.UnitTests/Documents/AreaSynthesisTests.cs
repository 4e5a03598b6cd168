using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Web.Features.Consolidation;

namespace NguyenLuongBang.Emulation.UnitTests.Documents;

/// <summary>What the portal drafts for a content area of a year's report, from a fixed data set (issue 28).</summary>
public class AreaSynthesisTests
{
    private static IndicatorFigure Figure(string code, string name, string unit, IndicatorAggregation aggregation, int year, decimal value, int units, bool weighted = false) =>
        new(code, name, unit, aggregation == IndicatorAggregation.Rate ? IndicatorKind.Percent : IndicatorKind.Count, aggregation, [new YearFigure(year, value, units, weighted)], null);

    private static AreaResult Area() => new(3, "Chuyển đổi số trong cơ quan",
        [new Contribution("Phòng Kinh tế", 2026, "Phòng Kinh tế tổ chức 4 buổi tập huấn.")],
        [
            Figure("TT01", "Số buổi tuyên truyền về chuyển đổi số", "buổi", IndicatorAggregation.Flow, 2026, 285, 12),
            Figure("CP01", "Tỷ lệ hồ sơ trực tuyến toàn trình", "%", IndicatorAggregation.Rate, 2026, 82.46m, 4, weighted: true),
            Figure("TS01", "Số tổ công nghệ số cộng đồng", "tổ", IndicatorAggregation.Stock, 2026, 9, 9),
        ],
        [new YearParticipation(2026, 12, 15)])
    {
        Previous =
        [
            Figure("TT01", "Số buổi tuyên truyền về chuyển đổi số", "buổi", IndicatorAggregation.Flow, 2025, 240, 11),
            Figure("CP01", "Tỷ lệ hồ sơ trực tuyến toàn trình", "%", IndicatorAggregation.Rate, 2025, 75m, 4, weighted: true),
            Figure("TS01", "Số tổ công nghệ số cộng đồng", "tổ", IndicatorAggregation.Stock, 2025, 9, 9),
        ],
        Targets = [new TargetTally("TT01", 10, 8)],
        Leaders = [new UnitFigure("Trường Tiểu học Nguyễn Lương Bằng", 45), new UnitFigure("Phòng Kinh tế", 24), new UnitFigure("Trạm Y tế xã", 20)],
        LeaderMeasure = "buổi",
    };

    [Fact]
    public void A_years_area_says_how_many_units_acted_each_figure_against_last_year_and_targets_and_who_stood_out()
    {
        var text = AreaSynthesis.Draft(Area(), 2026);

        Assert.Equal(
            "Năm 2026, 12/15 đơn vị có kết quả ở nội dung này. "
            + "Số buổi tuyên truyền về chuyển đổi số: 285 buổi, tăng 18,8% so với năm 2025 ở cùng các đơn vị (240 buổi); 8/10 đơn vị đăng ký chỉ tiêu này đạt hoặc vượt mức đã đăng ký. "
            + "Tỷ lệ hồ sơ trực tuyến toàn trình: 82,5%, tăng 7,5 điểm phần trăm so với năm 2025 ở cùng các đơn vị (75%). "
            + "Số tổ công nghệ số cộng đồng (tại thời điểm cuối năm): 9 tổ, bằng năm 2025 ở cùng các đơn vị. "
            + "Các đơn vị có kết quả nổi bật: Trường Tiểu học Nguyễn Lương Bằng (45 buổi), Phòng Kinh tế (24 buổi), Trạm Y tế xã (20 buổi).",
            text);

        // The units' own texts are not pasted into the synthesis: they go to an annex.
        Assert.DoesNotContain("tập huấn", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fall_and_a_median_are_said_as_such_and_an_area_without_results_says_so()
    {
        var area = Area() with { Figures = [Figure("CP01", "Tỷ lệ hồ sơ trực tuyến toàn trình", "%", IndicatorAggregation.Rate, 2026, 70m, 3)] };
        area = area with { Previous = [Figure("CP01", "Tỷ lệ hồ sơ trực tuyến toàn trình", "%", IndicatorAggregation.Rate, 2025, 75m, 4, weighted: true)], Leaders = [], LeaderMeasure = null, Targets = [] };
        Assert.Contains("Tỷ lệ hồ sơ trực tuyến toàn trình: 70% (trung vị của 3 đơn vị báo cáo), giảm 5 điểm phần trăm so với năm 2025 ở cùng các đơn vị (75%).", AreaSynthesis.Draft(area, 2026), StringComparison.Ordinal);

        var yesNo = new AreaResult(7, "Kinh tế số", [], [new IndicatorFigure("KT03", "Có sản phẩm được giới thiệu, bán trên sàn thương mại điện tử", "có/không", IndicatorKind.YesNo, IndicatorAggregation.YesNo, [new YearFigure(2026, 5, 9)], null)],
            [new YearParticipation(2026, 9, 15)]);
        Assert.Contains("Có sản phẩm được giới thiệu, bán trên sàn thương mại điện tử: 5/9 đơn vị trả lời có.", AreaSynthesis.Draft(yesNo, 2026), StringComparison.Ordinal);

        var empty = new AreaResult(8, "Khác", [], [], [new YearParticipation(2026, 0, 15)]);
        Assert.Equal("Năm 2026, chưa có báo cáo đơn vị được tiếp nhận có kết quả ở nội dung này.", AreaSynthesis.Draft(empty, 2026));
    }

    [Fact]
    public void The_units_named_are_the_three_that_did_most_by_the_indicator_most_units_report()
    {
        var figures = Area().Figures;
        var values = new[]
        {
            ("TT01", new UnitFigure("A", 5)), ("TT01", new UnitFigure("B", 40)), ("TT01", new UnitFigure("C", 0)), ("TT01", new UnitFigure("D", 12)), ("TT01", new UnitFigure("E", 12)),
            ("TS01", new UnitFigure("F", 99)),
        }.ToLookup(v => v.Item1, v => v.Item2);

        var (measure, leaders) = AreaSynthesis.Leaders(figures, values, 2026);

        Assert.Equal("buổi", measure);
        Assert.Equal(["B", "D", "E"], leaders.Select(l => l.UnitName));
    }

    [Fact]
    public void The_reviewers_text_is_what_the_report_says()
    {
        var area = Area() with { Edited = "Các đơn vị tổ chức 285 buổi tuyên truyền, vượt kế hoạch." };

        Assert.Equal("Các đơn vị tổ chức 285 buổi tuyên truyền, vượt kế hoạch.", area.Synthesis(2026));
        Assert.StartsWith("Năm 2026, 12/15 đơn vị", area.Drafted(2026), StringComparison.Ordinal);
    }
}
