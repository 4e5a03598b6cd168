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
            $"Năm {year}, có {active}/{participation?.UnitsOfYear ?? 0} cơ quan, đơn vị báo cáo kết quả thực hiện nội dung này.",
        };
        foreach (var figure in area.Figures)
        {
            if (figure.Years.FirstOrDefault(y => y.Year == year) is not { } now)
            {
                continue;
            }

            var sentence = Figure(figure, now) + Change(figure, now, area.Compared.FirstOrDefault(c => c.Code == figure.Code)) + Targets(area, figure, period: false);
            sentences.Add(sentence + ".");
        }

        sentences.AddRange(Standouts(area, string.Empty));
        return string.Join(" ", sentences);
    }

    /// <summary>
    /// A review period's area: participation by year, each indicator over the period and by year,
    /// its change, targets, the units that did most. A period still under way says how far its
    /// figures go ("số liệu đến năm 2026"), never "cả giai đoạn".
    /// </summary>
    public static string DraftPeriod(AreaResult area, ReviewRound round)
    {
        ArgumentNullException.ThrowIfNull(area);
        var reported = area.Participation.Where(p => p.UnitsWithResults > 0).Select(p => p.Year)
            .Concat(area.Figures.SelectMany(f => f.Years).Select(y => y.Year)).ToList();
        if (reported.Count == 0)
        {
            return $"Trong {round.Span}, chưa có báo cáo đơn vị được tiếp nhận có kết quả ở nội dung này.";
        }

        // Years of the period still to come (nothing yet accepted in them) are not listed.
        var lastYear = reported.Max();
        var finished = lastYear >= round.Year;
        var sentences = new List<string>
        {
            $"Trong {round.Span}{(finished ? string.Empty : $" (số liệu đến năm {lastYear})")}, số cơ quan, đơn vị báo cáo kết quả thực hiện nội dung này: "
                + string.Join(", ", area.Participation.Where(p => p.UnitsOfYear > 0 && p.Year <= lastYear).Select(p => $"năm {p.Year} có {p.UnitsWithResults}/{p.UnitsOfYear}")) + ".",
        };
        foreach (var figure in area.Figures)
        {
            if (figure.Period is not { } whole)
            {
                continue;
            }

            var comparison = area.Compared.FirstOrDefault(c => c.Code == figure.Code);
            // Always said with the units it holds: the period's figure is not the last year's.
            sentences.Add(PeriodFigure(figure, whole, finished ? null : lastYear) + Change(figure, null, comparison) + Targets(area, figure, period: true) + ".");
        }

        sentences.AddRange(Standouts(area, " trong giai đoạn"));
        return string.Join(" ", sentences);
    }

    /// <param name="until">The last year with figures when the period is still under way; null once it has ended.</param>
    private static string PeriodFigure(IndicatorFigure figure, YearFigure whole, int? until)
    {
        var name = figure.Name;
        var byYear = figure.Years.Count < 2 ? string.Empty : $" ({string.Join("; ", figure.Years.Select(y => $"năm {y.Year}: {Shown(figure, y)}"))})";
        var end = until is { } year ? $"đến năm {year}" : "vào cuối giai đoạn";
        var latest = $"theo báo cáo gần nhất của {whole.UnitsReporting} đơn vị";
        return figure.Aggregation switch
        {
            IndicatorAggregation.Flow => $"{name}: {(until is { } last ? $"từ năm {figure.Years[0].Year} đến năm {last}" : "cả giai đoạn")} đạt {Shown(figure, whole)}{byYear}, tổng hợp từ báo cáo của {whole.UnitsReporting} đơn vị",
            IndicatorAggregation.Stock => $"{name}: {Shown(figure, whole)} {end}{byYear}, {latest}",
            IndicatorAggregation.Rate => $"{name}: {Percent(whole.Value)} {end}{byYear}, {latest}"
                + (whole.Weighted && figure.Years.All(y => y.Weighted) ? string.Empty : "; tính theo trung vị của các đơn vị"),
            _ => $"{whole.Value:0}/{whole.UnitsReporting} đơn vị {Lower(name)} ({latest}){(byYear.Length == 0 ? string.Empty : byYear)}",
        };
    }

    private static string Figure(IndicatorFigure figure, YearFigure now)
    {
        var name = figure.Name;
        return figure.Aggregation switch
        {
            IndicatorAggregation.Rate => $"{name}: {Percent(now.Value)}" + (now.Weighted ? string.Empty : $" (trung vị của {now.UnitsReporting} đơn vị báo cáo)"),
            IndicatorAggregation.YesNo => $"{now.Value:0}/{now.UnitsReporting} đơn vị {Lower(name)}",
            _ => $"{name}{(figure.Aggregation == IndicatorAggregation.Stock ? " (tại thời điểm cuối năm)" : string.Empty)}: {VietnameseNumber.Format(now.Value)} {figure.MeasureUnit}",
        };
    }

    /// <summary>
    /// The change from an earlier year over the units that reported in both. When those are all the
    /// units of the figure it reads "tăng 18,8% so với năm 2025 (240 buổi, tính trên cùng các đơn
    /// vị)"; else it names how many units the comparison holds and both of their figures.
    /// </summary>
    private static string Change(IndicatorFigure figure, YearFigure? now, Comparison? comparison)
    {
        if (comparison is null)
        {
            return string.Empty;
        }

        var (from, to) = (comparison.From, comparison.To);
        var whole = now is not null && to.Value == now.Value && to.UnitsReporting == now.UnitsReporting;
        var over = $"; so sánh trên {comparison.Units} đơn vị có báo cáo cả hai năm {from.Year} và {to.Year}";
        var median = figure.Aggregation == IndicatorAggregation.Rate && !(from.Weighted && to.Weighted) ? ", trung vị" : string.Empty;
        var pair = $"từ {Shown(figure, from)} {(to.Value < from.Value ? "xuống" : "lên")} {Shown(figure, to)}{median}";
        if (figure.Aggregation == IndicatorAggregation.YesNo)
        {
            return whole ? $" (năm {from.Year}: {from.Value:0}/{from.UnitsReporting} đơn vị)" : $"{over}: năm {from.Year} có {from.Value:0}, năm {to.Year} có {to.Value:0} đơn vị";
        }

        string? change = null;
        if (figure.Aggregation == IndicatorAggregation.Rate)
        {
            var points = decimal.Round(to.Value - from.Value, 1, MidpointRounding.AwayFromZero);
            change = points == 0 ? null : $"{(points > 0 ? "tăng" : "giảm")} {VietnameseNumber.Format(Math.Abs(points))} điểm phần trăm";
        }
        else if (from.Value == 0)
        {
            return to.Value == 0 ? (whole ? $", bằng năm {from.Year} (tính trên cùng các đơn vị)" : $"{over}, đều chưa có")
                : whole ? $" (năm {from.Year} chưa có)" : $"{over}: năm {from.Year} chưa có, năm {to.Year} có {Shown(figure, to)}";
        }
        else
        {
            var percent = decimal.Round((to.Value - from.Value) * 100 / from.Value, 1, MidpointRounding.AwayFromZero);
            change = percent == 0 ? null : $"{(percent > 0 ? "tăng" : "giảm")} {VietnameseNumber.Format(Math.Abs(percent))}%";
        }

        if (change is null)
        {
            var same = from.Value == to.Value;
            return whole ? $", {(same ? "bằng" : "tương đương")} năm {from.Year} (tính trên cùng các đơn vị)"
                : same ? $"{over}, không đổi ({Shown(figure, to)}{median})" : $"{over}, tương đương ({pair})";
        }

        return whole ? $", {change} so với năm {from.Year} ({Shown(figure, from)}{median}, tính trên cùng các đơn vị)" : $"{over}, {change} ({pair})";
    }

    private static string Shown(IndicatorFigure figure, YearFigure value) => figure.Aggregation switch
    {
        IndicatorAggregation.Rate => Percent(value.Value),
        IndicatorAggregation.YesNo => $"{value.Value:0}/{value.UnitsReporting} đơn vị",
        _ => $"{VietnameseNumber.Format(value.Value)} {figure.MeasureUnit}",
    };

    /// <summary>Units (in a period: registrations, one per unit and year) that met the target they registered; those whose report is not accepted yet are not judged.</summary>
    private static string Targets(AreaResult area, IndicatorFigure figure, bool period)
    {
        if (area.Targets.FirstOrDefault(t => t.Code == figure.Code) is not { Registered: > 0 } tally)
        {
            return string.Empty;
        }

        var judged = tally.Registered - tally.Pending;
        var met = figure.LowerIsBetter ? "không vượt mức tối đa đã đăng ký" : "đạt hoặc vượt chỉ tiêu đã đăng ký";
        var text = judged == 0 ? string.Empty : $"; có {tally.Met}/{judged} {(period ? "lượt đăng ký" : "đơn vị")} {met}";
        if (tally.Pending > 0)
        {
            text += (judged == 0 ? "; " : ", ") + (period
                ? $"{tally.Pending} lượt đăng ký chưa đánh giá do báo cáo chưa được tiếp nhận"
                : $"{tally.Pending} đơn vị đã đăng ký nhưng báo cáo chưa được tiếp nhận nên chưa đánh giá");
        }

        return text;
    }

    private static IEnumerable<string> Standouts(AreaResult area, string when)
    {
        if (area.Leaders.Count > 0 && area.LeaderMeasure is { } measure)
        {
            var what = area.LeaderIndicator is { } indicator ? $" về {Lower(indicator)}" : string.Empty;
            yield return $"Dẫn đầu{when}{what}: " + string.Join(", ", area.Leaders.Select(l => $"{l.UnitName} ({VietnameseNumber.Format(l.Value)} {measure})")) + ".";
        }
    }

    private static string Percent(decimal value) => IndicatorFigures.Percent(value);

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLower(text[0], System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + text[1..];

    /// <summary>
    /// The units that did most in the area, by its leading indicator — the count or stock most units
    /// report (in a period: over the period), never one where fewer is better — at most three,
    /// each with a value above nothing.
    /// </summary>
    public static (IndicatorFigure? Lead, IReadOnlyList<UnitFigure> Leaders) Leaders(IReadOnlyList<IndicatorFigure> figures, ILookup<string, UnitFigure> unitValues)
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
        return (lead, top);
    }
}
