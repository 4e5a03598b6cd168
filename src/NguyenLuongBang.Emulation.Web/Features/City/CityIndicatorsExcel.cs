using MiniExcelLibs;
using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Web.Features.Consolidation;

namespace NguyenLuongBang.Emulation.Web.Features.City;

/// <summary>
/// The city's comparison of communes as an Excel workbook, as the page shows it: one row per
/// commune in the page's order, one column per indicator (its unit in the heading, the figure as a
/// number), the city's figure last; a second sheet says how each indicator is added up.
/// </summary>
public static class CityIndicatorsExcel
{
    public const string CommuneColumn = "Xã, phường, đặc khu";

    public const string CityRow = "Toàn thành phố";

    public static byte[] Render(CityIndicators data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var rows = data.Communes
            .Select(c => Row(c.Name, data.Lines, line => c.Of(line.Figure.Code)))
            .Append(Row(CityRow, data.Lines, line => line.Figure))
            .ToList();
        var rules = data.Lines.Select(l => new Dictionary<string, object?>
        {
            ["Mã"] = l.Figure.Code,
            ["Chỉ tiêu"] = l.Figure.Name,
            ["Đơn vị tính"] = l.Figure.MeasureUnit,
            ["Cách tổng hợp"] = StatusText.Of(l.Figure.Aggregation),
        }).ToList();

        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object>
        {
            ["So sanh xa phuong"] = rows,
            ["Cach tong hop"] = rules,
        });
        return stream.ToArray();
    }

    /// <summary>The heading of an indicator's column: "TT02 Số tin, bài … (tin, bài)".</summary>
    public static string Column(IndicatorFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return $"{figure.Code} {figure.Name} ({figure.MeasureUnit})";
    }

    public static string FileName(int year) => $"chi-tieu-cac-xa-phuong-{year}.xlsx";

    private static Dictionary<string, object?> Row(string name, IReadOnlyList<CityIndicatorLine> lines, Func<CityIndicatorLine, IndicatorFigure?> figureOf)
    {
        var row = new Dictionary<string, object?> { [CommuneColumn] = name };
        foreach (var line in lines)
        {
            row[Column(line.Figure)] = figureOf(line)?.Headline is { } value ? Number(line.Figure, value) : null;
        }

        return row;
    }

    /// <summary>The figure as the page shows it: a rate to one decimal, other figures to two.</summary>
    private static decimal Number(IndicatorFigure figure, YearFigure value) =>
        decimal.Round(value.Value, figure.Aggregation == IndicatorAggregation.Rate ? 1 : 2, MidpointRounding.AwayFromZero);
}
