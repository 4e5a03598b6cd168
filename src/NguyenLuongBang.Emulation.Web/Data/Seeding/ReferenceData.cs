using NguyenLuongBang.Emulation.Domain.Campaigns;

namespace NguyenLuongBang.Emulation.Web.Data.Seeding;

/// <summary>
/// The plan's own facts: its eight content areas (verbatim from section II.1), the indicator
/// catalogue and the unit types. Seeded on every start-up where missing; an administrator may
/// change the catalogue afterwards.
/// </summary>
internal static class ReferenceData
{
    public const string CampaignTitle =
        "Hải Phòng thi đua đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, góp phần đưa đất nước vươn mình bước vào kỷ nguyên giàu mạnh và thịnh vượng";

    public const string LegalBases = """
        Quyết định số 923/QĐ-TTg ngày 14/5/2025 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai Phong trào thi đua "Cả nước thi đua đổi mới sáng tạo và chuyển đổi số";
        Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;
        Nghị quyết số 03/NQ-CP ngày 09/01/2025 và Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ;
        Kế hoạch số 150/KH-UBND ngày 16/6/2025 của Ủy ban nhân dân thành phố Hải Phòng.
        """;

    public static IReadOnlyList<(int Number, string ShortTitle, string FullText)> ContentAreas { get; } =
    [
        (1, "Nâng cao nhận thức, đổi mới tư duy", """
            Thi đua nâng cao nhận thức, đột phá về đổi mới tư duy, xác định quyết tâm chính trị mạnh mẽ, quyết liệt lãnh đạo, chỉ đạo, tạo xung lực mới, khí thế mới trong toàn xã hội về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số. Gắn tuyên truyền các mục tiêu, nhiệm vụ phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số với các nghị quyết, chiến lược, chương trình hành động, mục tiêu, nhiệm vụ phát triển kinh tế, xã hội, bảo đảm quốc phòng, an ninh.
            """),
        (2, "Học tập số", """
            Phát động phong trào học tập trên các nền tảng số để trở thành phong trào “học tập số” liên tục phổ cập, nâng cao kiến thức về khoa học, công nghệ, đổi mới sáng tạo, kỹ năng số, công nghệ số cơ bản trong cán bộ, công chức và Nhân dân.
            """),
        (3, "Hoàn thiện cơ chế, chính sách", """
            Thi đua tập trung quyết liệt, khẩn trương hoàn thiện cơ chế, chính sách; xoá bỏ mọi tư tưởng, quan niệm, rào cản đang cản trở sự phát triển; đưa chính sách thành một lợi thế cạnh tranh trong phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số.
            """),
        (4, "Hạ tầng dữ liệu, chia sẻ và mở dữ liệu", """
            Tăng cường đầu tư, hoàn thiện hạ tầng cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số. Trọng tâm tập trung nguồn lực đầu tư xây dựng, hoàn thành và đưa vào khai thác hiệu quả các cơ sở dữ liệu phục vụ phát triển kinh tế - xã hội của xã; kết nối, khai thác, chia sẻ hiệu quả dữ liệu giữa các cơ quan trong hệ thống chính trị; triển khai các sáng kiến mở dữ liệu để người dân, doanh nghiệp khai thác, tạo giá trị mới, đổi mới sáng tạo.
            """),
        (5, "Hạ tầng số, Chính phủ số, cải cách thủ tục hành chính", """
            Thi đua phát triển hạ tầng, nhất là hạ tầng số, công nghệ số trên nguyên tắc “hiện đại, đồng bộ, an ninh, an toàn, hiệu quả, tránh lãng phí”. Trọng tâm thi đua phát triển Chính phủ số, đầy mạnh ứng dụng số trong cải cách hành chính, nhất là cải cách thủ tục hành chính; tăng cường quản lý nhà nước trên môi trường số từ thành phố đến địa phương; kết nối và vận hành thông suốt các cơ quan trong hệ thống chính trị, khai thác và sử dụng có hiệu quả tài nguyên số, dữ liệu số.
            """),
        (6, "Xã hội số, nhân lực số", """
            Thi đua phát triển xã hội số. Tập trung chuyển đổi số xã hội, đào tạo, tập huấn, nâng cao kiến thức, kỹ năng về công nghệ số và chuyển đổi số. Chuẩn bị nguồn nhân lực cho chuyển đổi số để phát triển xã hội số. Tập trung phát triển, trọng dụng nhân lực chất lượng cao, nhân tài đáp ứng yêu cầu phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số.
            """),
        (7, "Kinh tế số, doanh nghiệp công nghệ số", """
            Thi đua phát triển kinh tế số, phát triển doanh nghiệp công nghệ số. Thúc đẩy chuyển đổi số trong doanh nghiệp để nâng cao năng lực cạnh tranh của doanh nghiệp và cả nền kinh tế. Tập trung xây dựng chính sách ưu đãi, khuyến khích các doanh nghiệp, nhất là doanh nghiệp nhỏ và vừa, hợp tác xã, hộ kinh doanh đầu tư cho chuyển đổi số, nghiên cứu, ứng dụng khoa học, đổi mới công nghệ để nâng cao hiệu quả sản xuất kinh doanh, quản trị doanh nghiệp.
            """),
        (8, "An toàn, an ninh mạng, hợp tác", """
            Thi đua đảm bảo an toàn, an ninh mạng, đầy mạnh hợp tác quốc tế trong phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, nhất là các lĩnh vực trí tuệ nhân tạo, công nghệ sinh học, công nghệ lượng tử, bán dẫn, năng lượng nguyên tử và các công nghệ chiến lược khác. Tăng cường ứng dụng công nghệ số, công nghệ quốc phòng mới trong các hệ thống chỉ huy, điều hành, quản lý lực lượng vũ trang; chú trọng xây dựng, củng cố các lực lượng nòng cốt về an toàn, ninh mạng; đẩy mạnh hợp tác trong phát triển khoa học, công nghệ, chuyển đổi số.
            """),
    ];

    /// <summary>
    /// The unit types that report an indicator, where not every type does: administrative
    /// procedures are the centre's and the offices'; civil servants and signed documents belong to
    /// public bodies; community digital teams to villages; payments and e-commerce to those that sell.
    /// </summary>
    public static IReadOnlyDictionary<string, string[]> Applicability { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["HS02"] = ["CO-QUAN", "TT-HCC", "MTTQ", "TRUONG", "Y-TE"],
        ["DL01"] = ["CO-QUAN", "TT-HCC"],
        ["CP01"] = ["CO-QUAN", "TT-HCC"],
        ["CP02"] = ["CO-QUAN", "TT-HCC", "MTTQ", "TRUONG", "Y-TE"],
        ["XH02"] = ["THON", "MTTQ"],
        ["KT01"] = ["CO-QUAN", "DOANH-NGHIEP", "HTX", "THON"],
        ["KT02"] = ["TT-HCC", "TRUONG", "Y-TE", "DOANH-NGHIEP", "HTX"],
        ["KT03"] = ["DOANH-NGHIEP", "HTX", "THON"],
    };

    /// <summary>Indicators whose fewer is better: security incidents.</summary>
    public static IReadOnlySet<string> LowerIsBetter { get; } = new HashSet<string> { "AT01" };

    /// <summary>Counts of what exists at year end rather than what happened in the year.</summary>
    public static IReadOnlySet<string> StockIndicators { get; } = new HashSet<string> { "XH02" };

    public static IReadOnlyList<(string Code, string Name, string MeasureUnit, IndicatorKind Kind, int Area)> Indicators { get; } =
    [
        ("TT01", "Số buổi tuyên truyền về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số", "buổi", IndicatorKind.Count, 1),
        ("TT02", "Số tin, bài tuyên truyền trên các nền tảng số", "tin, bài", IndicatorKind.Count, 1),
        ("HS01", "Số người được phổ cập kỹ năng số (\"Bình dân học vụ số\"), được chứng nhận trên VNeID", "người", IndicatorKind.Count, 2),
        ("HS02", "Số cán bộ, công chức, viên chức được bồi dưỡng kỹ năng số", "người", IndicatorKind.Count, 2),
        ("CS01", "Số văn bản, cơ chế, quy trình được ban hành hoặc đề xuất sửa đổi", "văn bản", IndicatorKind.Count, 3),
        ("CS02", "Số sáng kiến, giải pháp được công nhận", "sáng kiến", IndicatorKind.Count, 3),
        ("DL01", "Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "%", IndicatorKind.Percent, 4),
        ("DL02", "Số cơ sở dữ liệu được cập nhật, kết nối, chia sẻ", "cơ sở dữ liệu", IndicatorKind.Count, 4),
        ("CP01", "Tỷ lệ hồ sơ thủ tục hành chính trực tuyến toàn trình", "%", IndicatorKind.Percent, 5),
        ("CP02", "Tỷ lệ văn bản đi được ký số", "%", IndicatorKind.Percent, 5),
        ("CP03", "Kinh phí đầu tư cho chuyển đổi số", "triệu đồng", IndicatorKind.Money, 5),
        ("XH01", "Số người được hỗ trợ kích hoạt định danh điện tử VNeID mức 2", "người", IndicatorKind.Count, 6),
        ("XH02", "Số tổ công nghệ số cộng đồng đang hoạt động", "tổ", IndicatorKind.Count, 6),
        ("XH03", "Số lượt người dân được tổ công nghệ số cộng đồng hỗ trợ", "lượt", IndicatorKind.Count, 6),
        ("KT01", "Số hộ kinh doanh, doanh nghiệp, hợp tác xã dùng nền tảng số, thương mại điện tử", "cơ sở", IndicatorKind.Count, 7),
        ("KT02", "Tỷ lệ giao dịch thanh toán không dùng tiền mặt", "%", IndicatorKind.Percent, 7),
        ("KT03", "Có sản phẩm được giới thiệu, bán trên sàn thương mại điện tử", "có/không", IndicatorKind.YesNo, 7),
        ("AT01", "Số sự cố an toàn thông tin được phát hiện, xử lý", "sự cố", IndicatorKind.Count, 8),
        ("AT02", "Đã triển khai phương án bảo đảm an toàn thông tin theo cấp độ", "có/không", IndicatorKind.YesNo, 8),
    ];

    public static IReadOnlyList<(string Code, string Name)> UnitTypes { get; } =
    [
        ("CO-QUAN", "Cơ quan thuộc Ủy ban nhân dân xã"),
        ("TT-HCC", "Trung tâm Phục vụ hành chính công"),
        ("MTTQ", "Mặt trận Tổ quốc và các tổ chức chính trị - xã hội"),
        ("TRUONG", "Trường học"),
        ("Y-TE", "Trạm Y tế"),
        ("DOANH-NGHIEP", "Doanh nghiệp"),
        ("HTX", "Hợp tác xã"),
        ("THON", "Thôn"),
    ];
}
