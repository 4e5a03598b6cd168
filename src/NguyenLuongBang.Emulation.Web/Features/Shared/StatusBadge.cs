using NguyenLuongBang.Emulation.Domain.Reports;

namespace NguyenLuongBang.Emulation.Web.Features.SharedParts;

public static class StatusBadge
{
    /// <summary>Bootstrap colour of a report status badge.</summary>
    public static string For(ReportStatus? status) => status switch
    {
        ReportStatus.Submitted => "primary",
        ReportStatus.Returned or ReportStatus.Reopened => "warning",
        ReportStatus.Accepted => "success",
        ReportStatus.Draft => "secondary",
        _ => "light",
    };
}
