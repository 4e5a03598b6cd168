using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Domain.Reports;

/// <summary>A report's part for one content area: narrative, indicator values, or "no activity" with a reason.</summary>
public sealed class ReportAreaSection
{
    public const int NarrativeMaxLength = 20_000;

    private readonly List<IndicatorValue> _indicatorValues = [];

    private ReportAreaSection() { }

    internal ReportAreaSection(int contentAreaId, int areaNumber)
    {
        ContentAreaId = contentAreaId;
        AreaNumber = areaNumber;
    }

    public int Id { get; private set; }

    public int AnnualReportId { get; private set; }

    public int ContentAreaId { get; private set; }

    /// <summary>The area's number (1-8), kept here so that messages can name it without a join.</summary>
    public int AreaNumber { get; private set; }

    public string? Narrative { get; private set; }

    public bool NoActivity { get; private set; }

    public string? NoActivityReason { get; private set; }

    /// <summary>The reviewer's comment when the report was last returned; cleared on the next return or acceptance.</summary>
    public string? ReviewerComment { get; private set; }

    public IReadOnlyCollection<IndicatorValue> IndicatorValues => _indicatorValues.AsReadOnly();

    public bool IsComplete => Completes(Narrative, NoActivity, NoActivityReason);

    /// <summary>An area is complete with its results, or marked without activity with the reason: the rule of submission, also shown as the unit types.</summary>
    public static bool Completes(string? narrative, bool noActivity, string? noActivityReason) => noActivity
        ? !string.IsNullOrWhiteSpace(noActivityReason)
        : !string.IsNullOrWhiteSpace(narrative);

    internal void Update(string? narrative, bool noActivity, string? noActivityReason)
    {
        Narrative = Guard.MaxLength(narrative, $"Kết quả nội dung ({AreaNumber})", NarrativeMaxLength);
        NoActivity = noActivity;
        NoActivityReason = noActivity ? Guard.MaxLength(noActivityReason, $"Lý do không có hoạt động ({AreaNumber})", 2000) : null;
    }

    internal void SetValue(int indicatorId, decimal? value, string? note, decimal? denominator = null)
    {
        var existing = _indicatorValues.FirstOrDefault(v => v.IndicatorId == indicatorId);
        if (value is null && string.IsNullOrWhiteSpace(note) && denominator is null)
        {
            if (existing is not null)
            {
                _indicatorValues.Remove(existing);
            }

            return;
        }

        if (existing is null)
        {
            _indicatorValues.Add(new IndicatorValue(indicatorId, value, note, denominator));
        }
        else
        {
            existing.Change(value, note, denominator);
        }
    }

    internal void SetReviewerComment(string? comment) => ReviewerComment = Guard.MaxLength(comment, "Nhận xét", 4000);
}

/// <summary>The value a unit reports for one indicator, with an optional note on how it was counted.</summary>
public sealed class IndicatorValue
{
    private IndicatorValue() { }

    internal IndicatorValue(int indicatorId, decimal? value, string? note, decimal? denominator)
    {
        IndicatorId = indicatorId;
        Change(value, note, denominator);
    }

    public int Id { get; private set; }

    public int ReportAreaSectionId { get; private set; }

    public int IndicatorId { get; private set; }

    public decimal? Value { get; private set; }

    public string? Note { get; private set; }

    /// <summary>For a rate: what the percentage is of (e.g. 1.200 dossiers), so rates of units can be weighted.</summary>
    public decimal? Denominator { get; private set; }

    internal void Change(decimal? value, string? note, decimal? denominator)
    {
        if (denominator is { } d && (d <= 0 || d != decimal.Truncate(d)))
        {
            throw new DomainException("Tổng số (mẫu số) của tỷ lệ phải là số nguyên dương.");
        }

        Value = value;
        Note = Guard.MaxLength(note, "Ghi chú chỉ tiêu", 500);
        Denominator = denominator;
    }
}
