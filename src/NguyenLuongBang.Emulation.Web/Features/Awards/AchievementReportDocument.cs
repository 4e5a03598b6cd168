using System.Globalization;
using System.Text;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.Consolidation;

namespace NguyenLuongBang.Emulation.Web.Features.Awards;

/// <summary>The three parts of an achievement report and who certifies it, as typed or drafted.</summary>
public sealed record AchievementParts(string? Overview, string? Achievements, string? Honours, string? CertifierName, string? CertifierTitle);

/// <summary>Who certifies a report for the proposing level: the name and the position lines after "TM. ỦY BAN NHÂN DÂN …" ("CHỦ TỊCH", or "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH").</summary>
public sealed record ProposingLevel(string? Name, IReadOnlyList<string> Authority);

/// <summary>What the portal knows of a nominee, to draft the report from: the unit's accepted reports and earlier awards.</summary>
/// <param name="AreaResults">Per accepted report year, the content areas with what the unit wrote.</param>
public sealed record AchievementSources(
    string NomineeName, NomineeKind Kind, string? Position, string? UnitName, string Achievement, string CampaignTitle, ReviewRound Round,
    IReadOnlyList<(int Year, IReadOnlyList<(int Number, string Area, string Narrative)> Areas)> AreaResults,
    IReadOnlyList<string> EarlierAwards,
    string? UnitHeadName = null,
    string? UnitHeadPosition = null);

/// <summary>
/// The achievement report (báo cáo thành tích) a Bằng khen proposal carries to the city, in the
/// form annexed to Nghị định 152/2025/NĐ-CP: national header, the title naming the award, I. the
/// collective's features or the person's background, II. the achievements, III. the awards already
/// received; signed by the head of the body (a collective), by the person with the head's
/// certification (an individual) or by the household's representative, and certified by the
/// proposing level; "Nơi nhận" under the signatures. Pure functions, unit-tested; drawn by the renderers.
/// </summary>
public static partial class AchievementReportDocument
{
    public const string Award = "Bằng khen của Chủ tịch Ủy ban nhân dân thành phố Hải Phòng";

    private const int AreaNarrativeLength = 700;

    public static string PartOneTitle(NomineeKind kind) =>
        kind == NomineeKind.Collective ? "I. ĐẶC ĐIỂM, TÌNH HÌNH" : "I. SƠ LƯỢC LÝ LỊCH";

    public const string PartTwoTitle = "II. THÀNH TÍCH ĐẠT ĐƯỢC";

    public const string PartThreeTitle = "III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC GHI NHẬN";

    /// <summary>
    /// A first draft from the portal's own data, for the reviewer to check and complete: the
    /// nominee's particulars, the achievement the council voted on followed by what the unit
    /// reported under each content area in the round's accepted reports, and the awards the portal
    /// has recorded. The certifier is the head of the unit as the administrator registered it.
    /// </summary>
    public static AchievementParts Draft(AchievementSources sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var overview = new StringBuilder();
        if (sources.Kind == NomineeKind.Collective)
        {
            overview.AppendLine(CultureInfo.InvariantCulture, $"Tên tập thể: {sources.NomineeName}.");
            if (sources.UnitName is { } unit && unit != sources.NomineeName)
            {
                overview.AppendLine(CultureInfo.InvariantCulture, $"Thuộc: {unit}.");
            }
        }
        else
        {
            overview.AppendLine(CultureInfo.InvariantCulture, $"Họ và tên: {sources.NomineeName}.");
            if (sources.Position is { } position)
            {
                overview.AppendLine(CultureInfo.InvariantCulture, $"Chức vụ: {position}.");
            }

            if (sources.UnitName is { } unit)
            {
                overview.AppendLine(CultureInfo.InvariantCulture, $"Đơn vị công tác: {unit}.");
            }
        }

        var achievements = new StringBuilder(sources.Achievement.Trim());
        foreach (var (year, areas) in sources.AreaResults)
        {
            achievements.AppendLine().AppendLine();
            achievements.Append(CultureInfo.InvariantCulture, $"Kết quả thực hiện Phong trào thi đua “{sources.CampaignTitle}” năm {year} (theo báo cáo của {sources.UnitName} đã được Phòng Văn hóa - Xã hội tiếp nhận):");
            foreach (var (number, area, narrative) in areas)
            {
                achievements.AppendLine().Append(CultureInfo.InvariantCulture, $"- Nội dung {number} ({area}): {Shorten(narrative)}");
            }
        }

        var honours = sources.EarlierAwards.Count == 0
            ? "Chưa có hình thức khen thưởng nào được ghi nhận trên Cổng thi đua (bổ sung các hình thức khen thưởng khác nếu có)."
            : string.Join("\n", sources.EarlierAwards.Select(a => "- " + a));
        return new AchievementParts(
            overview.ToString().Trim(),
            Fit(achievements.ToString(), AchievementReport.AchievementsLength),
            Fit(honours, AchievementReport.HonoursLength),
            sources.UnitHeadName,
            sources.UnitHeadName is null ? null : sources.UnitHeadPosition);
    }

    /// <param name="today">The date under the national header: the completion date once complete, today while a draft.</param>
    /// <param name="proposer">Who certifies for the proposing level (the commune's chairman, or his deputy signing KT.).</param>
    public static OfficialDocument Build(IssuingCommune commune, string nomineeName, NomineeKind kind, string? unitName, AchievementParts parts, DateOnly today, bool draft,
        ProposingLevel proposer)
    {
        ArgumentNullException.ThrowIfNull(commune);
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(proposer);
        var body = new List<DocumentBlock>
        {
            new Heading(1, PartOneTitle(kind)),
        };
        body.AddRange(Paragraphs(parts.Overview));
        body.Add(new Heading(1, PartTwoTitle));
        body.AddRange(Paragraphs(parts.Achievements));
        body.Add(new Heading(1, PartThreeTitle));
        body.AddRange(Paragraphs(parts.Honours));

        var issuer = unitName is null
            ? commune.CommitteeHeader
            : [commune.CommitteeShort, .. IssuerLines(unitName.ToUpper(VietnameseCulture))];
        var certifierTitle = (parts.CertifierTitle ?? (kind == NomineeKind.Household ? "Trưởng thôn" : "Thủ trưởng cơ quan, đơn vị")).ToUpper(VietnameseCulture);
        var certifierName = parts.CertifierName ?? string.Empty;
        var certifying = CertifyingLevel(commune, proposer);
        var collective = kind == NomineeKind.Collective;
        var (signer, signerName) = kind switch
        {
            NomineeKind.Collective => ((IReadOnlyList<string>)[certifierTitle], certifierName),
            NomineeKind.Household => (["ĐẠI DIỆN HỘ GIA ĐÌNH"], Representative(nomineeName)),
            _ => (["NGƯỜI BÁO CÁO THÀNH TÍCH"], nomineeName),
        };

        // The forms of NĐ 152/2025 (ADR-0028): a collective's head signs, the proposing level
        // certifying on the left; a person (or a household's representative) signs, the head of the
        // unit (the village's head) certifies on the left and the proposing level under them.
        var unitCertifies = kind == NomineeKind.Household
            ? new Signature(["XÁC NHẬN CỦA", certifierTitle], certifierName, Sealed)
            : new Signature(["THỦ TRƯỞNG ĐƠN VỊ", "XÁC NHẬN, ĐỀ NGHỊ", certifierTitle], certifierName, Sealed);
        return new OfficialDocument(
            issuer,
            string.Empty,
            commune.PlaceDate(draft ? null : today, today.Year),
            "BÁO CÁO THÀNH TÍCH",
            [$"Đề nghị tặng {Award}", $"({AwardDocuments.Noun(kind)}: {nomineeName})"],
            [],
            body,
            Recipients(commune, kind),
            signer,
            signerName,
            [],
            collective ? certifying : unitCertifies,
            Draft: draft)
        {
            SignerNote = collective ? Sealed : "(Ký, ghi rõ họ và tên)",
            LowerSignature = collective ? null : certifying,
        };
    }

    private const string Sealed = "(Ký, đóng dấu)";

    /// <summary>
    /// "XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG": the commune that proposes the award to the city
    /// certifies the report, for its People's Committee (TM.), by its chairman or the deputy signing for him.
    /// </summary>
    public static Signature CertifyingLevel(IssuingCommune commune, ProposingLevel proposer)
    {
        ArgumentNullException.ThrowIfNull(commune);
        ArgumentNullException.ThrowIfNull(proposer);
        return new Signature(["XÁC NHẬN CỦA CẤP TRÌNH", "KHEN THƯỞNG", $"TM. ỦY BAN NHÂN DÂN {commune.Level.ToUpper(VietnameseCulture)}", .. proposer.Authority],
            proposer.Name ?? string.Empty, Sealed);
    }

    /// <summary>
    /// "Nơi nhận" (ADR-0028): the city's Ban Thi đua - Khen thưởng, which receives the dossier; the
    /// commune's Phòng Văn hóa - Xã hội, through which it goes up; the copy kept — by the unit's
    /// văn thư for a collective, by the unit and the person for an individual, by the household.
    /// </summary>
    public static IReadOnlyList<string> Recipients(IssuingCommune commune, NomineeKind kind)
    {
        ArgumentNullException.ThrowIfNull(commune);
        return
        [
            "- Ban Thi đua - Khen thưởng (Sở Nội vụ);",
            $"- UBND {commune.Level} (qua Phòng Văn hóa - Xã hội);",
            kind switch
            {
                NomineeKind.Collective => "- Lưu: VT.",
                NomineeKind.Household => "- Lưu: hộ gia đình.",
                _ => "- Lưu: đơn vị, cá nhân.",
            },
        ];
    }

    /// <summary>The household's representative as its name gives them ("Hộ ông Phạm Văn Bình"); blank, to be written by hand, when it does not.</summary>
    public static string Representative(string householdName)
    {
        ArgumentNullException.ThrowIfNull(householdName);
        var match = HouseholdName().Match(householdName.Trim());
        return match.Success ? match.Groups[1].Value : string.Empty;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^(?:Hộ gia đình|Gia đình|Hộ) (?:ông|bà) (.+)$")]
    private static partial System.Text.RegularExpressions.Regex HouseholdName();

    private static readonly CultureInfo VietnameseCulture = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>
    /// A unit's name as issuer lines short enough to stay each on one line of the header's left
    /// column (NĐ 30), never parting the syllables of one word ("HÀNH / CHÍNH"). A long name breaks
    /// before its last three words, which in the names of the communes' units are the place
    /// ("… / NGUYỄN LƯƠNG BẰNG"), when that keeps every word whole; else where the two lines are
    /// most even; failing that, word by word.
    /// </summary>
    public static IReadOnlyList<string> IssuerLines(string name, int width = 34)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var whole = string.Join(' ', words);
        if (whole.Length <= width)
        {
            return [whole];
        }

        var splits = Enumerable.Range(1, words.Length - 1)
            .Where(at => !Joined(words[at - 1], words[at]) && string.Join(' ', words[..at]).Length <= width && string.Join(' ', words[at..]).Length <= width)
            .ToList();
        if (splits.Count > 0)
        {
            var at = splits.Contains(words.Length - 3) ? words.Length - 3 : splits.MinBy(a => Math.Abs(string.Join(' ', words[..a]).Length - string.Join(' ', words[a..]).Length));
            return [string.Join(' ', words[..at]), string.Join(' ', words[at..])];
        }

        return Fill(words, width);
    }

    /// <summary>Syllables that make one word in the names of the communes' units: a header line never parts them.</summary>
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "trung tâm", "phục vụ", "hành chính", "dịch vụ", "nông nghiệp", "hợp tác", "tác xã", "tiểu học", "trung học", "cơ sở", "mầm non", "y tế",
        "mặt trận", "tổ quốc", "việt nam", "văn hóa", "xã hội", "kinh tế", "văn phòng", "ủy ban", "nhân dân", "công ty", "trách nhiệm", "hữu hạn",
        "cơ khí", "công nghệ", "thông tin", "hạ tầng", "đô thị", "thương mại", "sản xuất", "lương bằng", "nguyễn lương", "hồng bàng", "chính công",
        "phụ nữ", "cựu chiến", "chiến binh", "thanh niên", "nông dân", "công đoàn", "trạm y", "hội đồng",
    };

    private static bool Joined(string before, string after) => Words.Contains(before + " " + after);

    private static List<string> Fill(IEnumerable<string> words, int width)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in words)
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }

        lines.Add(line);
        return lines;
    }

    private static IEnumerable<DocumentBlock> Paragraphs(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? [new Paragraph("(chưa viết)", Italic: true)]
            : text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Select(l => new Paragraph(l));

    private static string Shorten(string narrative)
    {
        var flat = string.Join(' ', narrative.Split((char[])['\r', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));
        return flat.Length <= AreaNarrativeLength ? flat : flat[..AreaNarrativeLength].TrimEnd() + "…";
    }

    /// <summary>Within the limit, cut at the end of a line where there is one.</summary>
    private static string Fit(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var cut = text.LastIndexOf('\n', length - 2);
        return (cut > length / 2 ? text[..cut] : text[..(length - 1)]).TrimEnd() + "…";
    }
}
