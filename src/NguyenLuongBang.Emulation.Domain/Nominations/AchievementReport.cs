using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Domain.Nominations;

/// <summary>
/// The achievement report (báo cáo thành tích) of a nominee proposed for the city's Bằng khen, in
/// the three parts of the form annexed to Nghị định 152/2025/NĐ-CP: I. the collective's features
/// (or the individual's background), II. the achievements with figures, III. titles and awards
/// already received; certified by the head of the proposing body. Part of its
/// <see cref="Nomination"/>, which decides whether it may still change; the report itself decides
/// when it is complete and which lines of the dossier's checklist it fills.
/// </summary>
public sealed class AchievementReport
{
    public const int OverviewLength = 4000;
    public const int AchievementsLength = 12000;
    public const int HonoursLength = 4000;

    private AchievementReport()
    {
        UpdatedByName = string.Empty;
    }

    private AchievementReport(string? overview, string? achievements, string? honours, string? certifierName, string? certifierTitle, Actor by, DateTimeOffset now)
    {
        UpdatedByName = string.Empty;
        Change(overview, achievements, honours, certifierName, certifierTitle, by, now);
    }

    public int Id { get; private set; }

    public int NominationId { get; private set; }

    /// <summary>I. Đặc điểm, tình hình (collective) or sơ lược lý lịch (individual).</summary>
    public string? Overview { get; private set; }

    /// <summary>II. Thành tích đạt được.</summary>
    public string? Achievements { get; private set; }

    /// <summary>III. Các hình thức khen thưởng đã được ghi nhận.</summary>
    public string? Honours { get; private set; }

    /// <summary>The head of the proposing body who certifies the report.</summary>
    public string? CertifierName { get; private set; }

    public string? CertifierTitle { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedByName { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public string? CompletedByName { get; private set; }

    public bool HasAllParts => Overview is not null && Achievements is not null && Honours is not null;

    /// <summary>Whether the report may be marked final: its three parts written and its certifier named.</summary>
    public bool CanComplete => HasAllParts && CertifierName is not null;

    /// <summary>Whether the report has been marked final (a later change undoes it).</summary>
    public bool IsComplete => CompletedAt is not null;

    /// <summary>
    /// The report's own lines of the dossier checklist the city requires (Nghị định 152/2025/NĐ-CP);
    /// a report not yet written has none of them done.
    /// </summary>
    public static IReadOnlyList<DossierPart> Checklist(AchievementReport? report) =>
    [
        new("Báo cáo thành tích đủ các phần (đặc điểm, thành tích, khen thưởng đã nhận)", report?.HasAllParts == true),
        new("Xác nhận của thủ trưởng cơ quan, đơn vị đề nghị", report?.CertifierName is not null),
        new("Báo cáo thành tích đã được hoàn thiện", report?.IsComplete == true),
    ];

    /// <summary>Whether these parts, cleaned as a save would clean them, are what is saved (a second click of Save changes nothing).</summary>
    public bool Holds(string? overview, string? achievements, string? honours, string? certifierName, string? certifierTitle) =>
        Clean(overview, achievements, honours, certifierName, certifierTitle) == (Overview, Achievements, Honours, CertifierName, CertifierTitle);

    /// <summary>NFC and one kind of line end (a browser sends CRLF), then the limits: the count the user's browser showed is the count checked.</summary>
    private static (string?, string?, string?, string?, string?) Clean(string? overview, string? achievements, string? honours, string? certifierName, string? certifierTitle) =>
        (Guard.MaxLength(Text(overview), "Phần I", OverviewLength), Guard.MaxLength(Text(achievements), "Phần II", AchievementsLength),
            Guard.MaxLength(Text(honours), "Phần III", HonoursLength), Guard.OptionalName(certifierName, "Người xác nhận", 100), Guard.OptionalName(certifierTitle, "Chức vụ người xác nhận", 200));

    private static string? Text(string? value) => value?.Normalize(System.Text.NormalizationForm.FormC).ReplaceLineEndings("\n");

    /// <summary>Writes the report: the first draft, or a change to <paramref name="report"/>, the one there.</summary>
    internal static AchievementReport Write(AchievementReport? report, string? overview, string? achievements, string? honours, string? certifierName, string? certifierTitle,
        Actor by, DateTimeOffset now)
    {
        if (report is null)
        {
            return new AchievementReport(overview, achievements, honours, certifierName, certifierTitle, by, now);
        }

        report.Change(overview, achievements, honours, certifierName, certifierTitle, by, now);
        return report;
    }

    private void Change(string? overview, string? achievements, string? honours, string? certifierName, string? certifierTitle, Actor by, DateTimeOffset now)
    {
        var changed = Clean(overview, achievements, honours, certifierName, certifierTitle);
        if (changed == (Overview, Achievements, Honours, CertifierName, CertifierTitle) && UpdatedByName.Length > 0)
        {
            return;
        }

        (Overview, Achievements, Honours, CertifierName, CertifierTitle) = changed;
        UpdatedAt = now;
        UpdatedByName = by.Name;
        CompletedAt = null;
        CompletedByName = null;
    }

    internal void Complete(Actor by, DateTimeOffset now)
    {
        if (!CanComplete)
        {
            throw new DomainException("Báo cáo thành tích chưa đủ: cần đủ ba phần và người xác nhận (thủ trưởng cơ quan, đơn vị đề nghị).");
        }

        if (IsComplete)
        {
            throw new DomainException("Báo cáo thành tích đã được hoàn thiện.");
        }

        CompletedAt = now;
        CompletedByName = by.Name;
    }
}
