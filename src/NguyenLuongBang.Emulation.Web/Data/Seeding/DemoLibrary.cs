using System.Security.Cryptography;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Domain.Files;
using NguyenLuongBang.Emulation.Web.Documents;

namespace NguyenLuongBang.Emulation.Web.Data.Seeding;

/// <summary>
/// The demo's guidance library: the commune's plan (public) and the yearly report template (for
/// units). The files are drawn once per process by the portal's own renderers and shared by every
/// seeding (the tests seed a fresh database per test class).
/// </summary>
internal static class DemoLibrary
{
    private static readonly Lazy<byte[]> PlanPdf = new(() => PdfRenderer.Render(Plan()));

    private static readonly Lazy<byte[]> TemplateDocx = new(() => WordRenderer.Render(Template()));

    public static async Task SeedAsync(AppDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var plan = File("ke-hoach-45-KH-UBND.pdf", Documents.DocumentIssuer.PdfType, PlanPdf.Value, now);
        var template = File("mau-bao-cao-ket-qua-thi-dua.docx", Documents.DocumentIssuer.WordType, TemplateDocx.Value, now);
        db.StoredFiles.AddRange(plan, template);
        await db.SaveChangesAsync(cancellationToken);
        db.GuidanceDocuments.Add(new GuidanceDocument("Kế hoạch phát động Phong trào thi đua chuyển đổi số giai đoạn 2025-2030 của UBND xã", "45/KH-UBND",
            new DateOnly(2025, 8, 25), "Ủy ban nhân dân xã Nguyễn Lương Bằng", GuidanceCategory.Plan, true, plan.Id, Actor.System, now));
        db.GuidanceDocuments.Add(new GuidanceDocument("Mẫu báo cáo kết quả thực hiện Phong trào thi đua hằng năm", null,
            new DateOnly(2025, 9, 10), "Phòng Văn hóa - Xã hội", GuidanceCategory.ReportTemplate, false, template.Id, Actor.System, now));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static StoredFile File(string name, string type, byte[] content, DateTimeOffset now) =>
        new(name, type, content, Convert.ToHexStringLower(SHA256.HashData(content)), Actor.System, now);

    private static OfficialDocument Plan() => new(
        ["ỦY BAN NHÂN DÂN", "XÃ NGUYỄN LƯƠNG BẰNG"], "Số: 45/KH-UBND", "Nguyễn Lương Bằng, ngày 25 tháng 8 năm 2025", "KẾ HOẠCH",
        ["Phát động Phong trào thi đua “Hải Phòng thi đua đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số” giai đoạn 2025-2030"],
        [],
        [
            new Heading(1, "I. MỤC ĐÍCH, YÊU CẦU"),
            new Paragraph("Phát huy sức mạnh của cả hệ thống chính trị và toàn xã hội trong chuyển đổi số trên địa bàn xã; phát hiện, biểu dương, khen thưởng kịp thời các tập thể, cá nhân tiêu biểu."),
            new Heading(1, "II. NỘI DUNG THI ĐUA VÀ THỜI GIAN THỰC HIỆN"),
            new Paragraph("Năm 2025 các cơ quan, đơn vị ban hành kế hoạch phát động; năm 2027 sơ kết; năm 2030 tổng kết."),
            new Heading(1, "III. TỔ CHỨC THỰC HIỆN"),
            new Paragraph("Định kỳ hằng năm các cơ quan, đơn vị và doanh nghiệp gửi báo cáo kết quả về Phòng Văn hóa - Xã hội trước ngày 15/12."),
        ],
        ["Như trên;", "Lưu: VT, VHXH."], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Nguyễn Văn Hải", []);

    private static OfficialDocument Template() => new(
        ["TÊN CƠ QUAN, ĐƠN VỊ"], "Số:      /BC-...", "..., ngày ... tháng ... năm ...", "BÁO CÁO",
        ["Kết quả thực hiện Phong trào thi đua chuyển đổi số năm ..."],
        ["Phòng Văn hóa - Xã hội, UBND xã Nguyễn Lương Bằng"],
        [
            new Heading(1, "I. KẾT QUẢ THỰC HIỆN THEO TÁM NỘI DUNG THI ĐUA"),
            new Paragraph("Với mỗi nội dung: các hoạt động đã triển khai và kết quả, kèm số liệu chỉ tiêu và minh chứng."),
            new Heading(1, "II. KHÓ KHĂN, VƯỚNG MẮC"),
            new Paragraph("..."),
            new Heading(1, "III. ĐỀ XUẤT, KIẾN NGHỊ VÀ ĐỀ NGHỊ KHEN THƯỞNG"),
            new Paragraph("..."),
        ],
        ["Như trên;", "Lưu: VT."], ["THỦ TRƯỞNG ĐƠN VỊ"], "", []);
}
