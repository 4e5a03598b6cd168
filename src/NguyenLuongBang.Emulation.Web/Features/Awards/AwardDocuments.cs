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

/// <summary>An issued document cited by number and date ("Biên bản số 01/BB-HĐTĐKT ngày 18/12/2026").</summary>
public sealed record DocumentReference(string Number, DateOnly Date)
{
    public override string ToString() => $"số {Number} ngày {Date:dd/MM/yyyy}";
}

/// <summary>A tờ trình: Phòng VH-XH to the chairman, or the commune to the city. Number and date blank while a draft.</summary>
/// <param name="SignerName">Null while a draft whose signer is not set yet (the name is left blank).</param>
public sealed record SubmissionData(IssuingCommune Commune, ReviewRound Round, string CampaignTitle, SubmissionTarget Target, string? Number, DateOnly? IssuedOn,
    string? SignerName, IReadOnlyList<DocumentReference> Minutes, IReadOnlyList<NomineeLine> Nominees, int DraftYear, PlanCitations? Plans,
    SignerTitle SignerTitle = SignerTitle.Chairman);

public sealed record MinutesLine(string Name, NomineeKind Kind, string? UnitName, int Agree, int Disagree, int Recused, bool Passed);

/// <summary>A member of the council as the minutes name them: the name and the position kept with the member's account.</summary>
public sealed record CouncilPerson(string Name, string? Position)
{
    /// <summary>"Đặng Văn Hùng, Trưởng phòng Kinh tế".</summary>
    public string Described => string.IsNullOrWhiteSpace(Position) ? Name : $"{Name}, {Position}";
}

/// <param name="Started">When the session opened (Vietnam time); <paramref name="Ended"/>, when it closed.</param>
public sealed record MinutesData(IssuingCommune Commune, string CampaignTitle, string? Number, DateOnly HeldOn, string Place, int MemberCount,
    IReadOnlyList<CouncilPerson> Present, IReadOnlyList<CouncilPerson> Absent, Fraction Quorum, Fraction PassThreshold, IReadOnlyList<MinutesLine> Results,
    CouncilPerson Chair, CouncilPerson Secretary, DateTime Started, DateTime Ended, DateOnly? Dated = null);

/// <summary>
/// The award dossier as official documents (Nghị định 30/2020, docs/document-format.md): the tờ
/// trình, the council's minutes, the chairman's decision with its list, and the certificates.
/// Pure functions of their data, unit-tested; drawn by the renderers.
/// </summary>
public static class AwardDocuments
{
    private static readonly string[] LegalBases =
    [
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
        "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng;",
    ];

    public static string Movement(string campaignTitle, ReviewRound round) =>
        $"Phong trào thi đua “{campaignTitle}” {(round.Kind == RoundKind.Annual ? round.Period : $"({round.Period})")}";

    public static OfficialDocument Decision(IssuingCommune commune, AwardDecision decision, string campaignTitle, PlanCitations plans)
    {
        ArgumentNullException.ThrowIfNull(commune);
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(plans);
        var groups = Groups(decision.Lines);
        var movement = Movement(campaignTitle, decision.Round);
        var awardees = Counted(groups.Select(g => (g.Lines.Count, g.Noun)));
        var proposal = decision.ProposalNumber is null
            ? "Theo đề nghị của Trưởng phòng Văn hóa - Xã hội."
            : $"Theo đề nghị của Trưởng phòng Văn hóa - Xã hội tại Tờ trình số {decision.ProposalNumber}{(decision.ProposalIssuedOn is { } on ? $" ngày {on:dd/MM/yyyy}" : string.Empty)}.";
        var body = new List<DocumentBlock> { new Centered(commune.ChairmanAuthority) };
        body.AddRange(LegalBases.Select(b => new Paragraph(b, Italic: true)));
        body.Add(new Paragraph($"Căn cứ {plans.CityPlan} về phát động Phong trào thi đua “{campaignTitle}” giai đoạn 2025-2030;", Italic: true));
        body.Add(new Paragraph($"Căn cứ {plans.CommunePlan(commune)} về việc {plans.CommunePlanTitle};", Italic: true));
        body.Add(new Paragraph(proposal, Italic: true));
        body.Add(new Centered("QUYẾT ĐỊNH:"));
        body.Add(new Paragraph($"Tặng Giấy khen của Chủ tịch {commune.Committee} cho {awardees} (có danh sách kèm theo) đã có thành tích xuất sắc trong {movement}.", Lead: "Điều 1."));
        var money = new List<string>();
        foreach (var group in decision.Lines.GroupBy(l => (l.NomineeKind, l.Multiple)).OrderBy(g => Order(g.Key.NomineeKind)))
        {
            money.Add($"mỗi {Noun(group.Key.NomineeKind)} {Money(group.First().Amount)} đồng (hệ số {VietnameseNumber.Format(group.Key.Multiple)} × mức lương cơ sở {Money(decision.BaseSalary)} đồng)");
        }

        var subtotals = string.Join(", ", groups.Select(g => $"{g.Noun} {Money(g.Lines.Sum(l => l.Amount))} đồng"));
        body.Add(new Paragraph($"Tiền thưởng kèm theo Giấy khen: {string.Join("; ", money)}. Tổng số tiền thưởng: {Money(decision.TotalAmount)} đồng, trong đó {subtotals}; từ nguồn quỹ thi đua, khen thưởng của {commune.Level} năm {decision.SignedOn.Year}.", Lead: "Điều 2."));
        if (decision.CorrectsNumber is not null)
        {
            var corrected = decision.CorrectsSignedOn is { } signed ? $"{decision.CorrectsNumber} ngày {signed:dd/MM/yyyy}" : decision.CorrectsNumber;
            body.Add(new Paragraph($"Quyết định này thay thế Quyết định số {corrected} của Chủ tịch {commune.Committee} (lý do: {decision.CorrectionReason}).", Lead: "Điều 3."));
        }

        body.Add(new Paragraph($"Chánh Văn phòng HĐND và UBND {commune.Level}, Trưởng phòng Văn hóa - Xã hội, Trưởng phòng Kinh tế, thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
            Lead: decision.CorrectsNumber is null ? "Điều 3." : "Điều 4."));

        var reference = $"(Kèm theo Quyết định số {decision.Number} ngày {decision.SignedOn:dd/MM/yyyy} của Chủ tịch {commune.Committee})";
        var annex = new List<DocumentBlock>();
        var ordinal = 0;
        foreach (var (group, index) in groups.Select((g, i) => (g, i)))
        {
            annex.Add(new Heading(2, $"{Roman[index]}. {char.ToUpperInvariant(group.Noun[0])}{group.Noun[1..]} ({group.Lines.Count:00})"));
            var rows = group.Lines.Select(l => (IReadOnlyList<string>)
            [
                (++ordinal).ToString(CultureInfo.InvariantCulture), l.NomineeName, l.PositionAndUnit ?? string.Empty, Short(l.Achievement), Money(l.Amount),
            ]).ToList();
            rows.Add(["", $"Cộng {group.Noun}", "", $"{group.Lines.Count} Giấy khen", Money(group.Lines.Sum(l => l.Amount))]);
            annex.Add(new Table(
                [new("STT", 0.6, CellAlign.Center), new(group.Kind == NomineeKind.Collective ? "Tên tập thể" : group.Kind == NomineeKind.Household ? "Hộ gia đình" : "Họ và tên", 2.3),
                    new("Chức vụ, đơn vị", 2.2), new("Thành tích", 2.9), new("Số tiền (đồng)", 1.4, CellAlign.Right)],
                rows));
        }

        annex.Add(new Paragraph($"Tổng cộng: {decision.Lines.Count} Giấy khen, {Money(decision.TotalAmount)} đồng."));
        return new OfficialDocument(
            commune.CommitteeHeader,
            $"Số: {decision.Number}",
            commune.PlaceDate(decision.SignedOn, decision.SignedOn.Year),
            "QUYẾT ĐỊNH",
            [$"Về việc tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc trong {movement}"],
            [],
            body,
            ["- Như Điều 3;", $"- TT Đảng ủy, HĐND {commune.Level};", $"- Chủ tịch, các PCT UBND {commune.Level};", "- Lưu: VT, VHXH."],
            Authority(decision.SignerTitle),
            decision.SignerName,
            [new DocumentAnnex("DANH SÁCH", $"Tập thể, cá nhân được tặng Giấy khen của Chủ tịch {commune.Committee}", reference, annex)]);
    }

    /// <summary>The awardees by kind, collectives first: the decision's list and its subtotals.</summary>
    private static List<(NomineeKind Kind, string Noun, List<AwardLine> Lines)> Groups(IEnumerable<AwardLine> lines) =>
        lines.GroupBy(l => l.NomineeKind).OrderBy(g => Order(g.Key))
            .Select(g => (g.Key, Noun(g.Key), g.OrderBy(l => l.CertificateNumber).ToList())).ToList();

    private static int Order(NomineeKind kind) => kind switch
    {
        NomineeKind.Collective => 0,
        NomineeKind.Individual => 1,
        _ => 2,
    };

    /// <summary>"tập thể", "cá nhân", "hộ gia đình".</summary>
    internal static string Noun(NomineeKind kind) => kind switch
    {
        NomineeKind.Collective => "tập thể",
        NomineeKind.Individual => "cá nhân",
        _ => "hộ gia đình",
    };

    /// <summary>"02 tập thể, 03 cá nhân và 01 hộ gia đình".</summary>
    internal static string Counted(IEnumerable<(int Count, string Noun)> parts)
    {
        var texts = parts.Where(p => p.Count > 0).Select(p => $"{p.Count:00} {p.Noun}").ToList();
        return texts.Count <= 1 ? string.Concat(texts) : string.Join(", ", texts[..^1]) + " và " + texts[^1];
    }

    private static readonly string[] Roman = ["I", "II", "III"];

    /// <summary>"Ông" or "Bà" before a person's name on the certificate.</summary>
    public static string? Honorific(NomineeKind kind, Gender? gender) => kind != NomineeKind.Individual ? null : gender switch
    {
        Gender.Female => "Bà",
        Gender.Male => "Ông",
        _ => null,
    };

    /// <param name="lineId">One awardee's certificate only; null for all, in register order.</param>
    public static IReadOnlyList<Certificate> Certificates(IssuingCommune commune, AwardDecision decision, string campaignTitle, int? lineId = null)
    {
        ArgumentNullException.ThrowIfNull(commune);
        ArgumentNullException.ThrowIfNull(decision);
        var achievement = $"Đã có thành tích xuất sắc trong {Movement(campaignTitle, decision.Round)}.";
        return decision.Lines.Where(l => lineId is null || l.Id == lineId).OrderBy(l => l.CertificateNumber).Select(l => new Certificate(
            commune.ChairmanAuthority,
            l.NomineeName,
            l.PositionAndUnit,
            achievement,
            $"Quyết định số {decision.Number} ngày {decision.SignedOn:dd/MM/yyyy}",
            commune.PlaceDate(decision.SignedOn, decision.SignedOn.Year),
            Authority(decision.SignerTitle),
            decision.SignerName,
            CertificateNumber(l.CertificateNumber),
            Honorific(l.NomineeKind, l.Gender))).ToList();
    }

    /// <summary>"05/GK-UBND": the certificate's line in the year's register of Giấy khen.</summary>
    public static string CertificateNumber(int sequence) => RegisteredDocument.Format(sequence, CertificateType, DocumentNumbers.CommuneCommittee);

    public const string CertificateType = "GK";

    public static OfficialDocument Submission(SubmissionData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var commune = data.Commune;
        var toCity = data.Target == SubmissionTarget.City;
        var movement = Movement(data.CampaignTitle, data.Round);
        // Collectives first, then individuals and households, as the decision lists them.
        var nominees = data.Nominees.Select((n, i) => (n, i)).OrderBy(x => Order(x.n.Kind)).ThenBy(x => x.i).Select(x => x.n).ToList();
        var whom = Counted(nominees.GroupBy(n => n.Kind).OrderBy(g => Order(g.Key)).Select(g => (g.Count(), Noun(g.Key))));
        var form = toCity ? "Bằng khen của Chủ tịch Ủy ban nhân dân thành phố" : $"Giấy khen của Chủ tịch {commune.Committee}";
        var typeCode = toCity ? "TTr-UBND" : "TTr-VHXH";
        var body = new List<DocumentBlock>();
        body.AddRange(LegalBases.Skip(1).Select(b => new Paragraph(b, Italic: true)));
        if (toCity)
        {
            body.Add(new Paragraph($"Căn cứ {data.Plans?.CityPlan ?? PlanCitations.BlankCityPlan} về phát động Phong trào thi đua “{data.CampaignTitle}” giai đoạn 2025-2030;", Italic: true));
        }

        body.Add(new Paragraph(data.Plans is null
            ? $"Căn cứ {PlanCitations.BlankCommunePlan(commune)};"
            : $"Căn cứ {data.Plans.CommunePlan(commune)} về việc {data.Plans.CommunePlanTitle};", Italic: true));
        body.Add(new Paragraph(data.Minutes.Count == 0
            ? $"Căn cứ kết quả họp Hội đồng Thi đua - Khen thưởng {commune.Level}."
            : $"Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng {commune.Level} {string.Join("; ", data.Minutes)}.", Italic: true));
        body.Add(new Paragraph(toCity
            ? $"{commune.Committee} đã tổ chức đánh giá kết quả {movement}; danh sách đề nghị đã được công khai và Hội đồng Thi đua - Khen thưởng {commune.Level} xét, thống nhất đề nghị."
            : $"Phòng Văn hóa - Xã hội đã tổng hợp báo cáo kết quả {movement} của các cơ quan, đơn vị; danh sách đề nghị khen thưởng đã được công khai theo quy định và Hội đồng Thi đua - Khen thưởng {commune.Level} đã họp, biểu quyết."));
        body.Add(new Paragraph($"{(toCity ? $"{commune.Committee} kính trình Chủ tịch Ủy ban nhân dân thành phố" : $"Phòng Văn hóa - Xã hội kính trình Chủ tịch Ủy ban nhân dân {commune.Level}")} xem xét, tặng {form} cho {(whom.Length == 0 ? "các tập thể, cá nhân" : whom)} (có danh sách kèm theo) đã có thành tích xuất sắc trong {movement}."));
        body.Add(new Paragraph($"Kính trình {(toCity ? "Chủ tịch Ủy ban nhân dân thành phố" : $"Chủ tịch Ủy ban nhân dân {commune.Level}")} xem xét, quyết định./."));

        var numberText = data.Number is null ? $"Số:      /{typeCode}" : $"Số: {data.Number}";
        var draft = data.Number is null;
        var reference = data.Number is null
            ? $"(Kèm theo Tờ trình số      /{typeCode})"
            : $"(Kèm theo Tờ trình số {data.Number} ngày {data.IssuedOn:dd/MM/yyyy})";
        var table = new Table(
            [new("STT", 0.6, CellAlign.Center), new("Tên tập thể / Họ và tên", 2.4), new("Chức vụ, đơn vị", 2.3), new("Tóm tắt thành tích", 3.2), new("Kết quả biểu quyết", 1.8)],
            nominees.Select((n, i) => (IReadOnlyList<string>)
            [
                (i + 1).ToString(CultureInfo.InvariantCulture), n.Name, n.PositionAndUnit ?? string.Empty, Short(n.Achievement), n.CouncilSummary ?? string.Empty,
            ]).ToList());
        return new OfficialDocument(
            toCity ? commune.CommitteeHeader : [commune.CommitteeShort, "PHÒNG VĂN HÓA - XÃ HỘI"],
            numberText,
            commune.PlaceDate(data.IssuedOn, data.IssuedOn?.Year ?? data.DraftYear),
            "TỜ TRÌNH",
            [$"Về việc đề nghị tặng {form} cho các tập thể, cá nhân có thành tích xuất sắc trong {movement}"],
            [toCity ? "Chủ tịch Ủy ban nhân dân thành phố Hải Phòng" : $"Chủ tịch {commune.Committee}"],
            body,
            toCity
                ? ["- Như trên;", "- Ban Thi đua - Khen thưởng (Sở Nội vụ);", "- Lưu: VT, VHXH."]
                : ["- Như trên;", $"- Hội đồng TĐKT {commune.Level};", "- Lưu: VHXH."],
            toCity ? ["TM. ỦY BAN NHÂN DÂN", .. Authority(data.SignerTitle)] : ["TRƯỞNG PHÒNG"],
            data.SignerName ?? string.Empty,
            [new DocumentAnnex("DANH SÁCH", toCity ? "Tập thể, cá nhân đề nghị tặng Bằng khen của Chủ tịch UBND thành phố" : $"Tập thể, cá nhân đề nghị tặng Giấy khen của Chủ tịch UBND {commune.Level}", reference, [table])],
            Draft: draft);
    }

    public static OfficialDocument Minutes(MinutesData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var commune = data.Commune;

        // Collectives before individuals, as the tờ trình and the decision list them.
        var results = data.Results.Select((r, i) => (Line: r, Index: i)).OrderBy(r => Order(r.Line.Kind)).ThenBy(r => r.Index).Select(r => r.Line).ToList();
        var passed = results.Where(r => r.Passed).ToList();
        var absent = data.MemberCount - data.Present.Count;
        // Times are the portal's own record of the meeting only when it was opened on its day; a
        // session entered afterwards states the day it was held, without times.
        var timed = DateOnly.FromDateTime(data.Started) == data.HeldOn;
        var began = timed ? $"Vào hồi {Clock(data.Started)} ngày {data.HeldOn:dd/MM/yyyy}" : $"Ngày {data.HeldOn:dd/MM/yyyy}";
        var ended = !timed ? string.Empty
            : $"Cuộc họp kết thúc vào hồi {Clock(data.Ended)} {(DateOnly.FromDateTime(data.Ended) == data.HeldOn ? "cùng ngày" : $"ngày {data.Ended:dd/MM/yyyy}")}. ";
        var body = new List<DocumentBlock>
        {
            new Paragraph($"{began}, tại {data.Place}, Hội đồng Thi đua - Khen thưởng {commune.DisplayName} họp xét đề nghị khen thưởng trong Phong trào thi đua “{data.CampaignTitle}”."),
            new Heading(1, "I. THÀNH PHẦN"),
            new Paragraph($"1. Chủ tọa: {data.Chair.Described}."),
            new Paragraph($"2. Thư ký: {data.Secretary.Described}."),
            new Paragraph($"3. Thành viên Hội đồng có mặt: {data.Present.Count}/{data.MemberCount} thành viên ({Percent(data.Present.Count, data.MemberCount)}), gồm:"
                + string.Concat(data.Present.Select((m, i) => $"\n- {m.Described}{(i == data.Present.Count - 1 ? "." : ";")}"))),
            new Paragraph(absent <= 0
                ? "4. Thành viên vắng mặt: không."
                : $"4. Thành viên vắng mặt: {absent} thành viên" + (data.Absent.Count == 0 ? "." : ", gồm:" + string.Concat(data.Absent.Select((m, i) => $"\n- {m.Described}{(i == data.Absent.Count - 1 ? "." : ";")}")))),
            new Paragraph($"Số thành viên có mặt đạt tỷ lệ tối thiểu theo quy định ({data.Quorum.Display} tổng số thành viên Hội đồng); phiên họp đủ điều kiện biểu quyết."),
            new Heading(1, "II. NỘI DUNG"),
            new Paragraph($"Hội đồng xem xét danh sách đề nghị khen thưởng đã được công khai và biểu quyết từng trường hợp. Đề nghị được thông qua khi có từ {data.PassThreshold.Display} tổng số thành viên Hội đồng đồng ý (không tính thành viên không tham gia biểu quyết do xung đột lợi ích)."),
            new Heading(1, "III. KẾT QUẢ BIỂU QUYẾT"),
            new Table(
                [new("STT", 0.6, CellAlign.Center), new("Tập thể / cá nhân", 2.6), new("Đơn vị", 2.0), new("Đồng ý", 1, CellAlign.Right), new("Không đồng ý", 1.1, CellAlign.Right),
                    new("Không tham gia", 1.1, CellAlign.Right), new("Tỷ lệ đồng ý", 1.1, CellAlign.Right), new("Kết quả", 1.4, CellAlign.Center)],
                results.Select((r, i) => (IReadOnlyList<string>)
                [
                    (i + 1).ToString(CultureInfo.InvariantCulture), r.Name, r.UnitName ?? string.Empty,
                    r.Agree.ToString(CultureInfo.InvariantCulture), r.Disagree.ToString(CultureInfo.InvariantCulture), r.Recused.ToString(CultureInfo.InvariantCulture),
                    Percent(r.Agree, data.MemberCount - r.Recused),
                    r.Passed ? "Thông qua" : "Không thông qua",
                ]).ToList()),
            new Paragraph(passed.Count == 0
                ? $"Hội đồng không thông qua trường hợp nào trong số {results.Count} trường hợp được xem xét."
                : $"Hội đồng thống nhất đề nghị khen thưởng {Counted(passed.GroupBy(r => r.Kind).OrderBy(g => Order(g.Key)).Select(g => (g.Count(), Noun(g.Key))))} trong số {results.Count:00} trường hợp được xem xét."),
            new Paragraph($"{ended}Biên bản đã được đọc lại trước Hội đồng; các thành viên dự họp nhất trí với nội dung biên bản./."),
        };
        return new OfficialDocument(
            [commune.CommitteeShort, "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG"],
            data.Number is null ? "Số:      /BB-HĐTĐKT" : $"Số: {data.Number}",
            commune.PlaceDate(data.Dated ?? data.HeldOn, data.HeldOn.Year),
            "BIÊN BẢN",
            [$"Họp Hội đồng Thi đua - Khen thưởng {commune.Level} xét đề nghị khen thưởng"],
            [],
            body,
            [],
            ["CHỦ TỌA"],
            data.Chair.Name,
            [],
            new Signature(["THƯ KÝ"], data.Secretary.Name));
    }

    /// <summary>"09 giờ 00 phút".</summary>
    private static string Clock(DateTime at) => string.Create(CultureInfo.InvariantCulture, $"{at:HH} giờ {at:mm} phút");

    /// <summary>"80%", "66,7%" (a share of a whole, in the Vietnamese way); "—" where there is nothing to divide by.</summary>
    private static string Percent(int count, int total) =>
        total <= 0 ? "—" : (Math.Round(100m * count / total, 1)).ToString("0.#", CultureInfo.GetCultureInfo("vi-VN")) + "%";

    public static IReadOnlyList<string> Authority(SignerTitle title) =>
        title == SignerTitle.Chairman ? ["CHỦ TỊCH"] : ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"];

    private static string Money(decimal amount) => VietnameseNumber.Format(amount);

    private static string Short(string text) => text.Length <= 300 ? text : text[..297].TrimEnd() + "…";
}
