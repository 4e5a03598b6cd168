using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Reports;
using NguyenLuongBang.Emulation.Web.Data;

namespace NguyenLuongBang.Emulation.Web.Features.Review;

public sealed class ReviewQueries(AppDbContext db, TimeProvider clock)
{
    /// <summary>Every active unit with its report of the year, in one query whatever the number of units.</summary>
    public async Task<ReviewList> ListAsync(int? year, CancellationToken cancellationToken)
    {
        var chosen = Math.Clamp(year ?? VietnamTime.Today(clock).Year, ReviewRound.FirstYear, ReviewRound.FinalYear);
        var rows = await (
                from unit in db.Units.AsNoTracking()
                where unit.IsActive
                join report in db.AnnualReports.Where(r => r.Year == chosen) on unit.Id equals report.UnitId into reports
                from report in reports.DefaultIfEmpty()
                orderby unit.UnitType!.SortOrder, unit.Name
                select new ReviewRow(unit.Id, unit.Name, unit.UnitType!.Name,
                    report == null ? null : report.Id,
                    report == null ? null : report.Status,
                    report != null && report.SubmittedLate,
                    report == null ? null : report.LastSubmittedAt,
                    report == null ? null : report.UpdatedAt))
            .ToListAsync(cancellationToken);
        return new ReviewList(chosen, rows);
    }
}

public sealed record ReviewRow(int UnitId, string UnitName, string UnitType, int? ReportId, ReportStatus? Status, bool SubmittedLate,
    DateTimeOffset? LastSubmittedAt, DateTimeOffset? UpdatedAt);

public sealed record ReviewList(int Year, IReadOnlyList<ReviewRow> Rows);
