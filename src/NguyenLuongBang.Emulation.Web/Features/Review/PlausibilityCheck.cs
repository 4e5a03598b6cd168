using System.Globalization;
using System.Text.RegularExpressions;
using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Review;

public enum PlausibilityKind
{
    /// <summary>Well outside the range usual for the unit's type.</summary>
    UnusualForType,

    /// <summary>Far from the unit's own figure of the year before.</summary>
    FarFromLastYear,

    /// <summary>The area's text states another number with the indicator's unit.</summary>
    TextContradicts,
}

/// <summary>A point the reviewer should check before accepting: where (area, indicator) and what, said plainly.</summary>
public sealed record PlausibilityFlag(PlausibilityKind Kind, int AreaNumber, string IndicatorCode, string Text);

/// <summary>One area of a report as the check reads it: its text (null when "no activity") and its values.</summary>
public sealed record AreaFigures(int AreaNumber, string? Narrative, IReadOnlyList<(Indicator Indicator, decimal Value)> Values);

/// <summary>
/// The reviewer's checks before accepting a report (ADR-0032), a pure function of the report's
/// figures, the unit's type and the unit's figures of the year before. Conservative: only what is
/// far off is flagged, and a text is only read where it states a number with the indicator's unit
/// plainly; a reviewer can accept anyway, with a note.
/// </summary>
public static partial class PlausibilityCheck
{
    /// <summary>A value above this many times the top of the usual range is flagged.</summary>
    public const decimal OverTop = 2;

    /// <summary>A value below this share of the bottom of the usual range is flagged.</summary>
    public const decimal UnderBottom = 0.5m;

    /// <summary>A count or an amount more than this many times last year's, or less than its inverse, is flagged…</summary>
    public const decimal YearRatio = 3;

    /// <summary>…when it also differs by at least this much (10 people, 10 sessions, 10 triệu đồng): 1 → 4 sessions is not worth a note.</summary>
    public const decimal YearDifference = 10;

    /// <summary>A rate is flagged when it moved by at least this many points from last year.</summary>
    public const decimal RatePoints = 30;

    private static readonly CultureInfo Vietnamese = PortalSetup.Vietnamese;

    public static IReadOnlyList<PlausibilityFlag> Find(string unitTypeCode, string unitTypeName, int year, IReadOnlyList<AreaFigures> areas,
        IReadOnlyDictionary<int, decimal> lastYear)
    {
        ArgumentNullException.ThrowIfNull(areas);
        ArgumentNullException.ThrowIfNull(lastYear);
        var flags = new List<PlausibilityFlag>();
        var typeName = unitTypeName.Length == 0 ? unitTypeName : char.ToLower(unitTypeName[0], Vietnamese) + unitTypeName[1..];
        foreach (var area in areas)
        {
            foreach (var (indicator, value) in area.Values.Where(v => v.Indicator.Kind != IndicatorKind.YesNo).OrderBy(v => v.Indicator.Code, StringComparer.Ordinal))
            {
                if (Unusual(indicator, value, unitTypeCode) is { } range)
                {
                    flags.Add(new(PlausibilityKind.UnusualForType, area.AreaNumber, indicator.Code,
                        $"{indicator.Name}: {indicator.Format(value, Vietnamese)} — thường {RangeText(indicator, range)} đối với {typeName}"));
                }

                if (lastYear.TryGetValue(indicator.Id, out var before) && FarFrom(indicator, value, before))
                {
                    var how = indicator.Kind == IndicatorKind.Percent ? $"chênh {Math.Abs(value - before).ToString("#,0.##", Vietnamese)} điểm %"
                        : value > before ? "tăng hơn 3 lần" : "giảm còn dưới một phần ba";
                    flags.Add(new(PlausibilityKind.FarFromLastYear, area.AreaNumber, indicator.Code,
                        $"{indicator.Name}: {indicator.Format(value, Vietnamese)} — năm {year - 1} là {indicator.Format(before, Vietnamese)} ({how})"));
                }

                if (area.Narrative is { Length: > 0 } text && Contradiction(text, indicator, value, area.Values.Select(v => v.Indicator.MeasureUnit)) is { } stated)
                {
                    flags.Add(new(PlausibilityKind.TextContradicts, area.AreaNumber, indicator.Code,
                        $"Nội dung ({area.AreaNumber}): phần kết quả ghi {string.Join(", ", stated.Select(s => $"“{s}”"))} nhưng chỉ tiêu “{indicator.Name}” là {Show(indicator, value)}"));
                }
            }
        }

        return flags;
    }

    /// <summary>The usual range when <paramref name="value"/> lies well outside it: above twice its top, or below half its bottom.</summary>
    public static (int Min, int Max)? Unusual(Indicator indicator, decimal value, string unitTypeCode)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (UsualRanges.For(indicator.Code, unitTypeCode) is not { } range)
        {
            return null;
        }

        var tooHigh = range.Max > 0 && value > range.Max * OverTop;
        var tooLow = range.Min > 0 && value < range.Min * UnderBottom;
        return tooHigh || tooLow ? range : null;
    }

    /// <summary>A count or amount over three times (or under a third of) last year's and at least 10 apart; a rate 30 points apart.</summary>
    public static bool FarFrom(Indicator indicator, decimal value, decimal before)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var difference = Math.Abs(value - before);
        return indicator.Kind switch
        {
            IndicatorKind.Percent => difference >= RatePoints,
            IndicatorKind.Count or IndicatorKind.Money => difference >= YearDifference && (value > before * YearRatio || value * YearRatio < before),
            _ => false,
        };
    }

    /// <summary>
    /// What the text states with the indicator's unit ("3 buổi") when none of it is the indicator's
    /// value; null when it states the value, states nothing with that unit, or is unsure (an
    /// approximation such as "hơn 20 buổi", a range such as "3-5 buổi", "1.5" that may be 15 or
    /// one and a half).
    /// </summary>
    /// <param name="areaUnits">The units of the area's indicators: "3 cơ sở dữ liệu" is not read as 3 "cơ sở".</param>
    public static IReadOnlyList<string>? Contradiction(string text, Indicator indicator, decimal value, IEnumerable<string> areaUnits)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var unit = indicator.MeasureUnit;
        if (indicator.Kind == IndicatorKind.YesNo || string.IsNullOrWhiteSpace(unit))
        {
            return null;
        }

        var longer = areaUnits.Where(u => u.Length > unit.Length && u.StartsWith(unit, StringComparison.OrdinalIgnoreCase)).ToList();
        var pattern = new Regex(NumberPattern + @"[ \u00A0]?" + Regex.Escape(unit) + (char.IsLetter(unit[^1]) ? @"(?![\p{L}\p{N}])" : string.Empty),
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var stated = new List<(string Phrase, decimal Number)>();
        foreach (Match match in pattern.Matches(text))
        {
            var unitAt = match.Groups["unit"].Index;
            if (longer.Any(u => string.Compare(text, unitAt, u, 0, u.Length, StringComparison.OrdinalIgnoreCase) == 0))
            {
                continue;
            }

            if (Approximate().IsMatch(text[..match.Index]) || !VietnameseNumber.TryParse(match.Groups["number"].Value, out var number))
            {
                return null;
            }

            stated.Add((match.Value.Trim(), number));
        }

        return stated.Count == 0 || stated.Any(s => s.Number == value) ? null : stated.Select(s => s.Phrase).Distinct().ToList();
    }

    // A number as Vietnamese write it (1.250 · 45,5 · 28) standing alone: not glued to a word, another
    // number, a range's dash or a slash ("3-5", "1/2", "NQ57").
    private const string NumberPattern = @"(?<![\p{L}\p{N}.,\-–/])(?<number>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\p{N}]|[.,]\d)(?=[ \u00A0]?(?<unit>\S))";

    /// <summary>The words just before a number that make it approximate: "hơn 20", "khoảng 20", "gần 20", "trên 20", "đến 20".</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:khoảng|hơn|gần|trên|dưới|đến|tới|xấp xỉ|ước|chừng|tối thiểu|tối đa|ít nhất)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Approximate();

    /// <summary>A value with its unit, as the text would state it ("28 buổi", "92%").</summary>
    private static string Show(Indicator indicator, decimal value) => indicator.Kind switch
    {
        IndicatorKind.Count => value.ToString("#,0", Vietnamese) + " " + indicator.MeasureUnit,
        _ => indicator.Format(value, Vietnamese),
    };

    private static string RangeText(Indicator indicator, (int Min, int Max) range) => indicator.Kind switch
    {
        IndicatorKind.Percent => $"{range.Min}–{range.Max}%",
        IndicatorKind.Money => $"{range.Min.ToString("#,0", Vietnamese)}–{range.Max.ToString("#,0", Vietnamese)} {indicator.MeasureUnit}",
        _ => $"{range.Min.ToString("#,0", Vietnamese)}–{range.Max.ToString("#,0", Vietnamese)}",
    };
}
