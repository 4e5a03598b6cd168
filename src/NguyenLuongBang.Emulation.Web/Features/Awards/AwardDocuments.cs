using System.Globalization;
using NguyenLuongBang.Emulation.Domain.Awards;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.Consolidation;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Awards;

/// <summary>One nominee as the award documents list them.</summary>
public sealed record NomineeLine(string Name, NomineeKind Kind, string? PositionAndUnit, string Achievement, string? CouncilSummary);

/// <summary>A tờ trình: Phòng VH-XH to the chairman, or the commune to the city. Number and date blank while a draft.</summary>
public sealed record ProposalData(ReviewRound Round, string CampaignTitle, SubmissionTarget Target, string? Number, DateOnly? IssuedOn,
    string SignerName, IReadOnlyList<string> MinutesNumbers, IReadOnlyList<NomineeLine> Nominees, int DraftYear);

public sealed record MinutesLine(string Name, string? UnitName, int Agree, int Disagree, int Recused, bool Passed);

public sealed record MinutesData(string CampaignTitle, string? Number, DateOnly HeldOn, string Place, int MemberCount, IReadOnlyList<string> PresentNames,
    Fraction Quorum, Fraction PassThreshold, IReadOnlyList<MinutesLine> Results, string ChairName, string SecretaryName);

/// <summary>
/// The award dossier as official documents (Nghị định 30/2020, docs/document-format.md): the tờ
/// trình, the council's minutes, the chairman's decision with its list, and the certificates.
/// Pure functions of their data, unit-tested; drawn by the renderers.
/// </summary>
public static class AwardDocuments
{
    private const string Commune = "Ủy ban nhân dân xã Nguyễn Lương Bằng";

    private static readonly string[] LegalBases =
    [
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
        "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng;",
    ];

    public static string Movement(string campaignTitle, ReviewRound round) =>
        $"Phong trào thi đua “{campaignTitle}” {(round.Kind == RoundKind.Annual ? round.Period : $"({round.Period})")}";

    public static OfficialDocument Decision(AwardDecision decision, string campaignTitle)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var lines = decision.Lines.OrderBy(l => l.NomineeKind == NomineeKind.Collective ? 0 : 1).ThenBy(l => l.CertificateNumber).ToList();
        var collectives = lines.Count(l => l.NomineeKind == NomineeKind.Collective);
        var others = lines.Count - collectives;
        var movement = Movement(campaignTitle, decision.Round);
        var awardees = string.Join(" và ", new[]
        {
            collectives > 0 ? $"{collectives:00} tập thể" : null,
            others > 0 ? $"{others:00} cá nhân" : null,
        }.Where(x => x is not null));
        var proposal = decision.ProposalNumber is null
            ? "Theo đề nghị của Trưởng phòng Văn hóa - Xã hội."
            : $"Theo đề nghị của Trưởng phòng Văn hóa - Xã hội tại Tờ trình số {decision.ProposalNumber}.";
        var body = new List<DocumentBlock> { new Centered("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ NGUYỄN LƯƠNG BẰNG") };
        body.AddRange(LegalBases.Select(b => new Paragraph(b, Italic: true)));
        body.Add(new Paragraph($"Căn cứ Kế hoạch số      /KH-UBND năm 2025 của {Commune} phát động Phong trào thi đua “{campaignTitle}” giai đoạn 2025-2030 trên địa bàn xã;", Italic: true));
        body.Add(new Paragraph(proposal, Italic: true));
        body.Add(new Centered("QUYẾT ĐỊNH:"));
        body.Add(new Paragraph($"Tặng Giấy khen của Chủ tịch {Commune} cho {awardees} (có danh sách kèm theo) đã có thành tích xuất sắc trong {movement}.", Lead: "Điều 1."));
        var individualsAmount = lines.Where(l => l.NomineeKind != NomineeKind.Collective).Sum(l => l.Amount);
        var collectivesAmount = lines.Where(l => l.NomineeKind == NomineeKind.Collective).Sum(l => l.Amount);
        var money = new List<string>();
        foreach (var group in lines.GroupBy(l => (l.NomineeKind == NomineeKind.Collective, l.Multiple)).OrderByDescending(g => g.Key.Item1))
        {
            money.Add($"mỗi {(group.Key.Item1 ? "tập thể" : "cá nhân")} {Money(group.First().Amount)} đồng (hệ số {VietnameseNumber.Format(group.Key.Multiple)} × mức lương cơ sở {Money(decision.BaseSalary)} đồng)");
        }

        body.Add(new Paragraph($"Tiền thưởng kèm theo Giấy khen: {string.Join("; ", money)}. Tổng số tiền thưởng: {Money(decision.TotalAmount)} đồng, trong đó tập thể {Money(collectivesAmount)} đồng, cá nhân {Money(individualsAmount)} đồng; từ nguồn quỹ thi đua, khen thưởng của xã năm {decision.SignedOn.Year}.", Lead: "Điều 2."));
        if (decision.CorrectsNumber is not null)
        {
            body.Add(new Paragraph($"Quyết định này thay thế Quyết định số {decision.CorrectsNumber} của Chủ tịch {Commune} (lý do: {decision.CorrectionReason}).", Lead: "Điều 3."));
        }

        body.Add(new Paragraph("Chánh Văn phòng HĐND và UBND xã, Trưởng phòng Văn hóa - Xã hội, Trưởng phòng Kinh tế, thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
            Lead: decision.CorrectsNumber is null ? "Điều 3." : "Điều 4."));

        var reference = $"(Kèm theo Quyết định số {decision.Number} ngày {decision.SignedOn:dd/MM/yyyy} của Chủ tịch {Commune})";
        var table = new Table(
            [new("STT", 0.6, CellAlign.Center), new("Tên tập thể / Họ và tên", 2.3), new("Chức vụ, đơn vị", 2.2), new("Thành tích", 2.9), new("Số tiền (đồng)", 1.4, CellAlign.Right)],
            lines.Select((l, i) => (IReadOnlyList<string>)
            [
                (i + 1).ToString(CultureInfo.InvariantCulture), l.NomineeName, l.PositionAndUnit ?? string.Empty, Short(l.Achievement), Money(l.Amount),
            ]).Append(["", "Tổng cộng", "", $"{lines.Count} Giấy khen", Money(decision.TotalAmount)]).ToList());
        return new OfficialDocument(
            ["ỦY BAN NHÂN DÂN", "XÃ NGUYỄN LƯƠNG BẰNG"],
            $"Số: {decision.Number}",
            ConsolidatedReportDocument.PlaceDate(decision.SignedOn, decision.SignedOn.Year),
            "QUYẾT ĐỊNH",
            [$"Về việc tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc trong {movement}"],
            [],
            body,
            ["- Như Điều 3;", "- TT Đảng ủy, HĐND xã;", "- Chủ tịch, các PCT UBND xã;", "- Lưu: VT, VHXH."],
            Authority(decision.SignerTitle),
            decision.SignerName,
            [new DocumentAnnex("DANH SÁCH", $"Tập thể, cá nhân được tặng Giấy khen của Chủ tịch {Commune}", reference, [table])]);
    }

    /// <param name="lineId">One awardee's certificate only; null for all, in register order.</param>
    public static IReadOnlyList<Certificate> Certificates(AwardDecision decision, string campaignTitle, int? lineId = null)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var achievement = $"Đã có thành tích xuất sắc trong {Movement(campaignTitle, decision.Round)}.";
        return decision.Lines.Where(l => lineId is null || l.Id == lineId).OrderBy(l => l.CertificateNumber).Select(l => new Certificate(
            l.NomineeName,
            l.PositionAndUnit,
            achievement,
            $"Quyết định số {decision.Number} ngày {decision.SignedOn:dd/MM/yyyy}",
            ConsolidatedReportDocument.PlaceDate(decision.SignedOn, decision.SignedOn.Year),
            Authority(decision.SignerTitle),
            decision.SignerName,
            CertificateNumber(l.CertificateNumber))).ToList();
    }

    /// <summary>"05/GK-UBND": the certificate's line in the year's register of Giấy khen.</summary>
    public static string CertificateNumber(int sequence) => RegisteredDocument.Format(sequence, CertificateType, DocumentNumbers.CommuneCommittee);

    public const string CertificateType = "GK";

    public static OfficialDocument Proposal(ProposalData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var toCity = data.Target == SubmissionTarget.City;
        var movement = Movement(data.CampaignTitle, data.Round);
        var collectives = data.Nominees.Count(n => n.Kind == NomineeKind.Collective);
        var others = data.Nominees.Count - collectives;
        var form = toCity ? "Bằng khen của Chủ tịch Ủy ban nhân dân thành phố" : $"Giấy khen của Chủ tịch {Commune}";
        var typeCode = toCity ? "TTr-UBND" : "TTr-VHXH";
        var body = new List<DocumentBlock>();
        body.AddRange(LegalBases.Skip(1).Select(b => new Paragraph(b, Italic: true)));
        body.Add(new Paragraph(data.MinutesNumbers.Count == 0
            ? "Căn cứ kết quả họp Hội đồng Thi đua - Khen thưởng xã."
            : $"Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng xã số {string.Join(", ", data.MinutesNumbers)}.", Italic: true));
        body.Add(new Paragraph(toCity
            ? $"Ủy ban nhân dân xã Nguyễn Lương Bằng đã tổ chức đánh giá kết quả {movement}; danh sách đề nghị đã được công khai và Hội đồng Thi đua - Khen thưởng xã xét, thống nhất đề nghị."
            : $"Phòng Văn hóa - Xã hội đã tổng hợp báo cáo kết quả {movement} của các cơ quan, đơn vị; danh sách đề nghị khen thưởng đã được công khai theo quy định và Hội đồng Thi đua - Khen thưởng xã đã họp, biểu quyết."));
        body.Add(new Paragraph($"{(toCity ? "Ủy ban nhân dân xã Nguyễn Lương Bằng kính trình Chủ tịch Ủy ban nhân dân thành phố" : "Phòng Văn hóa - Xã hội kính trình Chủ tịch Ủy ban nhân dân xã")} xem xét, tặng {form} cho {collectives:00} tập thể và {others:00} cá nhân (có danh sách kèm theo) đã có thành tích xuất sắc trong {movement}."));
        body.Add(new Paragraph($"Kính trình {(toCity ? "Chủ tịch Ủy ban nhân dân thành phố" : "Chủ tịch Ủy ban nhân dân xã")} xem xét, quyết định./."));

        var numberText = data.Number is null ? $"Số:      /{typeCode}" : $"Số: {data.Number}";
        var reference = data.Number is null
            ? $"(Kèm theo Tờ trình số      /{typeCode})"
            : $"(Kèm theo Tờ trình số {data.Number} ngày {data.IssuedOn:dd/MM/yyyy})";
        var table = new Table(
            [new("STT", 0.6, CellAlign.Center), new("Tên tập thể / Họ và tên", 2.4), new("Chức vụ, đơn vị", 2.3), new("Tóm tắt thành tích", 3.2), new("Kết quả biểu quyết", 1.8)],
            data.Nominees.Select((n, i) => (IReadOnlyList<string>)
            [
                (i + 1).ToString(CultureInfo.InvariantCulture), n.Name, n.PositionAndUnit ?? string.Empty, Short(n.Achievement), n.CouncilSummary ?? string.Empty,
            ]).ToList());
        return new OfficialDocument(
            toCity ? ["ỦY BAN NHÂN DÂN", "XÃ NGUYỄN LƯƠNG BẰNG"] : ["UBND XÃ NGUYỄN LƯƠNG BẰNG", "PHÒNG VĂN HÓA - XÃ HỘI"],
            numberText,
            ConsolidatedReportDocument.PlaceDate(data.IssuedOn, data.IssuedOn?.Year ?? data.DraftYear),
            "TỜ TRÌNH",
            [$"Về việc đề nghị tặng {form} cho các tập thể, cá nhân có thành tích xuất sắc trong {movement}"],
            [toCity ? "Chủ tịch Ủy ban nhân dân thành phố Hải Phòng" : "Chủ tịch Ủy ban nhân dân xã Nguyễn Lương Bằng"],
            body,
            toCity
                ? ["- Như trên;", "- Ban Thi đua - Khen thưởng (Sở Nội vụ);", "- Lưu: VT, VHXH."]
                : ["- Như trên;", "- Hội đồng TĐKT xã;", "- Lưu: VHXH."],
            toCity ? ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"] : ["TRƯỞNG PHÒNG"],
            data.SignerName,
            [new DocumentAnnex("DANH SÁCH", toCity ? "Tập thể, cá nhân đề nghị tặng Bằng khen của Chủ tịch UBND thành phố" : "Tập thể, cá nhân đề nghị tặng Giấy khen của Chủ tịch UBND xã", reference, [table])]);
    }

    public static OfficialDocument Minutes(MinutesData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var passed = data.Results.Count(r => r.Passed);
        var body = new List<DocumentBlock>
        {
            new Paragraph($"Ngày {data.HeldOn:dd/MM/yyyy}, tại {data.Place}, Hội đồng Thi đua - Khen thưởng xã Nguyễn Lương Bằng họp xét đề nghị khen thưởng trong Phong trào thi đua “{data.CampaignTitle}”."),
            new Heading(1, "I. THÀNH PHẦN"),
            new Paragraph($"Hội đồng có {data.MemberCount} thành viên; có mặt {data.PresentNames.Count} thành viên: {string.Join(", ", data.PresentNames)}."),
            new Paragraph($"Số thành viên dự họp tối thiểu theo quy định: {data.Quorum} tổng số thành viên. Phiên họp đủ điều kiện biểu quyết."),
            new Heading(1, "II. NỘI DUNG"),
            new Paragraph($"Hội đồng xem xét danh sách đề nghị khen thưởng đã được công khai và biểu quyết từng trường hợp. Đề nghị được thông qua khi có từ {data.PassThreshold} tổng số thành viên Hội đồng đồng ý (không tính thành viên không tham gia biểu quyết do xung đột lợi ích)."),
            new Heading(1, "III. KẾT QUẢ BIỂU QUYẾT"),
            new Table(
                [new("STT", 0.6, CellAlign.Center), new("Tập thể / cá nhân", 2.8), new("Đơn vị", 2.2), new("Đồng ý", 1, CellAlign.Right), new("Không đồng ý", 1.1, CellAlign.Right), new("Không tham gia", 1.1, CellAlign.Right), new("Kết quả", 1.4, CellAlign.Center)],
                data.Results.Select((r, i) => (IReadOnlyList<string>)
                [
                    (i + 1).ToString(CultureInfo.InvariantCulture), r.Name, r.UnitName ?? string.Empty,
                    r.Agree.ToString(CultureInfo.InvariantCulture), r.Disagree.ToString(CultureInfo.InvariantCulture), r.Recused.ToString(CultureInfo.InvariantCulture),
                    r.Passed ? "Thông qua" : "Không thông qua",
                ]).ToList()),
            new Paragraph($"Hội đồng thống nhất đề nghị khen thưởng {passed}/{data.Results.Count} trường hợp. Biên bản kết thúc cùng ngày, đã thông qua các thành viên dự họp./."),
        };
        return new OfficialDocument(
            ["UBND XÃ NGUYỄN LƯƠNG BẰNG", "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG"],
            data.Number is null ? "Số:      /BB-HĐTĐKT" : $"Số: {data.Number}",
            ConsolidatedReportDocument.PlaceDate(data.HeldOn, data.HeldOn.Year),
            "BIÊN BẢN",
            [$"Họp Hội đồng Thi đua - Khen thưởng xã xét đề nghị khen thưởng"],
            [],
            body,
            [],
            ["CHỦ TỌA", "CHỦ TỊCH HỘI ĐỒNG"],
            data.ChairName,
            [],
            new Signature(["THƯ KÝ"], data.SecretaryName));
    }

    public static IReadOnlyList<string> Authority(SignerTitle title) =>
        title == SignerTitle.Chairman ? ["CHỦ TỊCH"] : ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"];

    private static string Money(decimal amount) => VietnameseNumber.Format(amount);

    private static string Short(string text) => text.Length <= 300 ? text : text[..297].TrimEnd() + "…";
}
