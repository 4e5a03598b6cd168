using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Reports;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Features.Notifications;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Review;

/// <summary>
/// The reviewer's reminder, from the list, to the units she ticked that have not started their
/// report of the year or not sent it: once per unit and day (<see cref="UnitReminders"/>). Units
/// ticked that have sent it meanwhile are left out and counted.
/// </summary>
public sealed class ReviewReminders(AppDbContext db, UnitReminders reminders, Reports.ReportingRules rules, TimeProvider clock)
{
    /// <summary>At most this many units in one reminder: a commune's list, not a mailing.</summary>
    public const int MaxUnits = 500;

    /// <returns>Whether the request was refused (nothing ticked, a year not begun), and what the reviewer is told.</returns>
    public async Task<(bool Refused, string Message)> RemindAsync(int year, IReadOnlyCollection<int> unitIds, CancellationToken cancellationToken)
    {
        if (unitIds.Count == 0)
        {
            return (true, "Vui lòng đánh dấu ít nhất một đơn vị cần nhắc.");
        }

        if (unitIds.Count > MaxUnits || year is < ReviewRound.FirstYear or > ReviewRound.FinalYear)
        {
            return (true, "Danh sách đơn vị cần nhắc không hợp lệ; vui lòng tải lại trang và chọn lại.");
        }

        var now = clock.GetUtcNow();
        if (!AnnualReport.HasBegun(year, now))
        {
            return (true, $"Năm {year} chưa bắt đầu: chưa thể nhắc đơn vị báo cáo năm này.");
        }

        var chosen = unitIds.Distinct().ToList();
        var units = await db.Units.AsNoTracking()
            .Where(u => u.IsActive && chosen.Contains(u.Id))
            .Select(u => new
            {
                u.Id,
                Status = db.AnnualReports.Where(r => r.UnitId == u.Id && r.Year == year).Select(r => (ReportStatus?)r.Status).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var due = units.Where(u => u.Status is null or ReportStatus.Draft or ReportStatus.Returned or ReportStatus.Reopened).ToList();
        var sent = units.Count - due.Count;

        var deadline = VietnamTime.ToLocal(await rules.DeadlineAsync(year));
        var when = now > deadline ? $"đã quá hạn nộp {deadline:dd/MM/yyyy}" : $"hạn nộp {deadline:dd/MM/yyyy}";
        var notes = due.Select(u => (u.Id, u.Status is null
                ? $"Đơn vị chưa lập báo cáo kết quả thi đua năm {year} ({when}). Đề nghị đơn vị lập, hoàn thiện và nộp báo cáo trên cổng."
                : $"Báo cáo kết quả thi đua năm {year} của đơn vị chưa được nộp ({when}). Đề nghị đơn vị hoàn thiện và nộp báo cáo trên cổng."))
            .ToList();
        var outcome = await reminders.SendAsync(notes, $"/Reports/Year/{year}", $"report-reminder-{year}-{VietnamTime.Today(clock):yyyy-MM-dd}",
            "Nhắc đơn vị nộp báo cáo", "Báo cáo năm", $"Năm {year}", cancellationToken);

        var said = new List<string>();
        if (outcome.Reminded > 0)
        {
            said.Add($"Đã nhắc {outcome.Reminded} đơn vị nộp báo cáo năm {year} (thông báo trên cổng và thư điện tử).");
        }

        if (outcome.AlreadyReminded > 0)
        {
            said.Add($"{outcome.AlreadyReminded} đơn vị đã được nhắc hôm nay nên không nhắc lại (mỗi đơn vị chỉ được nhắc một lần mỗi ngày).");
        }

        if (outcome.WithoutAccounts > 0)
        {
            said.Add($"{outcome.WithoutAccounts} đơn vị chưa có tài khoản trên cổng nên không nhận được thông báo; vui lòng liên hệ trực tiếp.");
        }

        if (sent > 0)
        {
            said.Add($"{sent} đơn vị đã nộp báo cáo nên không cần nhắc.");
        }

        return (false, said.Count == 0 ? "Không có đơn vị nào cần nhắc." : string.Join(" ", said));
    }
}
