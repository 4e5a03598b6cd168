using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Domain.Consolidation;

public enum ConsolidatedReportStatus
{
    Draft,
    Issued,
}

/// <summary>
/// The commune's report to the city for a year or a review round. The data parts are drawn from
/// accepted unit reports when rendered; the reviewer writes the assessment parts. Draft → Issued.
/// </summary>
public sealed class ConsolidatedReport
{
    public const int SectionMaxLength = 20_000;

    private ConsolidatedReport()
    {
        UpdatedByName = string.Empty;
    }

    public ConsolidatedReport(ReviewRound round, Actor by, DateTimeOffset now)
    {
        RoundKind = round.Kind;
        RoundYear = round.Year;
        Status = ConsolidatedReportStatus.Draft;
        UpdatedAt = now;
        UpdatedByName = by.Name;
    }

    public int Id { get; private set; }

    public RoundKind RoundKind { get; private set; }

    public int RoundYear { get; private set; }

    public ReviewRound Round => new(RoundKind, RoundYear);

    public ConsolidatedReportStatus Status { get; private set; }

    public string? Direction { get; private set; }

    public string? Strengths { get; private set; }

    public string? Limitations { get; private set; }

    public string? TasksAhead { get; private set; }

    public string? Proposals { get; private set; }

    public string? Number { get; private set; }

    public DateOnly? IssuedOn { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedByName { get; private set; }

    public void UpdateAssessment(string? direction, string? strengths, string? limitations, string? tasksAhead, string? proposals, Actor by, DateTimeOffset now)
    {
        Guard.Status(Status, "sửa báo cáo tổng hợp", ConsolidatedReportStatus.Draft);
        Direction = Guard.MaxLength(direction, "Công tác chỉ đạo", SectionMaxLength);
        Strengths = Guard.MaxLength(strengths, "Ưu điểm", SectionMaxLength);
        Limitations = Guard.MaxLength(limitations, "Hạn chế, nguyên nhân", SectionMaxLength);
        TasksAhead = Guard.MaxLength(tasksAhead, "Nhiệm vụ thời gian tới", SectionMaxLength);
        Proposals = Guard.MaxLength(proposals, "Đề xuất, kiến nghị", SectionMaxLength);
        UpdatedAt = now;
        UpdatedByName = by.Name;
    }

    /// <summary>Gives the report its register number and date; afterwards it cannot change.</summary>
    public void Issue(string number, DateOnly issuedOn, Actor by, DateTimeOffset now)
    {
        Guard.Status(Status, "ban hành báo cáo", ConsolidatedReportStatus.Draft);
        Number = Guard.Required(number, "Số báo cáo", 50);
        IssuedOn = issuedOn;
        Status = ConsolidatedReportStatus.Issued;
        UpdatedAt = now;
        UpdatedByName = by.Name;
    }
}
