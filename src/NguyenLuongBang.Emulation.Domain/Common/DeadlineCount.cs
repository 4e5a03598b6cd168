namespace NguyenLuongBang.Emulation.Domain.Common;

/// <summary>
/// "còn N ngày": the one count of days to a deadline that every page, reminder and e-mail shows.
/// Calendar days in Vietnam time, from today's local date to the deadline's local date: on the
/// deadline's own day it is 0 (the last day), the day before 1, after it negative. The hour of the
/// day does not move it, so the unit's home, the public page and the reminders agree all day long.
/// </summary>
public static class DeadlineCount
{
    public static int DaysLeft(DateOnly deadline, DateOnly today) => deadline.DayNumber - today.DayNumber;

    public static int DaysLeft(DateTimeOffset deadline, DateTimeOffset now) => DaysLeft(LocalDate(deadline), LocalDate(now));

    /// <summary>The date in Vietnam of an instant.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(VietnamTime.ToLocal(instant).DateTime);
}
