using MiniExcelLibs;
using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Web.Features.Consolidation;

/// <summary>The consolidated report's indicator tables as an Excel workbook: totals per area, and values per unit.</summary>
public static class ConsolidationExcel
{
    public static byte[] Render(ConsolidationData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var totals = data.Areas.SelectMany(a => a.Totals.Select(t => new Dictionary<string, object?>
        {
            ["Nội dung"] = $"({a.Number}) {a.ShortTitle}",
            ["Chỉ tiêu"] = t.Name,
            ["Đơn vị tính"] = t.MeasureUnit,
            ["Cách tổng hợp"] = t.Kind switch
            {
                Domain.Campaigns.IndicatorKind.Percent => "Bình quân",
                Domain.Campaigns.IndicatorKind.YesNo => "Số đơn vị trả lời Có",
                _ => "Tổng",
            },
            ["Kết quả"] = decimal.Round(t.Value, 2),
            ["Số đơn vị báo cáo"] = t.UnitsReporting,
        })).ToList();
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
