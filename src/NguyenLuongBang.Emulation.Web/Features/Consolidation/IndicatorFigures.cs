using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Consolidation;

/// <summary>One unit's value of an indicator in a year, with the total a rate is a share of (if given).</summary>
public sealed record UnitValue(int UnitId, int Year, decimal Value, decimal? Denominator = null);

/// <summary>
/// An indicator added up for the commune by its rule. For a rate: <see cref="Value"/> is the
/// weighted rate when <see cref="Weighted"/>, else the median, with <see cref="Min"/> and
/// <see cref="Max"/>. For yes/no: the number of units answering yes.
/// </summary>
public sealed record YearFigure(int Year, decimal Value, int UnitsReporting, bool Weighted = false, decimal? Min = null, decimal? Max = null);

/// <summary>An indicator's figures per year of a round and, for a period, over the whole period.</summary>
/// <param name="LowerIsBetter">Fewer is the better result (incidents): the units with most are not the ones that stood out.</param>
public sealed record IndicatorFigure(string Code, string Name, string MeasureUnit, IndicatorKind Kind, IndicatorAggregation Aggregation,
    IReadOnlyList<YearFigure> Years, YearFigure? Period, bool LowerIsBetter = false)
{
    /// <summary>The figure a one-year round reports, or a period's whole.</summary>
    public YearFigure? Headline => Period ?? (Years.Count > 0 ? Years[^1] : null);
}

/// <summary>
/// How the commune adds up what its units report (pure, unit-tested): flows are summed within a
/// year and over a period's years; stocks are summed over units at year end — never over years —
/// and a period takes each unit's latest year, so a unit that has not reported in the last year
/// still counts; rates are weighted by the totals they are shares of when every unit gives one,
/// else the median with the lowest and highest (a period: over each unit's latest value); yes/no
/// counts units saying yes.
/// </summary>
public static class IndicatorFigures
{
    public static IndicatorFigure Consolidate(Indicator indicator, IEnumerable<UnitValue> values, IReadOnlyList<int> years)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(years);
        var byYear = values.GroupBy(v => v.Year).ToDictionary(g => g.Key, g => g.ToList());
        var perYear = years.Where(byYear.ContainsKey).Select(year => Year(indicator.Aggregation, year, byYear[year])).ToList();
        YearFigure? period = null;
        if (years.Count > 1 && perYear.Count > 0)
        {
            // Every unit that reported in the period counts once, with its latest year.
            var latest = values.Where(v => years.Contains(v.Year)).GroupBy(v => v.UnitId).Select(g => g.MaxBy(v => v.Year)!).ToList();
            period = indicator.Aggregation == IndicatorAggregation.Flow
                ? new YearFigure(years[^1], perYear.Sum(y => y.Value), values.Select(v => v.UnitId).Distinct().Count())
                : Year(indicator.Aggregation, years[^1], latest);
        }

        return new IndicatorFigure(indicator.Code, indicator.Name, indicator.MeasureUnit, indicator.Kind, indicator.Aggregation, perYear, period, indicator.LowerIsBetter);
    }

    private static YearFigure Year(IndicatorAggregation aggregation, int year, IReadOnlyList<UnitValue> values)
    {
        // One value per unit and year: a unit's report has one section per area.
        var units = values.GroupBy(v => v.UnitId).Select(g => g.Last()).ToList();
        switch (aggregation)
        {
            case IndicatorAggregation.Rate:
                if (units.All(u => u.Denominator is > 0))
                {
                    var total = units.Sum(u => u.Denominator!.Value);
                    var weighted = units.Sum(u => u.Value * u.Denominator!.Value) / total;
                    return new YearFigure(year, weighted, units.Count, Weighted: true, units.Min(u => u.Value), units.Max(u => u.Value));
                }

                return new YearFigure(year, Median(units.Select(u => u.Value)), units.Count, Weighted: false, units.Min(u => u.Value), units.Max(u => u.Value));
            case IndicatorAggregation.YesNo:
                return new YearFigure(year, units.Count(u => u.Value == 1), units.Count);
            default:
                return new YearFigure(year, units.Sum(u => u.Value), units.Count);
        }
    }

    public static decimal Median(IEnumerable<decimal> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return 0;
        }

        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>A figure in words, saying how it was added up: "số buổi tuyên truyền: 285 buổi (15 đơn vị báo cáo)".</summary>
    public static string Describe(IndicatorFigure figure, YearFigure value, bool period)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(value);
        var name = Lower(figure.Name);
        return figure.Aggregation switch
        {
            IndicatorAggregation.Rate when value.Weighted =>
                $"{name}: {Percent(value.Value)} (bình quân gia quyền theo tổng số của {value.UnitsReporting} đơn vị{(period ? Latest : string.Empty)})",
            IndicatorAggregation.Rate =>
                $"{name}: trung vị {Percent(value.Value)}, thấp nhất {Percent(value.Min ?? 0)}, cao nhất {Percent(value.Max ?? 0)} ({value.UnitsReporting} đơn vị báo cáo{(period ? Latest : string.Empty)})",
            IndicatorAggregation.YesNo =>
                $"{value.Value:0}/{value.UnitsReporting} đơn vị báo cáo {name}{(period ? $" ({Latest[2..]})" : string.Empty)}",
            IndicatorAggregation.Stock when period =>
                $"{name}: {VietnameseNumber.Format(value.Value)} {figure.MeasureUnit} tại thời điểm cuối kỳ ({value.UnitsReporting} đơn vị báo cáo trong giai đoạn{Latest}; không cộng dồn các năm)",
            IndicatorAggregation.Stock =>
                $"{name}: {VietnameseNumber.Format(value.Value)} {figure.MeasureUnit} tại thời điểm cuối năm {value.Year} ({value.UnitsReporting} đơn vị báo cáo)",
            _ => $"{name}: {VietnameseNumber.Format(value.Value)} {figure.MeasureUnit} ({value.UnitsReporting} đơn vị báo cáo{(period ? "; cộng các năm của giai đoạn" : string.Empty)})",
        };
    }

    /// <summary>How a period's figure of a stock, a rate or a yes/no takes each unit.</summary>
    private const string Latest = ", mỗi đơn vị lấy số của năm gần nhất đã báo cáo";

    /// <summary>A table cell: the number only, in the indicator's unit.</summary>
    public static string Cell(IndicatorFigure figure, YearFigure? value) => value is null
        ? "—"
        : figure.Aggregation switch
        {
            IndicatorAggregation.Rate => Percent(value.Value) + (value.Weighted ? string.Empty : " (trung vị)"),
            IndicatorAggregation.YesNo => $"{value.Value:0}/{value.UnitsReporting}",
            _ => VietnameseNumber.Format(value.Value),
        };

    /// <summary>
    /// A figure as every page shows it, with its unit of measure — the dashboard, the consolidated
    /// report's page, the city's: "313 tin, bài", "288 triệu đồng", "82,5%" (weighted by the totals),
    /// "80% (trung vị)", "2/3 đơn vị" (units answering yes of those reporting). A document's table
    /// has the unit in its own column and uses <see cref="Cell"/>.
    /// </summary>
    public static string Shown(IndicatorFigure figure, YearFigure? value) => value is null
        ? "—"
        : figure.Aggregation switch
        {
            IndicatorAggregation.Rate => Cell(figure, value),
            IndicatorAggregation.YesNo => Cell(figure, value) + " đơn vị",
            _ => $"{Cell(figure, value)} {figure.MeasureUnit}",
        };

    /// <summary>"82,5%": a share as the documents print it, to one decimal.</summary>
    internal static string Percent(decimal value) => VietnameseNumber.Format(decimal.Round(value, 1, MidpointRounding.AwayFromZero)) + "%";

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLower(text[0], System.Globalization.CultureInfo.InvariantCulture) + text[1..];
}
