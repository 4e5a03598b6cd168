using System.Globalization;
using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Domain.Campaigns;

public enum IndicatorKind
{
    Count,
    Percent,
    Money,
    YesNo,
}

/// <summary>How the commune adds up an indicator over its units and years (the report says which).</summary>
public enum IndicatorAggregation
{
    /// <summary>Something done during the year (sessions held, people trained): summed within a year, and over the years of a period.</summary>
    Flow,

    /// <summary>Something that exists at year end (teams working, databases connected): summed over units at year end, never over years — a period takes its last year.</summary>
    Stock,

    /// <summary>A percentage: weighted by its total where each unit gives one, else the median with the lowest and highest.</summary>
    Rate,

    /// <summary>Yes or no: the number of units answering yes.</summary>
    YesNo,
}

/// <summary>A measurable result (chỉ tiêu) a unit reports under one content area.</summary>
public sealed class Indicator
{
    private Indicator()
    {
        Code = Name = MeasureUnit = string.Empty;
    }

    public Indicator(string code, string name, string measureUnit, IndicatorKind kind, int contentAreaId, IndicatorAggregation? aggregation = null)
    {
        Code = Guard.Required(code, "Mã chỉ tiêu", 20).ToUpperInvariant();
        Update(name, measureUnit, kind, aggregation);
        ContentAreaId = contentAreaId;
    }

    public int Id { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public string MeasureUnit { get; private set; }

    public IndicatorKind Kind { get; private set; }

    public IndicatorAggregation Aggregation { get; private set; }

    public int ContentAreaId { get; private set; }

    public bool IsRetired { get; private set; }

    /// <summary>
    /// Fewer is the better result (security incidents): a target is met at or below it, and the
    /// units with most are not named as the ones that stood out.
    /// </summary>
    public bool LowerIsBetter { get; private set; }

    /// <summary>Sets which way is better; a yes/no answer has no such direction.</summary>
    public void Prefer(bool lower)
    {
        if (lower && Kind == IndicatorKind.YesNo)
        {
            throw new DomainException("Chỉ tiêu có/không không có chiều \"càng thấp càng tốt\".");
        }

        LowerIsBetter = lower;
    }

    /// <summary>
    /// The codes of the unit types that report it, comma-separated ("TT-HCC,CO-QUAN"); null: every
    /// type. A unit's form asks only what applies to its type, and the commune's figure — a rate
    /// above all — is made over those units only.
    /// </summary>
    public string? UnitTypeCodes { get; private set; }

    /// <summary>The unit types that report it; empty: every type.</summary>
    public IReadOnlyList<string> UnitTypes => UnitTypeCodes is null ? [] : UnitTypeCodes.Split(',', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Whether a unit of type <paramref name="unitTypeCode"/> reports it.</summary>
    public bool AppliesTo(string? unitTypeCode) => Covers(UnitTypeCodes, unitTypeCode);

    /// <summary>Whether an indicator stored with <paramref name="unitTypeCodes"/> (comma-separated; null: every type) is reported by a unit of type <paramref name="unitTypeCode"/>.</summary>
    public static bool Covers(string? unitTypeCodes, string? unitTypeCode) =>
        unitTypeCodes is null || (unitTypeCode is not null && unitTypeCodes.Split(',').Contains(unitTypeCode, StringComparer.Ordinal));

    /// <summary>Which unit types report it; none (or all of them) means every type.</summary>
    public void ApplyTo(IEnumerable<string> unitTypeCodes, IReadOnlyCollection<string> allCodes)
    {
        ArgumentNullException.ThrowIfNull(unitTypeCodes);
        ArgumentNullException.ThrowIfNull(allCodes);
        var chosen = unitTypeCodes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (chosen.FirstOrDefault(c => !allCodes.Contains(c)) is { } unknown)
        {
            throw new DomainException($"Loại đơn vị \"{unknown}\" không có trong danh mục.");
        }

        UnitTypeCodes = chosen.Count == 0 || chosen.Count == allCodes.Count ? null : string.Join(',', allCodes.Where(chosen.Contains));
    }

    /// <param name="aggregation">How it adds up; by default what its kind implies (a count or an amount is a flow).</param>
    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(Name), nameof(MeasureUnit))]
    public void Update(string name, string measureUnit, IndicatorKind kind, IndicatorAggregation? aggregation = null)
    {
        var how = aggregation ?? DefaultAggregation(kind);
        if (!Suits(kind, how))
        {
            throw new DomainException("Cách tổng hợp không hợp với loại giá trị: tỷ lệ tính bình quân, có/không đếm số đơn vị, số lượng và số tiền cộng theo năm hoặc lấy số cuối kỳ.");
        }

        Name = Guard.Name(name, "Tên chỉ tiêu", 300);
        MeasureUnit = Guard.Required(measureUnit, "Đơn vị tính", 30);
        Kind = kind;
        Aggregation = how;
    }

    /// <summary>Rates average, yes/no counts units; counts and amounts are flows or stocks.</summary>
    public static bool Suits(IndicatorKind kind, IndicatorAggregation aggregation) => kind switch
    {
        IndicatorKind.Percent => aggregation == IndicatorAggregation.Rate,
        IndicatorKind.YesNo => aggregation == IndicatorAggregation.YesNo,
        _ => aggregation is IndicatorAggregation.Flow or IndicatorAggregation.Stock,
    };

    public static IndicatorAggregation DefaultAggregation(IndicatorKind kind) => kind switch
    {
        IndicatorKind.Percent => IndicatorAggregation.Rate,
        IndicatorKind.YesNo => IndicatorAggregation.YesNo,
        _ => IndicatorAggregation.Flow,
    };

    /// <summary>A retired indicator is no longer offered on new reports but stays on old ones.</summary>
    public void Retire()
    {
        if (IsRetired)
        {
            throw new DomainException($"Chỉ tiêu {Code} đã ngừng sử dụng.");
        }

        IsRetired = true;
    }

    public void Reinstate()
    {
        if (!IsRetired)
        {
            throw new DomainException($"Chỉ tiêu {Code} đang được sử dụng.");
        }

        IsRetired = false;
    }

    /// <summary>The largest count a unit can report (well beyond any commune's).</summary>
    public const decimal MaxCount = 10_000_000;

    /// <summary>The largest amount a unit can report, in the indicator's unit (e.g. triệu đồng).</summary>
    public const decimal MaxMoney = 1_000_000_000;

    /// <summary>What a value of this kind may be, said as the form says it.</summary>
    public string Range => Kind switch
    {
        IndicatorKind.Count => "số nguyên không âm, tối đa 10.000.000",
        IndicatorKind.Percent => "từ 0 đến 100, tối đa 2 chữ số thập phân",
        IndicatorKind.Money => "từ 0 đến 1.000.000.000, tối đa 2 chữ số thập phân",
        _ => "Có hoặc Không",
    };

    /// <summary>Null when the value suits the indicator's kind and range, otherwise the reason in Vietnamese.</summary>
    public string? CheckValue(decimal value) => Kind switch
    {
        IndicatorKind.Count when value < 0 || value > MaxCount || value != decimal.Truncate(value) =>
            $"{Name}: phải là {Range}.",
        IndicatorKind.Percent when value is < 0 or > 100 || decimal.Round(value, 2) != value =>
            $"{Name}: tỷ lệ phải {Range}.",
        IndicatorKind.Money when value < 0 || value > MaxMoney || decimal.Round(value, 2) != value =>
            $"{Name}: số tiền phải {Range}.",
        IndicatorKind.YesNo when value is not (0 or 1) =>
            $"{Name}: chỉ nhận Có hoặc Không.",
        _ => null,
    };

    public string Format(decimal value, IFormatProvider culture) => Kind switch
    {
        IndicatorKind.YesNo => value == 1 ? "Có" : "Không",
        IndicatorKind.Count => value.ToString("#,0", culture),
        IndicatorKind.Percent => value.ToString("#,0.##", culture) + "%",
        _ => value.ToString("#,0.##", culture) + " " + MeasureUnit,
    };

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Code} {Name}");
}
