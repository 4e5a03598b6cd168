using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Reports;

namespace NguyenLuongBang.Emulation.UnitTests.Builders;

/// <summary>Builds annual reports in a given state for tests: areas 101-108 numbered 1-8.</summary>
internal sealed class ReportBuilder
{
    public static readonly Actor Staff = new("staff-1", "Trần Thị Hoa");
    public static readonly Actor Reviewer = new("reviewer-1", "Vũ Thị Lan");
    public static readonly DateTimeOffset Deadline2026 = new(2026, 12, 15, 23, 59, 59, TimeSpan.FromHours(7));
    public static readonly ReportWindow Window2026 = new(Deadline2026, Deadline2026.AddDays(15));
    public static readonly DateTimeOffset BeforeDeadline = new(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(7));

    private bool _complete;
    private ReportStatus _status = ReportStatus.Draft;

    public static (int Id, int Number)[] Areas { get; } = Enumerable.Range(1, 8).Select(n => (100 + n, n)).ToArray();

    public ReportBuilder Complete()
    {
        _complete = true;
        return this;
    }

    public ReportBuilder In(ReportStatus status)
    {
        _status = status;
        _complete = _complete || status != ReportStatus.Draft;
        return this;
    }

    public AnnualReport Build()
    {
        var report = new AnnualReport(7, 2026, Areas, Staff, BeforeDeadline.AddDays(-20));
        if (_complete)
        {
            foreach (var (id, number) in Areas)
            {
                if (number == 8)
                {
                    report.UpdateSection(id, null, true, "Không thuộc chức năng của đơn vị.", new ReportEdit(Staff, BeforeDeadline.AddDays(-10), Window2026));
                }
                else
                {
                    report.UpdateSection(id, $"Kết quả nội dung {number}.", false, null, new ReportEdit(Staff, BeforeDeadline.AddDays(-10), Window2026));
                }
            }
        }

        switch (_status)
        {
            case ReportStatus.Submitted:
                report.Submit(Staff, BeforeDeadline, Window2026);
                break;
            case ReportStatus.Returned:
                report.Submit(Staff, BeforeDeadline, Window2026);
                report.Return(Reviewer, BeforeDeadline.AddDays(1), "Bổ sung số liệu.", null);
                break;
            case ReportStatus.Accepted:
                report.Submit(Staff, BeforeDeadline, Window2026);
                report.Accept(Reviewer, BeforeDeadline.AddDays(1));
                break;
            case ReportStatus.Reopened:
                report.Submit(Staff, BeforeDeadline, Window2026);
                report.Accept(Reviewer, BeforeDeadline.AddDays(1));
                report.Reopen(Reviewer, BeforeDeadline.AddDays(2), "Đơn vị xin bổ sung minh chứng.");
                break;
        }

        return report;
    }
}
