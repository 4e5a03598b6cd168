using System.Globalization;
using NguyenLuongBang.Emulation.Domain.Awards;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.City;
using NguyenLuongBang.Emulation.Web.Features.Consolidation;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.CityReport;

/// <summary>Everything the city's consolidated report of a year says, as plain data built by <see cref="CityQueries.ReportAsync"/>.</summary>
/// <param name="City">The city's row: the place before the date and the committee the report goes to.</param>
/// <param name="CityPlan">"Kế hoạch số 150/KH-UBND ngày 16/06/2025 của Ủy ban nhân dân thành phố Hải Phòng".</param>
/// <param name="Proposals">The Bằng khen proposals the communes sent in the year, with the city's decision where recorded.</param>
/// <param name="SignerName">The approver's own name when issuing; null in a draft (the name is left blank).</param>
public sealed record CityReportData(
    IssuingCommune City,
    int Year,
    string CampaignTitle,
    string CityPlan,
    string? Number,
    DateOnly? IssuedOn,
    AssessmentText Assessment,
    CityOverview Overview,
    CityIndicators Indicators,
    IReadOnlyList<ForwardedNominationLine> Proposals,
    SignerTitle SignerTitle,
    string? SignerName)
{
    /// <summary>Only the document being issued has a number; every other rendering is a draft.</summary>
    public bool Draft => Number is null;

    /// <summary>Unit reports of the year not (yet) accepted, across the city: submitting it for signature then needs a reason.</summary>
    public int NotAccepted => Overview.Communes.Sum(c => c.Units - c.Accepted);
}

/// <summary>
/// Turns <see cref="CityReportData"/> into the city's report across its communes, in the same layout
/// as a commune's (NĐ 30/2020), issued by the Ban Thi đua - Khen thưởng of Sở Nội vụ to the city's
/// People's Committee (no I/O: unit-tested).
/// </summary>
public static class CityReportDocument
{
    /// <summary>The issuing body in the header: the parent department of the city, then the Ban.</summary>
    public static IReadOnlyList<string> Header(IssuingCommune city) => [$"SỞ NỘI VỤ {city.Upper}", "BAN THI ĐUA - KHEN THƯỞNG"];

    public const string Board = "Ban Thi đua - Khen thưởng (Sở Nội vụ)";

    public static IReadOnlyList<string> Authority(SignerTitle title) =>
        title == SignerTitle.Chairman ? ["TRƯỞNG BAN"] : ["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"];

    public static OfficialDocument Compose(CityReportData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var overview = data.Overview;
        var communes = overview.Communes.Count;
        var accepted = overview.Communes.Sum(c => c.Accepted);
        var onTimeShare = Percentage.Of(overview.OnTime, overview.Units);
        var body = new List<DocumentBlock>
        {
            new Paragraph($"Thực hiện {data.CityPlan} về phát động Phong trào thi đua “{data.CampaignTitle}” giai đoạn 2025-2030, {Board} tổng hợp kết quả thực hiện Phong trào năm {data.Year} của các xã, phường, đặc khu trên địa bàn {data.City.DisplayName} như sau:", Italic: true),
            new Heading(1, "I. TÌNH HÌNH TRIỂN KHAI VÀ BÁO CÁO"),
            new Paragraph(data.Assessment.Direction ??
                $"Có {communes} xã, phường, đặc khu triển khai Phong trào với {overview.Units} cơ quan, đơn vị, doanh nghiệp tham gia báo cáo. Năm {data.Year}, {overview.Submitted}/{overview.Units} đơn vị đã gửi báo cáo, trong đó {overview.OnTime} đơn vị gửi đúng hạn ({onTimeShare}%) và {accepted} báo cáo đã được tiếp nhận; {overview.ReportsIssued}/{communes} xã, phường, đặc khu đã ban hành báo cáo tổng hợp (chi tiết tại Phụ lục I)."),
            new Heading(1, "II. KẾT QUẢ CÁC CHỈ TIÊU THI ĐUA TOÀN THÀNH PHỐ"),
        };
        body.AddRange(IndicatorsSection(data));
        body.Add(new Heading(1, "III. CÔNG TÁC KHEN THƯỞNG"));
        body.Add(new Paragraph(AwardsText(data)));
        body.Add(new Heading(1, "IV. ĐÁNH GIÁ CHUNG"));
        body.Add(new Heading(2, "1. Ưu điểm"));
        body.Add(new Paragraph(data.Assessment.Strengths ?? ConsolidatedReportDocument.Placeholder("nội dung đánh giá ưu điểm")));
        body.Add(new Heading(2, "2. Hạn chế, nguyên nhân"));
        body.Add(new Paragraph(data.Assessment.Limitations ?? ConsolidatedReportDocument.Placeholder("nội dung hạn chế và nguyên nhân")));
        body.Add(new Heading(1, "V. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI"));
        body.Add(new Paragraph(data.Assessment.TasksAhead ?? ConsolidatedReportDocument.Placeholder("nhiệm vụ thời gian tới")));
        body.Add(new Heading(1, "VI. ĐỀ XUẤT, KIẾN NGHỊ"));
        body.Add(new Paragraph(data.Assessment.Recommendations ?? ConsolidatedReportDocument.Placeholder("đề xuất, kiến nghị với Ủy ban nhân dân thành phố")));
        body.Add(new Paragraph($"Trên đây là báo cáo kết quả thực hiện Phong trào thi đua năm {data.Year} trên địa bàn {data.City.DisplayName} của {Board}./."));

        var numberText = data.Number is null ? $"Số:      /BC-{Documents.DocumentNumbers.CityBoard}" : $"Số: {data.Number}";
        var reference = data.Number is null
            ? $"(Kèm theo Báo cáo số      /BC-{Documents.DocumentNumbers.CityBoard} của {Board})"
            : $"(Kèm theo Báo cáo số {data.Number} ngày {data.IssuedOn:dd/MM/yyyy} của {Board})";
        return new OfficialDocument(
            Header(data.City),
            numberText,
            data.City.PlaceDate(data.IssuedOn, data.Year),
            "BÁO CÁO",
            [$"Kết quả thực hiện Phong trào thi đua “{data.CampaignTitle}” năm {data.Year} trên địa bàn {data.City.DisplayName}"],
            [data.City.Committee],
            body,
            [$"- {data.City.Committee} (để báo cáo);", "- Giám đốc Sở Nội vụ (để báo cáo);", "- UBND các xã, phường, đặc khu;", "- Lưu: VT, BTĐKT."],
            Authority(data.SignerTitle),
            data.SignerName ?? string.Empty,
            [
                new DocumentAnnex("Phụ lục I", "TÌNH HÌNH BÁO CÁO CỦA CÁC XÃ, PHƯỜNG, ĐẶC KHU", reference, [CommunesTable(data)]),
                new DocumentAnnex("Phụ lục II", "DANH SÁCH ĐỀ NGHỊ TẶNG BẰNG KHEN CỦA CÁC XÃ, PHƯỜNG, ĐẶC KHU", reference, [ProposalsTable(data)]),
            ],
            Draft: data.Draft);
    }

    private static IEnumerable<DocumentBlock> IndicatorsSection(CityReportData data)
    {
        var lines = data.Indicators.Lines.Where(l => l.Figure.Headline is not null).ToList();
        if (lines.Count == 0)
        {
            yield return new Paragraph($"Chưa có báo cáo đơn vị nào của năm {data.Year} được tiếp nhận để tổng hợp chỉ tiêu.");
            yield break;
        }

        yield return new Paragraph($"Cộng từ các báo cáo đã được tiếp nhận của {data.Indicators.CommunesReporting} xã, phường, đặc khu, theo cách tổng hợp của từng loại chỉ tiêu: chỉ tiêu số lượng cộng lại; chỉ tiêu thời điểm lấy số cuối năm; tỷ lệ lấy bình quân gia quyền theo tổng số khi các đơn vị báo cáo tổng số, trung vị khi không (ghi “trung vị” trong bảng); chỉ tiêu có/không đếm số đơn vị có.");
        yield return new Table(
            [new("STT", 0.6, CellAlign.Center), new("Chỉ tiêu", 3.6), new("Toàn thành phố", 1.6, CellAlign.Right), new("Đơn vị báo cáo", 1.2, CellAlign.Right), new("Xã, phường, đặc khu", 1.3, CellAlign.Right)],
            lines.Select((l, i) => (IReadOnlyList<string>)
            [
                (i + 1).ToString(CultureInfo.InvariantCulture), $"{l.Figure.Name} ({l.Figure.MeasureUnit})", IndicatorFigures.Cell(l.Figure, l.Figure.Headline),
                l.Figure.Headline!.UnitsReporting.ToString(CultureInfo.InvariantCulture), l.Communes.ToString(CultureInfo.InvariantCulture),
            ]).ToList());
    }

    private static string AwardsText(CityReportData data)
    {
        if (data.Proposals.Count == 0)
        {
            return $"Năm {data.Year}, Ban chưa nhận được tờ trình đề nghị tặng Bằng khen của các xã, phường, đặc khu trong Phong trào.";
        }

        var fromCommunes = data.Proposals.Select(p => p.CommuneId).Distinct().Count();
        var kinds = new[] { (NomineeKind.Collective, "tập thể"), (NomineeKind.Individual, "cá nhân"), (NomineeKind.Household, "hộ gia đình") }
            .Select(k => (Count: data.Proposals.Count(p => p.NomineeKind == k.Item1), Name: k.Item2)).Where(k => k.Count > 0).Select(k => $"{k.Count} {k.Name}");
        var awarded = data.Proposals.Count(p => p.Awarded == true);
        var decided = data.Proposals.Count(p => p.Awarded is not null);
        var pending = data.Proposals.Count - decided;
        var outcome = decided == 0
            ? "các trường hợp đang được xem xét"
            : $"đã có kết quả đối với {decided} trường hợp, trong đó {awarded} được tặng Bằng khen" + (pending > 0 ? $"; {pending} trường hợp đang xem xét" : string.Empty);
        return $"Năm {data.Year}, Ban nhận tờ trình của {fromCommunes} xã, phường, đặc khu đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân thành phố cho {data.Proposals.Count} trường hợp "
            + $"({string.Join(", ", kinds)}); {outcome} (chi tiết tại Phụ lục II).";
    }

    private static Table CommunesTable(CityReportData data) => new(
        [new("STT", 0.6, CellAlign.Center), new("Xã, phường, đặc khu", 2.6), new("Đơn vị", 0.9, CellAlign.Right), new("Đã nộp", 0.9, CellAlign.Right),
            new("Đúng hạn", 1.2, CellAlign.Right), new("Đã tiếp nhận", 1.1, CellAlign.Right), new("Báo cáo tổng hợp", 2.2)],
        data.Overview.Communes.Select((c, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(CultureInfo.InvariantCulture), c.Name, c.Units.ToString(CultureInfo.InvariantCulture), c.Submitted.ToString(CultureInfo.InvariantCulture),
            $"{c.OnTime} ({c.OnTimePercent}%)", c.Accepted.ToString(CultureInfo.InvariantCulture),
            c.Report is { } report ? $"Số {report.Number} ngày {report.IssuedOn:dd/MM/yyyy}" : "Chưa ban hành",
        ]).ToList());

    private static Table ProposalsTable(CityReportData data) => new(
        [new("STT", 0.6, CellAlign.Center), new("Xã, phường, đặc khu", 2), new("Tập thể / cá nhân", 2.6), new("Tờ trình", 1.8), new("Kết quả", 2.2)],
        data.Proposals.Select((p, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(CultureInfo.InvariantCulture), p.CommuneName, $"{p.NomineeName} ({StatusText.Of(p.NomineeKind)})" + (p.UnitName is null ? string.Empty : $", {p.UnitName}"),
            $"Số {p.ForwardedNumber}" + (p.ForwardedOn is { } on ? $" ngày {on:dd/MM/yyyy}" : string.Empty),
            p.Awarded switch
            {
                true => $"Tặng Bằng khen (Quyết định số {p.DecisionNumber} ngày {p.DecisionOn:dd/MM/yyyy})",
                false => $"Không tặng (số {p.DecisionNumber} ngày {p.DecisionOn:dd/MM/yyyy})",
                _ => "Đang xem xét",
            },
        ]).ToList());
}
