using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Web.Features.Consolidation;

namespace NguyenLuongBang.Emulation.UnitTests.Documents;

/// <summary>What the portal drafts for a content area of a year's report, from a fixed data set (issue 28).</summary>
public class AreaSynthesisTests
{
    private static IndicatorFigure Figure(string code, string name, string unit, IndicatorAggregation aggregation, int year, decimal value, int units, bool weighted = false) =>
        new(code, name, unit, aggregation == IndicatorAggregation.Rate ? IndicatorKind.Percent : IndicatorKind.Count, aggregation, [new YearFigure(year, value, units, weighted)], null);

    private static Comparison Compared(string code, int from, decimal before, int to, decimal after, int units, bool weighted = false) =>
        new(code, new YearFigure(from, before, units, weighted), new YearFigure(to, after, units, weighted), units);

    private static AreaResult Area() => new(3, "Chuyển đổi số trong cơ quan",
        [new Contribution("Phòng Kinh tế", 2026, "Phòng Kinh tế tổ chức 4 buổi tập huấn.")],
        [
            Figure("TT01", "Số buổi tuyên truyền về chuyển đổi số", "buổi", IndicatorAggregation.Flow, 2026, 285, 12),
            Figure("CP01", "Tỷ lệ hồ sơ trực tuyến toàn trình", "%", IndicatorAggregation.Rate, 2026, 82.46m, 4, weighted: true),
            Figure("TS01", "Số tổ công nghệ số cộng đồng", "tổ", IndicatorAggregation.Stock, 2026, 9, 9),
        ],
        [new YearParticipation(2026, 12, 15)])
    {
        Compared =
        [
            Compared("TT01", 2025, 240, 2026, 285, 12),
            Compared("CP01", 2025, 75m, 2026, 82.46m, 4, weighted: true),
            Compared("TS01", 2025, 9, 2026, 9, 9),
        ],
        Targets = [new TargetTally("TT01", 10, 8)],
        Leaders = [new UnitFigure("Trường Tiểu học Nguyễn Lương Bằng", 45), new UnitFigure("Phòng Kinh tế", 24), new UnitFigure("Trạm Y tế xã", 20)],
        LeaderMeasure = "buổi",
        LeaderIndicator = "Số buổi tuyên truyền về chuyển đổi số",
    };

    [Fact]
    public void A_years_area_says_how_many_units_acted_each_figure_against_last_year_and_targets_and_who_stood_out()
    {
        var text = AreaSynthesis.Draft(Area(), 2026);

        Assert.Equal(
            "Năm 2026, có 12/15 cơ quan, đơn vị báo cáo kết quả thực hiện nội dung này. "
            + "Số buổi tuyên truyền về chuyển đổi số: 285 buổi, tăng 18,8% so với năm 2025 (240 buổi, tính trên cùng các đơn vị); có 8/10 đơn vị đạt hoặc vượt chỉ tiêu đã đăng ký. "
            + "Tỷ lệ hồ sơ trực tuyến toàn trình: 82,5%, tăng 7,5 điểm phần trăm so với năm 2025 (75%, tính trên cùng các đơn vị). "
            + "Số tổ công nghệ số cộng đồng (tại thời điểm cuối năm): 9 tổ, bằng năm 2025 (tính trên cùng các đơn vị). "
            + "Dẫn đầu về số buổi tuyên truyền về chuyển đổi số: Trường Tiểu học Nguyễn Lương Bằng (45 buổi), Phòng Kinh tế (24 buổi), Trạm Y tế xã (20 buổi).",
            text);

        // The units' own texts are not pasted into the synthesis: they go to an annex.
        Assert.DoesNotContain("tập huấn", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fall_and_a_median_are_said_as_such_and_an_area_without_results_says_so()
    {
        var area = Area() with { Figures = [Figure("CP01", "Tỷ lệ hồ sơ trực tuyến toàn trình", "%", IndicatorAggregation.Rate, 2026, 70m, 3)] };
        area = area with { Compared = [Compared("CP01", 2025, 75m, 2026, 70m, 3)], Leaders = [], LeaderMeasure = null, Targets = [] };
        Assert.Contains("Tỷ lệ hồ sơ trực tuyến toàn trình: 70% (trung vị của 3 đơn vị báo cáo), giảm 5 điểm phần trăm so với năm 2025 (75%, trung vị, tính trên cùng các đơn vị).", AreaSynthesis.Draft(area, 2026), StringComparison.Ordinal);

        var yesNo = new AreaResult(7, "Kinh tế số", [], [new IndicatorFigure("KT03", "Có sản phẩm được giới thiệu, bán trên sàn thương mại điện tử", "có/không", IndicatorKind.YesNo, IndicatorAggregation.YesNo, [new YearFigure(2026, 5, 9)], null)],
            [new YearParticipation(2026, 9, 15)]);
        Assert.Contains("5/9 đơn vị có sản phẩm được giới thiệu, bán trên sàn thương mại điện tử.", AreaSynthesis.Draft(yesNo, 2026), StringComparison.Ordinal);

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

        var (lead, leaders) = AreaSynthesis.Leaders(figures, values);

        Assert.Equal("buổi", lead?.MeasureUnit);
        Assert.Equal(["B", "D", "E"], leaders.Select(l => l.UnitName));

        // Most security incidents is no achievement: an indicator where fewer is better never names the units.
        var incidents = new[] { figures[0] with { Code = "AT01", LowerIsBetter = true } };
        Assert.Empty(AreaSynthesis.Leaders(incidents, new[] { ("AT01", new UnitFigure("B", 40)) }.ToLookup(v => v.Item1, v => v.Item2)).Leaders);
    }

    [Fact]
    public void The_reviewers_text_is_what_the_report_says()
    {
        var area = Area() with { Edited = "Các đơn vị tổ chức 285 buổi tuyên truyền, vượt kế hoạch." };

        Assert.Equal("Các đơn vị tổ chức 285 buổi tuyên truyền, vượt kế hoạch.", area.Synthesis(ReviewRound.Annual(2026)));
        Assert.StartsWith("Năm 2026, có 12/15 cơ quan, đơn vị", area.Drafted(ReviewRound.Annual(2026)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_is_over_the_units_of_both_years_and_a_target_not_yet_judged_is_not_a_miss()
    {
        // 13 units this year, 12 of them also last year: the 300 includes a newcomer, the change does not.
        var area = Area() with
        {
            Figures = [Figure("TT01", "Số buổi tuyên truyền về chuyển đổi số", "buổi", IndicatorAggregation.Flow, 2026, 300, 13)],
            Compared = [Compared("TT01", 2025, 240, 2026, 285, 12)],
            Targets = [new TargetTally("TT01", 10, 6, 3)],
            Leaders = [],
        };

        Assert.Contains(
            "Số buổi tuyên truyền về chuyển đổi số: 300 buổi; so sánh trên 12 đơn vị có báo cáo cả hai năm 2025 và 2026, tăng 18,8% (từ 240 buổi lên 285 buổi); "
            + "có 6/7 đơn vị đạt hoặc vượt chỉ tiêu đã đăng ký, 3 đơn vị đã đăng ký nhưng báo cáo chưa được tiếp nhận nên chưa đánh giá.",
            AreaSynthesis.Draft(area, 2026), StringComparison.Ordinal);
    }

    [Fact]
    public void A_periods_area_gives_each_year_the_whole_period_the_change_from_its_first_year_the_targets_and_who_stood_out()
    {
        var round = ReviewRound.Interim;
        var sessions = new IndicatorFigure("TT01", "Số buổi tuyên truyền về chuyển đổi số", "buổi", IndicatorKind.Count, IndicatorAggregation.Flow,
            [new YearFigure(2025, 240, 11), new YearFigure(2026, 285, 12), new YearFigure(2027, 310, 12)], new YearFigure(2027, 835, 13));
        var teams = new IndicatorFigure("XH02", "Số tổ công nghệ số cộng đồng đang hoạt động", "tổ", IndicatorKind.Count, IndicatorAggregation.Stock,
            [new YearFigure(2025, 4, 4), new YearFigure(2026, 5, 4)], new YearFigure(2027, 6, 5));
        var online = new IndicatorFigure("CP01", "Tỷ lệ hồ sơ trực tuyến toàn trình", "%", IndicatorKind.Percent, IndicatorAggregation.Rate,
            [new YearFigure(2025, 60, 3), new YearFigure(2027, 78.25m, 3)], new YearFigure(2027, 78.25m, 3));
        var area = new AreaResult(6, "Xã hội số", [], [sessions, teams, online],
            [new YearParticipation(2025, 11, 15), new YearParticipation(2026, 12, 15), new YearParticipation(2027, 12, 16)])
        {
            Compared = [Compared("TT01", 2025, 230, 2027, 290, 11), Compared("CP01", 2025, 60, 2027, 78.25m, 3)],
            Targets = [new TargetTally("TT01", 20, 14, 2)],
            Leaders = [new UnitFigure("Thôn Đông", 120), new UnitFigure("Thôn Tây", 95)],
            LeaderMeasure = "buổi",
            LeaderIndicator = "Số buổi tuyên truyền về chuyển đổi số",
        };

        var text = AreaSynthesis.Draft(area, round);

        Assert.Equal(
            "Trong giai đoạn 2025-2027, số cơ quan, đơn vị báo cáo kết quả thực hiện nội dung này: năm 2025 có 11/15, năm 2026 có 12/15, năm 2027 có 12/16. "
            + "Số buổi tuyên truyền về chuyển đổi số: cả giai đoạn đạt 835 buổi (năm 2025: 240 buổi; năm 2026: 285 buổi; năm 2027: 310 buổi), tổng hợp từ báo cáo của 13 đơn vị; "
            + "so sánh trên 11 đơn vị có báo cáo cả hai năm 2025 và 2027, tăng 26,1% (từ 230 buổi lên 290 buổi); có 14/18 lượt đăng ký đạt hoặc vượt chỉ tiêu đã đăng ký, 2 lượt đăng ký chưa đánh giá do báo cáo chưa được tiếp nhận. "
            + "Số tổ công nghệ số cộng đồng đang hoạt động: 6 tổ vào cuối giai đoạn (năm 2025: 4 tổ; năm 2026: 5 tổ), theo báo cáo gần nhất của 5 đơn vị. "
            + "Tỷ lệ hồ sơ trực tuyến toàn trình: 78,3% vào cuối giai đoạn (năm 2025: 60%; năm 2027: 78,3%), theo báo cáo gần nhất của 3 đơn vị; tính theo trung vị của các đơn vị; "
            + "so sánh trên 3 đơn vị có báo cáo cả hai năm 2025 và 2027, tăng 18,3 điểm phần trăm (từ 60% lên 78,3%, trung vị). "
            + "Dẫn đầu trong giai đoạn về số buổi tuyên truyền về chuyển đổi số: Thôn Đông (120 buổi), Thôn Tây (95 buổi).",
            text);
        Assert.Equal(text, area.Synthesis(round));
    }

    [Fact]
    public void A_period_still_under_way_says_how_far_its_figures_go_and_a_target_where_fewer_is_better_is_met_at_or_below_it()
    {
        var sessions = new IndicatorFigure("TT01", "Số buổi tuyên truyền", "buổi", IndicatorKind.Count, IndicatorAggregation.Flow,
            [new YearFigure(2025, 240, 11), new YearFigure(2026, 60, 3)], new YearFigure(2026, 300, 12));
        var incidents = new IndicatorFigure("AT01", "Số sự cố an toàn thông tin được phát hiện, xử lý", "sự cố", IndicatorKind.Count, IndicatorAggregation.Flow,
            [new YearFigure(2025, 6, 10)], new YearFigure(2026, 6, 10), LowerIsBetter: true);
        var area = new AreaResult(8, "An toàn, an ninh mạng", [], [sessions, incidents],
            [new YearParticipation(2025, 11, 15), new YearParticipation(2026, 3, 15), new YearParticipation(2027, 0, 15)])
        {
            Targets = [new TargetTally("TT01", 4, 0, 4), new TargetTally("AT01", 5, 3, 1)],
        };

        var text = AreaSynthesis.Draft(area, ReviewRound.Interim);

        Assert.StartsWith("Trong giai đoạn 2025-2027 (số liệu đến năm 2026), số cơ quan, đơn vị báo cáo kết quả thực hiện nội dung này: năm 2025 có 11/15, năm 2026 có 3/15. ", text, StringComparison.Ordinal);
        Assert.Contains("Số buổi tuyên truyền: từ năm 2025 đến năm 2026 đạt 300 buổi (năm 2025: 240 buổi; năm 2026: 60 buổi), tổng hợp từ báo cáo của 12 đơn vị; 4 lượt đăng ký chưa đánh giá do báo cáo chưa được tiếp nhận.", text, StringComparison.Ordinal);
        Assert.Contains("; có 3/4 lượt đăng ký không vượt mức tối đa đã đăng ký, 1 lượt đăng ký chưa đánh giá do báo cáo chưa được tiếp nhận.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("cả giai đoạn", text, StringComparison.Ordinal);
        Assert.DoesNotContain("cuối giai đoạn", text, StringComparison.Ordinal);
    }
}
