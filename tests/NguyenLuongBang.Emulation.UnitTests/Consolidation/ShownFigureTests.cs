using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Web.Features.City;
using NguyenLuongBang.Emulation.Web.Features.Consolidation;

namespace NguyenLuongBang.Emulation.UnitTests.Consolidation;

public class ShownFigureTests
{
    private static IndicatorFigure Figure(string code, string unit, IndicatorKind kind, params UnitValue[] values) =>
        IndicatorFigures.Consolidate(new Indicator(code, "Chỉ tiêu " + code, unit, kind, 1), values, [2026]);

    private static string Shown(IndicatorFigure figure) => IndicatorFigures.Shown(figure, figure.Headline);

    [Fact]
    public void Every_figure_is_shown_with_its_unit_and_a_rate_the_same_way_whichever_page()
    {
        Assert.Equal("1.917 tin, bài", Shown(Figure("TT02", "tin, bài", IndicatorKind.Count, new UnitValue(1, 2026, 1900), new UnitValue(2, 2026, 17))));
        Assert.Equal("288,5 triệu đồng", Shown(Figure("CP03", "triệu đồng", IndicatorKind.Money, new UnitValue(1, 2026, 288.5m))));
        Assert.Equal("86,4%", Shown(Figure("CP01", "%", IndicatorKind.Percent, new UnitValue(1, 2026, 90, 1000), new UnitValue(2, 2026, 50, 100))));
        Assert.Equal("80% (trung vị)", Shown(Figure("CP02", "%", IndicatorKind.Percent, new UnitValue(1, 2026, 70), new UnitValue(2, 2026, 90))));
        Assert.Equal("1/2 đơn vị", Shown(Figure("KT03", "có/không", IndicatorKind.YesNo, new UnitValue(1, 2026, 1), new UnitValue(2, 2026, 0))));
        Assert.Equal("—", IndicatorFigures.Shown(Figure("TT01", "buổi", IndicatorKind.Count), null));
    }

    [Fact]
    public void The_citys_comparison_sorts_communes_by_an_indicator_either_way_those_without_it_last()
    {
        var a = Figure("TT02", "tin, bài", IndicatorKind.Count, new UnitValue(1, 2026, 30));
        var b = Figure("TT02", "tin, bài", IndicatorKind.Count, new UnitValue(2, 2026, 300));
        var data = new CityIndicators(2026, [new CityIndicatorLine(b, 2)], 2)
        {
            Communes =
            [
                new CityCommuneFigures(1, "xã Bạch Đằng", new Dictionary<string, IndicatorFigure> { ["TT02"] = a }),
                new CityCommuneFigures(2, "phường An Hải", new Dictionary<string, IndicatorFigure> { ["TT02"] = b }),
                new CityCommuneFigures(3, "xã An Lão", new Dictionary<string, IndicatorFigure>()),
            ],
        };

        Assert.Equal([2, 1, 3], data.SortedBy("TT02", descending: true).Communes.Select(c => c.CommuneId));
        Assert.Equal([1, 2, 3], data.SortedBy("TT02", descending: false).Communes.Select(c => c.CommuneId));
        var byName = data.SortedBy("XX99", descending: false);
        Assert.Null(byName.Sort);
        Assert.Equal(["phường An Hải", "xã An Lão", "xã Bạch Đằng"], byName.Communes.Select(c => c.Name));
    }
}
