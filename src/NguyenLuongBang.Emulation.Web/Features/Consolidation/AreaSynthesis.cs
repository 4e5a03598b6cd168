using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Consolidation;

/// <summary>
/// How many units registered a target for an indicator (in a period: registrations over its years),
/// how many met it with their accepted report, and how many have no accepted report yet for that
/// year — those are neither met nor missed.
/// </summary>
public sealed record TargetTally(string Code, int Registered, int Met, int Pending = 0);

/// <summary>A unit's figure of the area's leading indicator: the units that did most are named in the synthesis.</summary>
public sealed record UnitFigure(string UnitName, decimal Value);

/// <summary>
/// An indicator in two years over only the units that reported it in both (<paramref name="Units"/>),
/// so that a unit joining or not yet accepted never reads as a rise or a fall.
/// </summary>
public sealed record Comparison(string Code, YearFigure From, YearFigure To, int Units);

/// <summary>
/// What the portal drafts for one content area of a report, as an office would write it (pure,
/// unit-tested). A year: how many units had results; each indicator's figure with its change from
/// the year before over the same units, and how many units met the target they registered; the
/// units that did most. A period (sơ kết, tổng kết): the units with results year by year; each
/// indicator over the period by its rule, its figures year by year, its change from the first year
/// to the last over the same units, the targets met; the units that did most over the period.
/// The reviewer edits it before the report goes for signature; the edited text is what is issued.
/// </summary>
public static class AreaSynthesis
{
    public static string Draft(AreaResult area, ReviewRound round)
    {
        ArgumentNullException.ThrowIfNull(area);
        return round.Kind == RoundKind.Annual ? Draft(area, round.Year) : DraftPeriod(area, round);
    }

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

            var sentence = Figure(figure, now) + Change(figure, now, area.Compared.FirstOrDefault(c => c.Code == figure.Code)) + Targets(area, figure, "đơn vị đăng ký");
            sentences.Add(sentence + ".");
        }

        sentences.AddRange(Standouts(area, string.Empty));
        return string.Join(" ", sentences);
    }

    /// <summary>A review period's area: participation by year, each indicator over the period and by year, its change, targets, the units that did most.</summary>
    public static string DraftPeriod(AreaResult area, ReviewRound round)
    {
        ArgumentNullException.ThrowIfNull(area);
        var reported = area.Participation.Where(p => p.UnitsWithResults > 0).ToList();
        if (reported.Count == 0 && area.Figures.Count == 0)
        {
            return $"Trong {round.Span}, chưa có báo cáo đơn vị được tiếp nhận có kết quả ở nội dung này.";
        }

        // Years of the period still to come (nothing yet accepted in them) are not listed.
        var lastYear = reported.Count == 0 ? round.Year : Math.Max(reported[^1].Year, area.Figures.SelectMany(f => f.Years).Select(y => y.Year).DefaultIfEmpty(0).Max());
        var sentences = new List<string>
        {
            $"Trong {round.Span}, số đơn vị có kết quả ở nội dung này: "
                + string.Join(", ", area.Participation.Where(p => p.UnitsOfYear > 0 && p.Year <= lastYear).Select(p => $"năm {p.Year} có {p.UnitsWithResults}/{p.UnitsOfYear} đơn vị")) + ".",
        };
        foreach (var figure in area.Figures)
        {
            if (figure.Period is not { } whole)
            {
                continue;
            }

            var byYear = figure.Years.Count < 2 ? string.Empty
                : $" (từng năm: {string.Join("; ", figure.Years.Select(y => $"{y.Year}: {IndicatorFigures.Cell(figure, y)}"))})";
            var comparison = area.Compared.FirstOrDefault(c => c.Code == figure.Code);
            // Always said with the units it holds: the period's figure is not the last year's.
            sentences.Add(PeriodFigure(figure, whole) + byYear + Change(figure, null, comparison) + Targets(area, figure, "lượt đơn vị đăng ký") + ".");
        }

        sentences.AddRange(Standouts(area, " trong giai đoạn"));
        return string.Join(" ", sentences);
    }

    private static string PeriodFigure(IndicatorFigure figure, YearFigure whole)
    {
        var name = figure.Name;
        return figure.Aggregation switch
        {
            IndicatorAggregation.Flow => $"{name}: cả giai đoạn {VietnameseNumber.Format(whole.Value)} {figure.MeasureUnit}, cộng kết quả các năm của {whole.UnitsReporting} đơn vị đã báo cáo",
            IndicatorAggregation.Stock => $"{name}: {VietnameseNumber.Format(whole.Value)} {figure.MeasureUnit} vào cuối giai đoạn, theo báo cáo gần nhất của {whole.UnitsReporting} đơn vị",
            IndicatorAggregation.Rate => $"{name}: {Percent(whole.Value)} vào cuối giai đoạn"
                + (whole.Weighted ? string.Empty : " (trung vị)") + $", theo báo cáo gần nhất của {whole.UnitsReporting} đơn vị",
            _ => $"{name}: {whole.Value:0}/{whole.UnitsReporting} đơn vị trả lời có trong báo cáo gần nhất",
        };
    }

    private static string Figure(IndicatorFigure figure, YearFigure now)
    {
        var name = figure.Name;
        return figure.Aggregation switch
        {
            IndicatorAggregation.Rate => $"{name}: {Percent(now.Value)}" + (now.Weighted ? string.Empty : $" (trung vị của {now.UnitsReporting} đơn vị báo cáo)"),
            IndicatorAggregation.YesNo => $"{name}: {now.Value:0}/{now.UnitsReporting} đơn vị trả lời có",
            _ => $"{name}{(figure.Aggregation == IndicatorAggregation.Stock ? " (tại thời điểm cuối năm)" : string.Empty)}: {VietnameseNumber.Format(now.Value)} {figure.MeasureUnit}",
        };
    }

    /// <summary>
    /// The change from an earlier year over the units that reported in both. When those are all the
    /// units of the figure it reads "tăng 18,8% so với năm 2025 ở cùng các đơn vị (240 buổi)"; else
    /// it names how many units the comparison holds and both of their figures.
    /// </summary>
    private static string Change(IndicatorFigure figure, YearFigure? now, Comparison? comparison)
    {
        if (comparison is null)
        {
            return string.Empty;
        }

        var (from, to) = (comparison.From, comparison.To);
        var whole = now is not null && to.Value == now.Value && to.UnitsReporting == now.UnitsReporting;
        var against = whole ? $"so với năm {from.Year} ở cùng các đơn vị" : $"ở {comparison.Units} đơn vị báo cáo cả năm {from.Year} và năm {to.Year}";
        var both = whole ? Shown(figure, from) : $"từ {Shown(figure, from)} lên {Shown(figure, to)}";
        if (!whole && to.Value < from.Value)
        {
            both = $"từ {Shown(figure, from)} xuống {Shown(figure, to)}";
        }

        switch (figure.Aggregation)
        {
            case IndicatorAggregation.YesNo:
                return whole ? $" (năm {from.Year}: {from.Value:0}/{from.UnitsReporting} đơn vị)"
                    : $"; trong {comparison.Units} đơn vị báo cáo cả năm {from.Year} và năm {to.Year}, năm {from.Year} có {from.Value:0}, năm {to.Year} có {to.Value:0} đơn vị trả lời có";
            case IndicatorAggregation.Rate:
                var points = decimal.Round(to.Value - from.Value, 1, MidpointRounding.AwayFromZero);
                if (points == 0)
                {
                    return whole ? $", bằng năm {from.Year} ở cùng các đơn vị" : $"; {against}, không đổi ({Shown(figure, to)})";
                }

                var pointsText = $"{(points > 0 ? "tăng" : "giảm")} {VietnameseNumber.Format(Math.Abs(points))} điểm phần trăm";
                return whole ? $", {pointsText} {against} ({both})" : $"; {against}, {pointsText} ({both})";
            default:
                if (from.Value == to.Value)
                {
                    return whole ? $", bằng năm {from.Year} ở cùng các đơn vị" : $"; {against}, không đổi ({Shown(figure, to)})";
                }

                if (from.Value == 0)
                {
                    return whole ? $" (năm {from.Year} chưa có)" : $"; {against}: năm {from.Year} chưa có, năm {to.Year} có {Shown(figure, to)}";
                }

                var change = decimal.Round((to.Value - from.Value) * 100 / from.Value, 1, MidpointRounding.AwayFromZero);
                var changeText = $"{(change > 0 ? "tăng" : "giảm")} {VietnameseNumber.Format(Math.Abs(change))}%";
                return whole ? $", {changeText} {against} ({both})" : $"; {against}, {changeText} ({both})";
        }
    }

    private static string Shown(IndicatorFigure figure, YearFigure value) => figure.Aggregation == IndicatorAggregation.Rate
        ? Percent(value.Value)
        : $"{VietnameseNumber.Format(value.Value)} {figure.MeasureUnit}";

    private static string Targets(AreaResult area, IndicatorFigure figure, string who)
    {
        if (area.Targets.FirstOrDefault(t => t.Code == figure.Code) is not { Registered: > 0 } tally)
        {
            return string.Empty;
        }

        var judged = tally.Registered - tally.Pending;
        var text = judged > 0 ? $"; {tally.Met}/{judged} {who} chỉ tiêu này đạt hoặc vượt mức đã đăng ký" : string.Empty;
        return tally.Pending == 0 ? text
            : text + $"{(judged > 0 ? "," : ";")} {tally.Pending} {who} chưa có báo cáo được tiếp nhận để đánh giá";
    }

    private static IEnumerable<string> Standouts(AreaResult area, string when)
    {
        if (area.Leaders.Count > 0 && area.LeaderMeasure is { } measure)
        {
            yield return $"Các đơn vị có kết quả nổi bật{when}: " + string.Join(", ", area.Leaders.Select(l => $"{l.UnitName} ({VietnameseNumber.Format(l.Value)} {measure})")) + ".";
        }
    }

    private static string Percent(decimal value) => IndicatorFigures.Percent(value);

    /// <summary>
    /// The units that did most in the area, by its leading indicator — the count or stock most units
    /// report (in a period: over the period), never one where fewer is better — at most three,
    /// each with a value above nothing.
    /// </summary>
    public static (string? Measure, IReadOnlyList<UnitFigure> Leaders) Leaders(IReadOnlyList<IndicatorFigure> figures, ILookup<string, UnitFigure> unitValues)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(unitValues);
        var lead = figures.Where(f => f.Aggregation is IndicatorAggregation.Flow or IndicatorAggregation.Stock && !f.LowerIsBetter && f.Headline is not null)
            .OrderByDescending(f => f.Headline!.UnitsReporting).ThenBy(f => f.Code, StringComparer.Ordinal).FirstOrDefault();
        if (lead is null)
        {
            return (null, []);
        }

        var top = unitValues[lead.Code].Where(u => u.Value > 0).Select((u, i) => (u, i)).OrderByDescending(x => x.u.Value).ThenBy(x => x.i).Take(3).Select(x => x.u).ToList();
        return (lead.MeasureUnit, top);
    }
}
