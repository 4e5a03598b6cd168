using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Web.Features.Review;

namespace NguyenLuongBang.Emulation.UnitTests.Reports;

/// <summary>The reviewer's checks before accepting: unusual for the unit type, far from last year, a text that contradicts its figures.</summary>
public class PlausibilityCheckTests
{
    private static readonly Indicator Sessions = Make("TT01", "Số buổi tuyên truyền về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số", "buổi", IndicatorKind.Count, 1, 1);
    private static readonly Indicator Posts = Make("TT02", "Số tin, bài tuyên truyền trên các nền tảng số", "tin, bài", IndicatorKind.Count, 1, 2);
    private static readonly Indicator Teams = Make("XH02", "Số tổ công nghệ số cộng đồng đang hoạt động", "tổ", IndicatorKind.Count, 6, 3);
    private static readonly Indicator People = Make("XH01", "Số người được hỗ trợ kích hoạt định danh điện tử VNeID mức 2", "người", IndicatorKind.Count, 6, 4);
    private static readonly Indicator Digitised = Make("DL01", "Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "%", IndicatorKind.Percent, 4, 5);
    private static readonly Indicator Money = Make("CP03", "Kinh phí đầu tư cho chuyển đổi số", "triệu đồng", IndicatorKind.Money, 5, 6);
    private static readonly Indicator Databases = Make("DL02", "Số cơ sở dữ liệu được cập nhật, kết nối, chia sẻ", "cơ sở dữ liệu", IndicatorKind.Count, 4, 7);
    private static readonly Indicator Businesses = Make("KT01", "Số hộ kinh doanh dùng nền tảng số", "cơ sở", IndicatorKind.Count, 4, 8);
    private static readonly Indicator Answer = Make("AT02", "Đã triển khai phương án bảo đảm an toàn thông tin theo cấp độ", "có/không", IndicatorKind.YesNo, 8, 9);

    private static readonly IReadOnlyDictionary<int, decimal> NoLastYear = new Dictionary<int, decimal>();

    private static Indicator Make(string code, string name, string unit, IndicatorKind kind, int area, int id)
    {
        var indicator = new Indicator(code, name, unit, kind, area);
        typeof(Indicator).GetProperty(nameof(Indicator.Id))!.SetValue(indicator, id);
        return indicator;
    }

    private static IReadOnlyList<PlausibilityFlag> Village(params AreaFigures[] areas) => PlausibilityCheck.Find("THON", "Thôn", 2026, areas, NoLastYear);

    [Fact]
    public void A_value_over_twice_the_top_of_the_usual_range_is_flagged_with_the_range_for_the_unit_type()
    {
        var flags = Village(new AreaFigures(6, null, [(Teams, 83)]));

        var flag = Assert.Single(flags);
        Assert.Equal(PlausibilityKind.UnusualForType, flag.Kind);
        Assert.Equal(6, flag.AreaNumber);
        Assert.Equal("Số tổ công nghệ số cộng đồng đang hoạt động: 83 — thường 1–2 đối với thôn", flag.Text);
    }

    [Theory]
    [InlineData(4, false)]   // twice the top (2) is not yet "well outside"
    [InlineData(5, true)]
    [InlineData(1, false)]
    public void Only_a_value_well_outside_the_range_is_flagged(int teams, bool flagged) =>
        Assert.Equal(flagged, Village(new AreaFigures(6, null, [(Teams, teams)])).Count == 1);

    [Fact]
    public void A_value_below_half_the_bottom_is_flagged_and_a_rate_says_its_percent()
    {
        // The centre digitises 85–100% of its files; 40% is well below.
        var flags = PlausibilityCheck.Find("TT-HCC", "Trung tâm Phục vụ hành chính công", 2026, [new AreaFigures(4, null, [(Digitised, 40)])], NoLastYear);

        Assert.Equal("Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính: 40% — thường 85–100% đối với trung tâm Phục vụ hành chính công", Assert.Single(flags).Text);
    }

    [Fact]
    public void A_type_or_indicator_without_a_usual_range_and_a_yes_no_answer_are_not_flagged() =>
        Assert.Empty(PlausibilityCheck.Find("KHAC", "Loại khác", 2026, [new AreaFigures(6, null, [(Teams, 83)]), new AreaFigures(8, null, [(Answer, 1)])], NoLastYear));

    [Theory]
    [InlineData(100, 400, true)]   // more than 3 times, 300 apart
    [InlineData(400, 100, true)]   // under a third
    [InlineData(100, 290, false)]  // under 3 times
    [InlineData(2, 9, false)]      // 4.5 times, but only 7 apart: not worth a note
    [InlineData(0, 12, true)]      // from none to 12
    public void A_count_far_from_last_year_is_flagged(int before, int now, bool flagged)
    {
        var flags = PlausibilityCheck.Find("THON", "Thôn", 2026, [new AreaFigures(6, null, [(People, now)])], new Dictionary<int, decimal> { [People.Id] = before })
            .Where(f => f.Kind == PlausibilityKind.FarFromLastYear).ToList();

        Assert.Equal(flagged, flags.Count == 1);
        if (flagged)
        {
            Assert.StartsWith($"Số người được hỗ trợ kích hoạt định danh điện tử VNeID mức 2: {now} — năm 2025 là {before} (", flags[0].Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(90, 55, true)]
    [InlineData(90, 70, false)]
    public void A_rate_thirty_points_from_last_year_is_flagged(int before, int now, bool flagged) =>
        Assert.Equal(flagged, PlausibilityCheck.Find("TT-HCC", "Trung tâm", 2026, [new AreaFigures(4, null, [(Digitised, now)])], new Dictionary<int, decimal> { [Digitised.Id] = before })
            .Any(f => f.Kind == PlausibilityKind.FarFromLastYear));

    [Fact]
    public void A_text_stating_another_number_with_the_indicators_unit_is_flagged()
    {
        var flags = Village(new AreaFigures(1, "Năm 2026, thôn tổ chức 3 buổi tuyên truyền về chuyển đổi số.", [(Sessions, 5)]));

        var flag = Assert.Single(flags);
        Assert.Equal(PlausibilityKind.TextContradicts, flag.Kind);
        Assert.Equal("Nội dung (1): phần kết quả ghi “3 buổi” nhưng chỉ tiêu “Số buổi tuyên truyền về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số” là 5 buổi", flag.Text);
    }

    [Theory]
    [InlineData("Tổ chức 28 buổi tuyên truyền.", 28)]
    [InlineData("Năm 2025 có 20 buổi, năm 2026 có 28 buổi.", 28)]       // one of the numbers is the value
    [InlineData("Hỗ trợ 1.250 người kích hoạt VNeID.", 1250)]             // dot for thousands
    [InlineData("Tuyên truyền trên loa truyền thanh của thôn.", 3)]      // no number with the unit
    [InlineData("Tổ chức hơn 20 buổi tuyên truyền.", 28)]                // approximate: unsure
    [InlineData("Tổ chức 3-5 buổi mỗi quý.", 28)]                        // a range: unsure
    [InlineData("Tổ chức 1.5 buổi.", 28)]                                // 15 or one and a half: unsure
    [InlineData("Có 3 buổisáng học tập.", 28)]                           // not the unit word
    public void A_text_that_agrees_or_is_unsure_is_not_flagged(string text, int value)
    {
        var indicator = value == 1250 ? People : Sessions;
        Assert.Empty(PlausibilityCheck.Contradiction(text, indicator, value, [indicator.MeasureUnit]) ?? []);
    }

    [Fact]
    public void Vietnamese_decimals_money_and_percent_are_read()
    {
        Assert.Null(PlausibilityCheck.Contradiction("Đầu tư 45,5 triệu đồng cho thiết bị.", Money, 45.5m, [Money.MeasureUnit]));
        Assert.Equal(["45 triệu đồng"], PlausibilityCheck.Contradiction("Đầu tư 45 triệu đồng cho thiết bị.", Money, 45.5m, [Money.MeasureUnit]));
        Assert.Null(PlausibilityCheck.Contradiction("Số hóa 92% hồ sơ.", Digitised, 92, [Digitised.MeasureUnit]));
        Assert.Equal(["80%"], PlausibilityCheck.Contradiction("Số hóa 80% hồ sơ.", Digitised, 92, [Digitised.MeasureUnit]));
    }

    [Fact]
    public void A_longer_unit_of_the_same_area_is_not_read_as_the_shorter_one() =>
        Assert.Null(PlausibilityCheck.Contradiction("Kết nối 3 cơ sở dữ liệu dùng chung.", Businesses, 12, [Businesses.MeasureUnit, Databases.MeasureUnit]));

    [Fact]
    public void A_unit_with_a_comma_is_matched_whole() =>
        Assert.Equal(["9 tin, bài"], PlausibilityCheck.Contradiction("Đăng 9 tin, bài trên trang của xã.", Posts, 19, [Posts.MeasureUnit]));

    [Fact]
    public void An_area_marked_without_activity_has_no_text_to_check() =>
        Assert.Empty(Village(new AreaFigures(1, null, [(Sessions, 5)])));
}
