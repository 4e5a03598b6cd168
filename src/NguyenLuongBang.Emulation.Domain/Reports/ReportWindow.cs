using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Domain.Reports;

/// <summary>
/// When a year's reports are due and when they lock. After the deadline reports are still taken
/// (marked late); after the lock only a reviewer-granted exception for the unit lets it change
/// or submit its report.
/// </summary>
public sealed record ReportWindow(DateTimeOffset Deadline, DateTimeOffset LockAt, DateTimeOffset? ExceptionUntil = null, string? ExceptionReason = null)
{
    public bool IsLocked(DateTimeOffset now) => now > LockAt && !(ExceptionUntil is { } until && now <= until);

    /// <summary>Why the unit cannot change its report now, in Vietnamese; null when it can.</summary>
    public string? LockReason(DateTimeOffset now) => IsLocked(now)
        ? $"Báo cáo đã khóa từ {VietnamTime.ToLocal(LockAt):HH:mm 'ngày' dd/MM/yyyy}. Muốn bổ sung, đơn vị đề nghị Phòng Văn hóa - Xã hội mở khóa."
        : null;
}

/// <summary>A reviewer's permission for one unit to change and submit its report after the lock.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "The commune's term (an exception to the lock, ngoại lệ khóa sổ), not a .NET exception; the glossary defines it.")]
public sealed class LockException
{
    private LockException()
    {
        Reason = GrantedByName = string.Empty;
    }

    public LockException(int unitId, int year, DateTimeOffset until, string reason, Actor by, DateTimeOffset now)
    {
        if (until <= now)
        {
            throw new DomainException("Thời hạn mở khóa phải sau thời điểm hiện tại.");
        }

        UnitId = unitId;
        Year = year;
        Until = until;
        Reason = Guard.Required(reason, "Lý do mở khóa", 1000);
        GrantedByName = by.Name;
        GrantedAt = now;
    }

    public int Id { get; private set; }

    public int UnitId { get; private set; }

    public int Year { get; private set; }

    public DateTimeOffset Until { get; private set; }

    public string Reason { get; private set; }

    public string GrantedByName { get; private set; }

    public DateTimeOffset GrantedAt { get; private set; }
}
