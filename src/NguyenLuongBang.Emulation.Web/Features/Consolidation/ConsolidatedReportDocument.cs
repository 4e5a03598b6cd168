using System.Globalization;
using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Consolidation;

/// <summary>Turns <see cref="ConsolidationData"/> into the official report to the city (no I/O: unit-tested).</summary>
public static class ConsolidatedReportDocument
{
    public const string Place = "Xã Nguyễn Lương Bằng";

    private static readonly string[] Roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"];

    public static OfficialDocument Compose(ConsolidationData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var period = data.Round.Period;
        var body = new List<DocumentBlock>
        {
            new Paragraph($"Thực hiện Kế hoạch số 150/KH-UBND ngày 16/6/2025 của Ủy ban nhân dân thành phố Hải Phòng về phát động Phong trào thi đua “{data.CampaignTitle}” giai đoạn 2025-2030; Kế hoạch của Ủy ban nhân dân xã Nguyễn Lương Bằng triển khai Phong trào trên địa bàn xã, Ủy ban nhân dân xã báo cáo kết quả thực hiện {period} như sau:", Italic: true),
        };

        var submitted = data.Units.Count(u => u.SubmittedOn is not null);
        var accepted = data.Units.Count(u => u.Status == StatusText.Of(Domain.Reports.ReportStatus.Accepted));
        body.Add(new Heading(1, $"{Roman[0]}. CÔNG TÁC CHỈ ĐẠO, TỔ CHỨC TRIỂN KHAI"));
        body.Add(new Paragraph(data.Assessment.Direction ??
            $"Ủy ban nhân dân xã ban hành Kế hoạch phát động Phong trào; Phòng Văn hóa - Xã hội hướng dẫn các cơ quan, đơn vị, doanh nghiệp xây dựng kế hoạch và báo cáo kết quả. {period[0..1].ToUpperInvariant()}{period[1..]}, {submitted}/{data.Units.Count} lượt đơn vị đã gửi báo cáo, trong đó {accepted} báo cáo đã được tiếp nhận."));

        body.Add(new Heading(1, $"{Roman[1]}. KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG THI ĐUA"));
        foreach (var area in data.Areas)
        {
            body.Add(new Heading(2, $"{area.Number}. {area.ShortTitle}"));
            if (area.Contributions.Count == 0)
            {
                body.Add(new Paragraph("Chưa có đơn vị báo cáo kết quả ở nội dung này."));
            }

            foreach (var contribution in area.Contributions)
            {
                var year = data.Round.Kind == RoundKind.Annual ? string.Empty : $" (năm {contribution.Year})";
                body.Add(new Paragraph($"- {contribution.UnitName}{year}: {contribution.Text}"));
            }

            if (area.Totals.Count > 0)
            {
                body.Add(new Paragraph("Kết quả các chỉ tiêu: " + string.Join("; ", area.Totals.Select(Describe)) + "."));
            }
        }

        body.Add(new Heading(1, $"{Roman[2]}. ĐÁNH GIÁ CHUNG"));
        body.Add(new Heading(2, "1. Ưu điểm"));
        body.Add(new Paragraph(data.Assessment.Strengths ?? "(Chuyên viên bổ sung nội dung đánh giá ưu điểm.)"));
        body.Add(new Heading(2, "2. Hạn chế, nguyên nhân"));
        body.Add(new Paragraph(data.Assessment.Limitations ?? "(Chuyên viên bổ sung nội dung hạn chế và nguyên nhân.)"));
        body.Add(new Heading(1, $"{Roman[3]}. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI"));
        body.Add(new Paragraph(data.Assessment.TasksAhead ?? "(Chuyên viên bổ sung nhiệm vụ thời gian tới.)"));
        body.Add(new Heading(1, $"{Roman[4]}. ĐỀ XUẤT, KIẾN NGHỊ"));
        body.Add(new Paragraph(data.Assessment.Proposals ?? "(Chuyên viên bổ sung đề xuất, kiến nghị với thành phố.)"));
        body.Add(new Paragraph($"Trên đây là báo cáo kết quả thực hiện Phong trào thi đua {period} của Ủy ban nhân dân xã Nguyễn Lương Bằng./."));

        var numberText = data.Number is null ? "Số:      /BC-UBND" : $"Số: {data.Number}";
        var reference = data.Number is null
            ? "(Kèm theo Báo cáo số      /BC-UBND của Ủy ban nhân dân xã Nguyễn Lương Bằng)"
            : $"(Kèm theo Báo cáo số {data.Number} ngày {data.IssuedOn:dd/MM/yyyy} của Ủy ban nhân dân xã Nguyễn Lương Bằng)";
        return new OfficialDocument(
            ["ỦY BAN NHÂN DÂN", "XÃ NGUYỄN LƯƠNG BẰNG"],
            numberText,
            PlaceDate(data.IssuedOn, data.Round.Kind == RoundKind.Annual ? data.Round.Year : data.Round.Year),
            "BÁO CÁO",
            [$"Kết quả thực hiện Phong trào thi đua “{data.CampaignTitle}” {period}"],
            ["Ủy ban nhân dân thành phố Hải Phòng"],
            body,
            ["- UBND thành phố Hải Phòng;", "- Ban Thi đua - Khen thưởng (Sở Nội vụ);", "- TT Đảng ủy, HĐND xã;", "- Lưu: VT, VHXH."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
            data.SignerName,
            [
                new DocumentAnnex("Phụ lục I", "TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ", reference, [UnitsTable(data)]),
                new DocumentAnnex("Phụ lục II", "KẾT QUẢ CHỈ TIÊU THEO ĐƠN VỊ VÀ NỘI DUNG THI ĐUA", reference, [IndicatorsTable(data)]),
                new DocumentAnnex("Phụ lục III", "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG CỦA CÁC ĐƠN VỊ", reference, [CommendationsTable(data)]),
            ]);
    }

    /// <summary>"Xã Nguyễn Lương Bằng, ngày 05 tháng 12 năm 2026"; a draft leaves day and month blank.</summary>
    public static string PlaceDate(DateOnly? date, int year) => date is { } d
        ? $"{Place}, ngày {d.Day:00} tháng {(d.Month <= 2 ? d.Month.ToString("00", CultureInfo.InvariantCulture) : d.Month.ToString(CultureInfo.InvariantCulture))} năm {d.Year}"
        : $"{Place}, ngày      tháng      năm {year}";

    private static string Describe(IndicatorTotal total) => total.Kind switch
    {
        IndicatorKind.Percent => $"{Lower(total.Name)} bình quân {VietnameseNumber.Format(decimal.Round(total.Value, 1, MidpointRounding.AwayFromZero))}% ({total.UnitsReporting} đơn vị báo cáo)",
        IndicatorKind.YesNo => $"{total.Value:0}/{total.UnitsReporting} đơn vị {Lower(total.Name)}",
        _ => $"{Lower(total.Name)}: {VietnameseNumber.Format(total.Value)} {total.MeasureUnit}",
    };

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLower(text[0], CultureInfo.InvariantCulture) + text[1..];

    private static Table UnitsTable(ConsolidationData data) => new(
        [new("STT", 0.6, CellAlign.Center), new("Đơn vị", 3.2), new("Năm", 0.8, CellAlign.Center), new("Tình trạng báo cáo", 2), new("Ngày nộp", 1.4, CellAlign.Center)],
        data.Units.Select((u, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(CultureInfo.InvariantCulture), u.UnitName, u.Year.ToString(CultureInfo.InvariantCulture),
            u.Status + (u.Late ? " (nộp muộn)" : string.Empty), u.SubmittedOn?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "—",
        ]).ToList());

    private static Table IndicatorsTable(ConsolidationData data) => new(
        [new("STT", 0.6, CellAlign.Center), new("Đơn vị", 2.4), new("Nội dung", 0.9, CellAlign.Center), new("Chỉ tiêu", 3.4), new("Kết quả", 1.4, CellAlign.Right)],
        data.IndicatorsByUnit.Select((l, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(CultureInfo.InvariantCulture), data.Round.Kind == RoundKind.Annual ? l.UnitName : $"{l.UnitName} ({l.Year})",
            $"({l.AreaNumber})", l.Indicator, l.Value,
        ]).ToList());

    private static Table CommendationsTable(ConsolidationData data) => new(
        [new("STT", 0.6, CellAlign.Center), new("Tập thể / cá nhân", 2.4), new("Chức vụ, đơn vị", 2.4), new("Thành tích", 3.3)],
        data.Commendations.Select((c, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(CultureInfo.InvariantCulture), $"{c.NomineeName} ({c.Kind})", string.Join(", ", new[] { c.Position, c.UnitName }.Where(x => !string.IsNullOrEmpty(x))), c.Achievement,
        ]).ToList());
}
