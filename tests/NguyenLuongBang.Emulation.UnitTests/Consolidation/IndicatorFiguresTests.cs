using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Web.Features.Consolidation;

namespace NguyenLuongBang.Emulation.UnitTests.Consolidation;

public class IndicatorFiguresTests
{
    private static readonly int[] Period = [2025, 2026, 2027];

    private static Indicator Of(IndicatorKind kind, IndicatorAggregation? aggregation = null) =>
        new("X01", "Số tổ công nghệ số cộng đồng đang hoạt động", kind == IndicatorKind.Percent ? "%" : "tổ", kind, 1, aggregation);

    [Fact]
    public void Stock_is_summed_over_units_at_year_end_and_never_over_years()
    {
        // Three units, three years: 10 + 12 + 18 teams at the end of 2027.
        var values = new[]
        {
            new UnitValue(1, 2025, 8), new UnitValue(2, 2025, 10), new UnitValue(3, 2025, 12),
            new UnitValue(1, 2026, 9), new UnitValue(2, 2026, 11), new UnitValue(3, 2026, 15),
            new UnitValue(1, 2027, 10), new UnitValue(2, 2027, 12), new UnitValue(3, 2027, 18),
        };

        var figure = IndicatorFigures.Consolidate(Of(IndicatorKind.Count, IndicatorAggregation.Stock), values, Period);

        Assert.Equal([30m, 35m, 40m], figure.Years.Select(y => y.Value));
        Assert.Equal(40m, figure.Period!.Value);
        Assert.NotEqual(105m, figure.Period.Value);
        Assert.Equal("số tổ công nghệ số cộng đồng đang hoạt động: 40 tổ tại thời điểm cuối kỳ (3 đơn vị báo cáo trong giai đoạn, mỗi đơn vị lấy số của năm gần nhất đã báo cáo; không cộng dồn các năm)",
            IndicatorFigures.Describe(figure, figure.Period, period: true));
    }

    [Fact]
    public void A_periods_stock_counts_every_unit_that_reported_in_it_with_its_latest_year()
    {
        // Three units reported in 2025; only one so far in 2026: the period is 9 + 10 + 12, not the one unit's 9.
        var values = new[] { new UnitValue(1, 2025, 8), new UnitValue(2, 2025, 10), new UnitValue(3, 2025, 12), new UnitValue(1, 2026, 9) };

        var figure = IndicatorFigures.Consolidate(Of(IndicatorKind.Count, IndicatorAggregation.Stock), values, [2025, 2026]);

        Assert.Equal([30m, 9m], figure.Years.Select(y => y.Value));
        Assert.Equal((31m, 3), (figure.Period!.Value, figure.Period.UnitsReporting));

        // The same for a rate: each unit's latest share.
        var rate = IndicatorFigures.Consolidate(Of(IndicatorKind.Percent), [new UnitValue(1, 2025, 60), new UnitValue(2, 2025, 80), new UnitValue(1, 2026, 90)], [2025, 2026]);
        Assert.Equal((85m, 2), (rate.Period!.Value, rate.Period.UnitsReporting));
    }

    [Fact]
    public void Flow_is_summed_within_each_year_and_over_the_period()
    {
        var values = new[] { new UnitValue(1, 2025, 3), new UnitValue(2, 2025, 4), new UnitValue(1, 2026, 5), new UnitValue(1, 2027, 6) };

        var figure = IndicatorFigures.Consolidate(Of(IndicatorKind.Count), values, Period);

        Assert.Equal(IndicatorAggregation.Flow, figure.Aggregation);
        Assert.Equal([7m, 5m, 6m], figure.Years.Select(y => y.Value));
        Assert.Equal(18m, figure.Period!.Value);
    }

    [Fact]
    public void Rate_is_weighted_by_the_totals_when_every_unit_gives_one()
    {
        // 90% of 1.000 dossiers and 50% of 100: 86,4%, not the unweighted 70%.
        var values = new[] { new UnitValue(1, 2026, 90, 1000), new UnitValue(2, 2026, 50, 100) };

        var year = IndicatorFigures.Consolidate(Of(IndicatorKind.Percent), values, [2026]).Years.Single();

        Assert.True(year.Weighted);
        Assert.Equal(86.36m, decimal.Round(year.Value, 2));
    }

    [Fact]
    public void Rate_without_totals_is_the_median_with_lowest_and_highest()
    {
        var values = new[] { new UnitValue(1, 2026, 90), new UnitValue(2, 2026, 50, 100), new UnitValue(3, 2026, 70), new UnitValue(4, 2026, 100) };

        var figure = IndicatorFigures.Consolidate(Of(IndicatorKind.Percent), values, [2026]);
        var year = figure.Years.Single();

        Assert.False(year.Weighted);
        Assert.Equal(80m, year.Value);
        Assert.Equal((50m, 100m), (year.Min, year.Max));
        Assert.Equal("số tổ công nghệ số cộng đồng đang hoạt động: trung vị 80%, thấp nhất 50%, cao nhất 100% (4 đơn vị báo cáo)", IndicatorFigures.Describe(figure, year, period: false));
    }

    [Fact]
    public void Yes_no_counts_the_units_answering_yes_per_year()
    {
        var values = new[] { new UnitValue(1, 2025, 1), new UnitValue(2, 2025, 0), new UnitValue(1, 2026, 1), new UnitValue(2, 2026, 1), new UnitValue(3, 2026, 0) };

        var figure = IndicatorFigures.Consolidate(new Indicator("Y", "Có sản phẩm trên sàn", "có/không", IndicatorKind.YesNo, 1), values, [2025, 2026]);

        Assert.Equal([(1m, 2), (2m, 3)], figure.Years.Select(y => (y.Value, y.UnitsReporting)));
        Assert.Equal("2/3", IndicatorFigures.Cell(figure, figure.Period));
    }

    [Theory]
    [InlineData(IndicatorKind.Percent, IndicatorAggregation.Flow)]
    [InlineData(IndicatorKind.YesNo, IndicatorAggregation.Stock)]
    [InlineData(IndicatorKind.Count, IndicatorAggregation.Rate)]
    public void An_aggregation_that_does_not_suit_the_kind_is_refused(IndicatorKind kind, IndicatorAggregation aggregation) =>
        Assert.Throws<NguyenLuongBang.Emulation.Domain.Common.DomainException>(() => Of(kind, aggregation));
}
