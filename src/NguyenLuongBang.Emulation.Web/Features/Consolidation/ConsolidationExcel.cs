using MiniExcelLibs;
using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Web.Features.Consolidation;

/// <summary>The consolidated report's indicator tables as an Excel workbook: totals per area, and values per unit.</summary>
public static class ConsolidationExcel
{
    public static byte[] Render(ConsolidationData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var totals = data.Areas.SelectMany(a => a.Figures.SelectMany(f => f.Years.Append(f.Period).OfType<YearFigure>().Select((y, i) => new Dictionary<string, object?>
        {
            ["Nội dung"] = $"({a.Number}) {a.ShortTitle}",
            ["Chỉ tiêu"] = f.Name,
            ["Đơn vị tính"] = f.MeasureUnit,
            ["Năm"] = i < f.Years.Count ? y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : "Cả giai đoạn",
            ["Cách tổng hợp"] = StatusText.Of(f.Aggregation) + (f.Aggregation == Domain.Campaigns.IndicatorAggregation.Rate && !y.Weighted ? " — trung vị" : string.Empty),
            ["Kết quả"] = decimal.Round(y.Value, 2),
            ["Thấp nhất"] = y.Min is { } min ? decimal.Round(min, 2) : null,
            ["Cao nhất"] = y.Max is { } max ? decimal.Round(max, 2) : null,
            ["Số đơn vị báo cáo"] = y.UnitsReporting,
        }))).ToList();
        var perUnit = data.IndicatorsByUnit.Select(l => new Dictionary<string, object?>
        {
            ["Đơn vị"] = l.UnitName,
            ["Năm"] = l.Year,
            ["Nội dung"] = l.AreaNumber,
            ["Chỉ tiêu"] = l.Indicator,
            ["Kết quả"] = l.Value,
        }).ToList();
        var units = data.Units.Select(u => new Dictionary<string, object?>
        {
            ["Đơn vị"] = u.UnitName,
            ["Loại đơn vị"] = u.UnitType,
            ["Năm"] = u.Year,
            ["Tình trạng"] = u.Status,
            ["Nộp muộn"] = u.Late ? "Có" : "Không",
        }).ToList();

        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object>
        {
            ["Tong hop chi tieu"] = totals,
            ["Chi tieu theo don vi"] = perUnit,
            ["Tinh hinh bao cao"] = units,
        });
        return stream.ToArray();
    }

    public static string FileName(ReviewRound round, string extension) => $"bao-cao-tong-hop-{round.Code}.{extension}";
}
