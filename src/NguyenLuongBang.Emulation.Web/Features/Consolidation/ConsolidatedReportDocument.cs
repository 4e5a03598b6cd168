using System.Globalization;
using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Consolidation;

/// <summary>Turns <see cref="ConsolidationData"/> into the official report to the city (no I/O: unit-tested).</summary>
public static class ConsolidatedReportDocument
{
    private static readonly string[] Roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"];


    public static OfficialDocument Compose(ConsolidationData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var commune = data.Commune;
        var period = data.Round.Period;
        var annual = data.Round.Kind == RoundKind.Annual;
        var cityPlan = data.Plans?.CityPlan ?? PlanCitations.BlankCityPlan;
        var communePlan = data.Plans?.CommunePlan(commune) ?? PlanCitations.BlankCommunePlan(commune);
        var body = new List<DocumentBlock>
        {
            new Paragraph($"Thực hiện {cityPlan} về phát động Phong trào thi đua “{data.CampaignTitle}” giai đoạn 2025-2030; {communePlan} triển khai Phong trào trên địa bàn {commune.Level}, Ủy ban nhân dân {commune.Level} báo cáo kết quả thực hiện {period} như sau:", Italic: true),
        };

        var submitted = data.Units.Count(u => u.SubmittedOn is not null);
        var accepted = data.Units.Count(u => u.Status == StatusText.Of(Domain.Reports.ReportStatus.Accepted));
        var section = 0;
        body.Add(new Heading(1, $"{Roman[section++]}. CÔNG TÁC CHỈ ĐẠO, TỔ CHỨC TRIỂN KHAI"));
        var reportCount = annual
            ? $"{submitted}/{data.Units.Count} đơn vị đã gửi báo cáo, trong đó {accepted} báo cáo đã được tiếp nhận"
            : string.Join("; ", data.Round.Years.Select(year =>
            {
                var ofYear = data.Units.Where(u => u.Year == year).ToList();
                return $"năm {year}: {ofYear.Count(u => u.SubmittedOn is not null)}/{ofYear.Count} đơn vị gửi báo cáo";
            }));
        body.Add(new Paragraph(data.Assessment.Direction ??
            $"Ủy ban nhân dân {commune.Level} ban hành Kế hoạch phát động Phong trào; Phòng Văn hóa - Xã hội hướng dẫn các cơ quan, đơn vị, doanh nghiệp xây dựng kế hoạch và báo cáo kết quả. {char.ToUpperInvariant(period[0])}{period[1..]}, {reportCount}."));
        if (annual)
        {
            body.Add(new Paragraph(YearAwards(data)));
        }

        body.Add(new Heading(1, $"{Roman[section++]}. KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG THI ĐUA"));
        foreach (var area in data.Areas)
        {
            body.Add(new Heading(2, $"{area.Number}. {area.ShortTitle}"));
            body.Add(new Paragraph(area.Synthesis(data.Round)));
            if (!annual)
            {
                PeriodTable(body, area, data.Round);
            }
        }

        if (!annual)
        {
            body.Add(new Heading(1, $"{Roman[section++]}. CÔNG TÁC KHEN THƯỞNG"));
            body.AddRange(AwardsSection(data));
            body.Add(new Heading(1, $"{Roman[section++]}. MÔ HÌNH, SÁNG KIẾN ĐIỂN HÌNH"));
            body.AddRange(PracticesSection(data));
        }

        body.Add(new Heading(1, $"{Roman[section++]}. ĐÁNH GIÁ CHUNG"));
        body.Add(new Heading(2, "1. Ưu điểm"));
        body.Add(new Paragraph(data.Assessment.Strengths ?? Placeholder("nội dung đánh giá ưu điểm")));
        body.Add(new Heading(2, "2. Hạn chế, nguyên nhân"));
        body.Add(new Paragraph(data.Assessment.Limitations ?? Placeholder("nội dung hạn chế và nguyên nhân")));
        body.Add(new Heading(1, $"{Roman[section++]}. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI"));
        body.Add(new Paragraph(data.Assessment.TasksAhead ?? Placeholder("nhiệm vụ thời gian tới")));
        body.Add(new Heading(1, $"{Roman[section]}. ĐỀ XUẤT, KIẾN NGHỊ"));
        body.Add(new Paragraph(data.Assessment.Recommendations ?? Placeholder("đề xuất, kiến nghị với thành phố")));
        body.Add(new Paragraph($"Trên đây là báo cáo kết quả thực hiện Phong trào thi đua {period} của {commune.Committee}./."));

        var numberText = data.Number is null ? "Số:      /BC-UBND" : $"Số: {data.Number}";
        var reference = data.Number is null
            ? $"(Kèm theo Báo cáo số      /BC-UBND của {commune.Committee})"
            : $"(Kèm theo Báo cáo số {data.Number} ngày {data.IssuedOn:dd/MM/yyyy} của {commune.Committee})";
        return new OfficialDocument(
            commune.CommitteeHeader,
            numberText,
            commune.PlaceDate(data.IssuedOn, data.Round.Year),
            "BÁO CÁO",
            [$"Kết quả thực hiện Phong trào thi đua “{data.CampaignTitle}” {period}"],
            ["Ủy ban nhân dân thành phố Hải Phòng"],
            body,
            ["- UBND thành phố Hải Phòng;", "- Ban Thi đua - Khen thưởng (Sở Nội vụ);", $"- TT Đảng ủy, HĐND {commune.Level};", "- Lưu: VT, VHXH."],
            ["TM. ỦY BAN NHÂN DÂN", .. Awards.AwardDocuments.Authority(data.SignerTitle)],
            data.SignerName ?? string.Empty,
            [
                new DocumentAnnex("Phụ lục I", "TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ", reference, [UnitsTable(data)]),
                new DocumentAnnex("Phụ lục II", "KẾT QUẢ CHỈ TIÊU THEO ĐƠN VỊ VÀ NỘI DUNG THI ĐUA", reference, [IndicatorsTable(data)]),
                new DocumentAnnex("Phụ lục III", "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG CỦA CÁC ĐƠN VỊ", reference, [CommendationsTable(data)]),
                new DocumentAnnex("Phụ lục IV", "KẾT QUẢ CỦA CÁC ĐƠN VỊ THEO TỪNG NỘI DUNG THI ĐUA", reference, UnitTexts(data)),
            ],
            Draft: data.Draft);
    }

    /// <summary>The text a draft prints where the reviewer has not written yet; the report cannot go for signature with it.</summary>
    public static string Placeholder(string what) => $"(Chuyên viên bổ sung {what}.)";

    /// <summary>The year's award decisions of the round, by number and date, with what they awarded (a replaced decision counts in the one that replaced it).</summary>
    private static string YearAwards(ConsolidationData data)
    {
        var year = data.Round.Year;
        var given = data.Awards.Where(a => a.ReplacedBy is null).ToList();
        if (given.Count == 0)
        {
            return $"Đến thời điểm báo cáo, Chủ tịch Ủy ban nhân dân {data.Commune.Level} chưa ban hành quyết định khen thưởng trong Phong trào năm {year}.";
        }

        var decisions = string.Join(", ", given.Select(a => $"số {a.Number} ngày {a.SignedOn:dd/MM/yyyy}"));
        var whom = Awards.AwardDocuments.Counted([(given.Sum(a => a.Collectives), "tập thể"), (given.Sum(a => a.Individuals), "cá nhân"), (given.Sum(a => a.Households), "hộ gia đình")]);
        return $"Về khen thưởng, Chủ tịch Ủy ban nhân dân {data.Commune.Level} đã ban hành Quyết định {decisions} tặng Giấy khen cho {whom} có thành tích xuất sắc trong Phong trào năm {year}.";
    }

    /// <summary>Each unit's own text, area by area in the plan's order: the annex the body's syntheses are drawn from.</summary>
    private static List<DocumentBlock> UnitTexts(ConsolidationData data)
    {
        var annual = data.Round.Kind == RoundKind.Annual;
        var blocks = new List<DocumentBlock>();
        foreach (var area in data.Areas)
        {
            blocks.Add(new Heading(2, $"{area.Number}. {area.ShortTitle}"));
            blocks.Add(new Paragraph(area.Contributions.Count == 0
                ? "Chưa có đơn vị báo cáo kết quả ở nội dung này."
                : string.Join("\n", area.Contributions.Select(c => $"- {c.UnitName}{(annual ? string.Empty : $" (năm {c.Year})")}: {c.Text}"))));
        }

        return blocks;
    }

    /// <summary>A review period: every indicator year by year and over the period, and how the period's figure is added up — below the area's synthesis.</summary>
    private static void PeriodTable(List<DocumentBlock> body, AreaResult area, ReviewRound round)
    {
        if (area.Figures.Count == 0)
        {
            return;
        }

        var years = round.Years;
        body.Add(new Table(
            [new("STT", 0.6, CellAlign.Center), new("Chỉ tiêu", 3.2), .. years.Select(y => new TableColumn(y.ToString(CultureInfo.InvariantCulture), 1, CellAlign.Right)), new("Cả giai đoạn", 1.3, CellAlign.Right)],
            area.Figures.Select((f, i) => (IReadOnlyList<string>)
            [
                (i + 1).ToString(CultureInfo.InvariantCulture), $"{f.Name} ({f.MeasureUnit})",
                .. years.Select(y => IndicatorFigures.Cell(f, f.Years.FirstOrDefault(v => v.Year == y))),
                IndicatorFigures.Cell(f, f.Period),
            ]).ToList()));
        body.Add(new Paragraph("Cách tổng hợp: " + string.Join("; ", area.Figures.Select(f => IndicatorFigures.Describe(f, f.Period!, period: true))) + "."));
    }

    private static IEnumerable<DocumentBlock> AwardsSection(ConsolidationData data)
    {
        if (data.Awards.Count == 0)
        {
            yield return new Paragraph($"Trong {data.Round.Span}, Chủ tịch Ủy ban nhân dân {data.Commune.Level} chưa ban hành quyết định khen thưởng trong Phong trào.");
            yield break;
        }

        // A replaced decision's awards are counted in the decision that replaced it.
        var given = data.Awards.Where(a => a.ReplacedBy is null).ToList();
        yield return new Paragraph($"Trong {data.Round.Span}, Chủ tịch Ủy ban nhân dân {data.Commune.Level} ban hành {data.Awards.Count} quyết định tặng Giấy khen cho {given.Sum(a => a.Collectives)} tập thể, {given.Sum(a => a.Individuals)} cá nhân"
            + (given.Sum(a => a.Households) > 0 ? $" và {given.Sum(a => a.Households)} hộ gia đình" : string.Empty)
            + $"; tổng tiền thưởng {VietnameseNumber.Format(given.Sum(a => a.Total))} đồng.");
        yield return new Table(
            [new("STT", 0.6, CellAlign.Center), new("Quyết định", 2.2), new("Tập thể", 1, CellAlign.Right), new("Cá nhân", 1, CellAlign.Right), new("Hộ gia đình", 1.1, CellAlign.Right), new("Tiền thưởng (đồng)", 1.6, CellAlign.Right)],
            data.Awards.Select((a, i) => (IReadOnlyList<string>)
            [
                (i + 1).ToString(CultureInfo.InvariantCulture), $"Số {a.Number} ngày {a.SignedOn:dd/MM/yyyy}" + (a.Replaces is null ? string.Empty : $" (thay thế {a.Replaces})")
                    + (a.ReplacedBy is null ? string.Empty : $" (đã được thay thế bởi {a.ReplacedBy})"),
                a.Collectives.ToString(CultureInfo.InvariantCulture), a.Individuals.ToString(CultureInfo.InvariantCulture), a.Households.ToString(CultureInfo.InvariantCulture),
                VietnameseNumber.Format(a.Total),
            ]).ToList());
    }

    private static IEnumerable<DocumentBlock> PracticesSection(ConsolidationData data)
    {
        if (data.Practices.Count == 0)
        {
            yield return new Paragraph("Chưa có mô hình, sáng kiến được công nhận và nhân rộng trong giai đoạn.");
            yield break;
        }

        yield return new Paragraph($"{char.ToUpperInvariant(data.Commune.Level[0])}{data.Commune.Level[1..]} đã công nhận và nhân rộng {data.Practices.Count} mô hình, sáng kiến điển hình:");
        foreach (var practice in data.Practices)
        {
            yield return new Paragraph($"- {practice.Kind} “{practice.Title}”" + (practice.UnitName is null ? string.Empty : $" của {practice.UnitName}") + $" (năm {practice.Year}).");
        }
    }

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
