using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Consolidation;

/// <summary>How many units registered a target for an indicator in the year, and how many met it with their accepted report.</summary>
public sealed record TargetTally(string Code, int Registered, int Met);

/// <summary>A unit's figure of the area's leading indicator: the units that did most are named in the synthesis.</summary>
public sealed record UnitFigure(string UnitName, decimal Value);

/// <summary>
/// What the portal drafts for one content area of a year's report, as an office would write it
/// (pure, unit-tested): how many units had results; each indicator's figure with its change from
/// the year before — over the same units, so that fewer reports accepted so far never reads as a
/// fall — and how many units met the target they registered; the units that did most.
/// The reviewer edits it before the report goes for signature; the edited text is what is issued.
/// </summary>
public static class AreaSynthesis
{
    public static string Draft(AreaResult area, int year)
    {
        ArgumentNullException.ThrowIfNull(area);
        var participation = area.Participation.FirstOrDefault(p => p.Year == year);
        var active = participation?.UnitsWithResults ?? 0;
        if (active == 0 && area.Figures.Count == 0)
        {
            return $"Năm {year}, chưa có báo cáo đơn vị được tiếp nhận có kết quả ở nội dung này.";
        }

        var sentences = new List<string>
        {
            $"Năm {year}, {active}/{participation?.UnitsOfYear ?? 0} đơn vị có kết quả ở nội dung này.",
        };
        foreach (var figure in area.Figures)
        {
            if (figure.Years.FirstOrDefault(y => y.Year == year) is not { } now)
            {
                continue;
            }

            var before = area.Previous.FirstOrDefault(p => p.Code == figure.Code)?.Years.FirstOrDefault(y => y.Year == year - 1);
            var sentence = Figure(figure, now, before, year);
            if (area.Targets.FirstOrDefault(t => t.Code == figure.Code) is { Registered: > 0 } tally)
            {
                sentence += $"; {tally.Met}/{tally.Registered} đơn vị đăng ký chỉ tiêu này đạt hoặc vượt mức đã đăng ký";
            }

            sentences.Add(sentence + ".");
        }

        if (area.Leaders.Count > 0 && area.LeaderMeasure is { } measure)
        {
            sentences.Add("Các đơn vị có kết quả nổi bật: " + string.Join(", ", area.Leaders.Select(l => $"{l.UnitName} ({VietnameseNumber.Format(l.Value)} {measure})")) + ".");
        }

        return string.Join(" ", sentences);
    }

    private static string Figure(IndicatorFigure figure, YearFigure now, YearFigure? before, int year)
    {
        var name = figure.Name;
        switch (figure.Aggregation)
        {
            case IndicatorAggregation.Rate:
                var rate = $"{name}: {Percent(now.Value)}" + (now.Weighted ? string.Empty : $" (trung vị của {now.UnitsReporting} đơn vị báo cáo)");
                if (before is null)
                {
                    return rate;
                }

                var points = decimal.Round(now.Value - before.Value, 1, MidpointRounding.AwayFromZero);
                return rate + (points == 0
                    ? $", bằng năm {year - 1} ở cùng các đơn vị"
                    : $", {(points > 0 ? "tăng" : "giảm")} {VietnameseNumber.Format(Math.Abs(points))} điểm phần trăm so với năm {year - 1} ở cùng các đơn vị ({Percent(before.Value)})");
            case IndicatorAggregation.YesNo:
                return $"{name}: {now.Value:0}/{now.UnitsReporting} đơn vị trả lời có" + (before is null ? string.Empty : $" (năm {year - 1}: {before.Value:0}/{before.UnitsReporting} đơn vị)");
            default:
                var amount = $"{name}{(figure.Aggregation == IndicatorAggregation.Stock ? " (tại thời điểm cuối năm)" : string.Empty)}: {VietnameseNumber.Format(now.Value)} {figure.MeasureUnit}";
                if (before is null)
                {
                    return amount;
                }

                if (before.Value == now.Value)
                {
                    return amount + $", bằng năm {year - 1} ở cùng các đơn vị";
                }

                if (before.Value == 0)
                {
                    return amount + $" (năm {year - 1} chưa có)";
                }

                var change = decimal.Round((now.Value - before.Value) * 100 / before.Value, 1, MidpointRounding.AwayFromZero);
                return amount + $", {(change > 0 ? "tăng" : "giảm")} {VietnameseNumber.Format(Math.Abs(change))}% so với năm {year - 1} ở cùng các đơn vị ({VietnameseNumber.Format(before.Value)} {figure.MeasureUnit})";
        }
    }

    private static string Percent(decimal value) => IndicatorFigures.Percent(value);

    /// <summary>
    /// The units that did most in the area, by its leading indicator — the count or stock most units
    /// report — at most three, each with a value above nothing.
    /// </summary>
    public static (string? Measure, IReadOnlyList<UnitFigure> Leaders) Leaders(IReadOnlyList<IndicatorFigure> figures, ILookup<string, UnitFigure> unitValues, int year)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(unitValues);
        var lead = figures.Where(f => f.Aggregation is IndicatorAggregation.Flow or IndicatorAggregation.Stock && f.Years.Any(y => y.Year == year))
            .OrderByDescending(f => f.Years.First(y => y.Year == year).UnitsReporting).ThenBy(f => f.Code, StringComparer.Ordinal).FirstOrDefault();
        if (lead is null)
        {
            return (null, []);
        }

        var top = unitValues[lead.Code].Where(u => u.Value > 0).Select((u, i) => (u, i)).OrderByDescending(x => x.u.Value).ThenBy(x => x.i).Take(3).Select(x => x.u).ToList();
        return (lead.MeasureUnit, top);
    }
}
