using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.UnitTests.Reports;

public class DeadlineCountTests
{
    private static readonly DateTimeOffset Deadline = VietnamTime.EndOfDay(new DateOnly(2026, 12, 15));

    [Theory]
    [InlineData("2026-11-26T10:00:00+07:00", 19)]
    [InlineData("2026-11-26T00:00:01+07:00", 19)]
    [InlineData("2026-11-26T23:59:59+07:00", 19)]
    [InlineData("2026-11-26T18:00:00+00:00", 18)] // 01:00 on 27/11 in Vietnam
    [InlineData("2026-12-15T08:00:00+07:00", 0)]
    [InlineData("2026-12-16T08:00:00+07:00", -1)]
    public void DaysLeft_CountsCalendarDaysInVietnam_WhateverTheHour(string now, int expected) =>
        Assert.Equal(expected, DeadlineCount.DaysLeft(Deadline, DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)));
}
