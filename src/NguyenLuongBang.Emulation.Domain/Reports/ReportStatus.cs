namespace NguyenLuongBang.Emulation.Domain.Reports;

public enum ReportStatus
{
    Draft,
    Submitted,
    Returned,
    Accepted,
    Reopened,
}
