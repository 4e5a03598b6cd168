using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Domain.Reports;

public sealed class ReportStatusChange : StatusChange<ReportStatus>
{
    private ReportStatusChange() { }

    internal ReportStatusChange(ReportStatus? from, ReportStatus to, Actor by, DateTimeOffset at, string? comment)
        : base(from, to, by, at, comment) { }

    public int AnnualReportId { get; private set; }
}
