using System.Globalization;
using System.Text;
using NguyenLuongBang.Emulation.Domain.Campaigns;

namespace NguyenLuongBang.Emulation.Web.Data.Seeding;

/// <summary>
/// The demo's indicator values and the narrative written from them. Each value lies in the range
/// usual for the unit's type (<see cref="UsualRanges"/>), is fixed by the unit's name and the
/// indicator so every start gives the same figures, and moves a little each year. The narrative of an area states the same values, so a report's text and its
/// annex agree.
/// </summary>
public static class DemoFigures
{
    /// <summary>Indicators that do not climb year on year: incidents (fewer is better) and teams working (a stock that stays).</summary>
    private static readonly HashSet<string> Steady = new(StringComparer.Ordinal) { "AT01", "XH02" };

    /// <summary>Where a unit lies in a range in 2025 (at most this share of it), and how far it moves up each year after.</summary>
    private const double FirstYearShare = 0.7, YearlyStep = 0.06;

    /// <summary>The demo's value for one unit, indicator and year: a yes/no indicator gives 1 or 0.</summary>
    public static decimal Value(string code, IndicatorKind kind, string unitType, string unitName, int year)
    {
        var (min, max) = UsualRanges.For(code, unitType) ?? (0, 10);
        var share = Share(unitName, code) * FirstYearShare + (Steady.Contains(code) ? 0 : YearlyStep * Math.Max(0, year - 2025));
        if (kind == IndicatorKind.YesNo)
        {
            return share >= 0.3 ? max : min;
        }

        return min + (int)Math.Round((max - min) * Math.Min(1, share), MidpointRounding.AwayFromZero);
    }

    /// <summary>
    /// What a unit wrote for an area in <paramref name="year"/>, stating each of
    /// <paramref name="values"/> (by indicator code) with its measure ("6 buổi", "92%"), or that
    /// there was none ("không để xảy ra sự cố").
    /// </summary>
    public static string Narrative(int area, string unitType, int year, IReadOnlyList<(string Code, decimal Value)> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var phrases = values.Select(v => Phrase(v.Code, v.Value)).Where(p => p is not null).ToList();
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"Năm {year}, đơn vị ");
        text.Append(phrases.Count == 0 ? Without(area) : string.Join("; ", phrases));
        text.Append('.');
        if (Closing(area, unitType) is { } closing)
        {
            text.Append(' ').Append(closing);
        }

        return text.ToString();
    }

    private static string? Phrase(string code, decimal value)
    {
        var n = value.ToString("#,##0", Vietnamese);
        var none = value == 0;
        return code switch
        {
            "TT01" => none ? "chưa tổ chức buổi tuyên truyền riêng" : $"tổ chức {n} buổi tuyên truyền về Nghị quyết 57-NQ/TW và chuyển đổi số",
            "TT02" => none ? "chưa đăng tin, bài trên nền tảng số" : $"đăng {n} tin, bài trên trang thông tin điện tử và nhóm Zalo",
            "HS01" => $"có {n} người hoàn thành phổ cập kỹ năng số trên nền tảng “Bình dân học vụ số”",
            "HS02" => $"cử {n} người (cán bộ, công chức, viên chức) tham gia bồi dưỡng kỹ năng số",
            "CS01" => none ? "chưa có văn bản, quy trình mới" : $"ban hành hoặc đề xuất sửa đổi {n} văn bản, quy trình nội bộ để bỏ bước giấy tờ không cần thiết",
            "CS02" => none ? "chưa có sáng kiến được công nhận" : $"có {n} sáng kiến, giải pháp được công nhận",
            "DL01" => $"số hóa {n}% hồ sơ, kết quả giải quyết thủ tục hành chính",
            "DL02" => none ? "chưa tham gia cập nhật cơ sở dữ liệu dùng chung" : $"cập nhật, kết nối {n} cơ sở dữ liệu dùng chung, làm sạch dữ liệu theo Đề án 06",
            "CP01" => $"đạt tỷ lệ {n}% hồ sơ thủ tục hành chính trực tuyến toàn trình",
            "CP02" => $"ký số {n}% văn bản đi",
            "CP03" => none ? "chưa bố trí kinh phí riêng cho chuyển đổi số" : $"đầu tư {n} triệu đồng cho thiết bị, phần mềm phục vụ chuyển đổi số",
            "XH01" => $"hỗ trợ {n} người kích hoạt định danh điện tử VNeID mức 2",
            "XH02" => $"duy trì {n} tổ công nghệ số cộng đồng",
            "XH03" => none ? "chưa phối hợp với tổ công nghệ số cộng đồng hỗ trợ người dân" : $"cùng tổ công nghệ số cộng đồng hỗ trợ {n} lượt người dân dùng dịch vụ công trực tuyến, ứng dụng ngân hàng số",
            "KT01" => none ? "chưa có cơ sở kinh doanh được hỗ trợ dùng nền tảng số" : $"hỗ trợ {n} cơ sở kinh doanh dùng nền tảng số, thương mại điện tử",
            "KT02" => $"đạt tỷ lệ {n}% giao dịch thanh toán không dùng tiền mặt",
            "KT03" => none ? "chưa có sản phẩm trên sàn thương mại điện tử" : "đưa sản phẩm lên giới thiệu, bán trên sàn thương mại điện tử",
            "AT01" => none ? "không để xảy ra sự cố an toàn thông tin" : $"phát hiện, xử lý kịp thời {n} sự cố an toàn thông tin",
            "AT02" => none ? "chưa triển khai phương án bảo đảm an toàn thông tin theo cấp độ" : "triển khai phương án bảo đảm an toàn thông tin theo cấp độ",
            _ => null,
        };
    }

    /// <summary>An area in which none of the indicators apply to the unit: what such a unit does there.</summary>
    private static string Without(int area) => area switch
    {
        7 => "tuyên truyền, vận động hội viên, người dân thanh toán không dùng tiền mặt và mua bán trên sàn thương mại điện tử",
        _ => "triển khai nội dung này theo chức năng, nhiệm vụ",
    };

    /// <summary>A sentence after the figures, as each kind of unit would put it.</summary>
    private static string? Closing(int area, string unitType) => (area, unitType) switch
    {
        (1, "CO-QUAN" or "TT-HCC" or "MTTQ" or "TRUONG" or "Y-TE") => "Cán bộ, đảng viên của đơn vị nắm được mục tiêu của Nghị quyết 57-NQ/TW.",
        (1, "THON") => "Nội dung được lồng ghép trong các buổi họp thôn và trên loa truyền thanh.",
        (8, "THON") => "Thôn phổ biến cho người dân cách nhận biết lừa đảo trực tuyến.",
        (8, _) => "Đơn vị phổ biến cho cán bộ, người lao động cách nhận biết lừa đảo trực tuyến.",
        _ => null,
    };

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>A fraction in [0, 1) fixed by the unit and the indicator (FNV-1a over both), the same on every machine and every start.</summary>
    private static double Share(string unitName, string code)
    {
        var hash = 2166136261u;
        foreach (var c in unitName + "|" + code)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash % 1000 / 1000.0;
    }
}
