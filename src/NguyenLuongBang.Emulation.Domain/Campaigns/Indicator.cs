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

/// <summary>A measurable result (chỉ tiêu) a unit reports under one content area.</summary>
public sealed class Indicator
{
    private Indicator()
    {
        Code = Name = MeasureUnit = string.Empty;
    }

    public Indicator(string code, string name, string measureUnit, IndicatorKind kind, int contentAreaId)
    {
        Code = Guard.Required(code, "Mã chỉ tiêu", 20).ToUpperInvariant();
        Update(name, measureUnit, kind);
        ContentAreaId = contentAreaId;
    }

    public int Id { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public string MeasureUnit { get; private set; }

    public IndicatorKind Kind { get; private set; }

    public int ContentAreaId { get; private set; }

    public bool IsRetired { get; private set; }

    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(Name), nameof(MeasureUnit))]
    public void Update(string name, string measureUnit, IndicatorKind kind)
    {
        Name = Guard.Required(name, "Tên chỉ tiêu", 300);
        MeasureUnit = Guard.Required(measureUnit, "Đơn vị tính", 30);
        Kind = kind;
    }

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

    /// <summary>Null when the value suits the indicator's kind, otherwise the reason in Vietnamese.</summary>
    public string? CheckValue(decimal value) => Kind switch
    {
        IndicatorKind.Count when value < 0 || value != decimal.Truncate(value) =>
            $"{Name}: phải là số nguyên không âm.",
        IndicatorKind.Percent when value is < 0 or > 100 =>
            $"{Name}: tỷ lệ phải từ 0 đến 100.",
        IndicatorKind.Money when value < 0 =>
            $"{Name}: số tiền không được âm.",
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
