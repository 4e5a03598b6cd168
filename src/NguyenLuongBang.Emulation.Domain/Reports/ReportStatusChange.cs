using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Domain.Reports;

/// <summary>One line of a report's status history: who moved it, when, from what to what, and why.</summary>
public sealed class ReportStatusChange
{
    private ReportStatusChange()
    {
        ActorUserId = ActorName = string.Empty;
    }

    internal ReportStatusChange(ReportStatus? from, ReportStatus to, Actor by, DateTimeOffset at, string? comment)
    {
        From = from;
        To = to;
        ActorUserId = by.UserId;
        ActorName = by.Name;
        At = at;
        Comment = comment;
    }

    public int Id { get; private set; }

    public int AnnualReportId { get; private set; }

    public ReportStatus? From { get; private set; }

    public ReportStatus To { get; private set; }

    public string ActorUserId { get; private set; }

    public string ActorName { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string? Comment { get; private set; }
}
