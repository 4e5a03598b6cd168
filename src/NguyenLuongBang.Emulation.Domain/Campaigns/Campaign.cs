using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Domain.Campaigns;

/// <summary>The commune's plan (kế hoạch phát động) that launches the movement for 2025-2030.</summary>
public sealed class Campaign
{
    private Campaign()
    {
        Number = Title = LegalBases = string.Empty;
    }

    public Campaign(string number, string title, string legalBases, int startYear, int endYear)
    {
        if (startYear > endYear)
        {
            throw new DomainException("Năm bắt đầu phải trước năm kết thúc.");
        }

        Number = Guard.Required(number, "Số kế hoạch", 50);
        Title = Guard.Required(title, "Tên phong trào", 1000);
        LegalBases = Guard.Required(legalBases, "Căn cứ", 4000);
        StartYear = startYear;
        EndYear = endYear;
        DeadlineMonth = 12;
        DeadlineDay = 15;
    }

    public int Id { get; private set; }

    public string Number { get; private set; }

    public string Title { get; private set; }

    public string LegalBases { get; private set; }

    public int StartYear { get; private set; }

    public int EndYear { get; private set; }

    /// <summary>Month and day of the yearly report deadline (default 15 December), configurable.</summary>
    public int DeadlineMonth { get; private set; }

    public int DeadlineDay { get; private set; }

    public IReadOnlyList<ReviewRound> Rounds =>
        Enumerable.Range(StartYear, EndYear - StartYear + 1).Select(ReviewRound.Annual)
            .Append(ReviewRound.Interim).Append(ReviewRound.Final).ToArray();

    /// <summary>Units issue their own launch plans in the first year only.</summary>
    public int LaunchPlanYear => StartYear;

    public bool Covers(int year) => year >= StartYear && year <= EndYear;

    /// <summary>End of the deadline day in Vietnam: a report submitted at 23:59 on 15/12 is on time.</summary>
    public DateTimeOffset ReportDeadline(int year)
    {
        if (!Covers(year))
        {
            throw new DomainException($"Năm {year} nằm ngoài giai đoạn {StartYear}-{EndYear}.");
        }

        return VietnamTime.EndOfDay(new DateOnly(year, DeadlineMonth, DeadlineDay));
    }

    public void ChangeDeadline(int month, int day)
    {
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2025, month))
        {
            throw new DomainException("Ngày hạn nộp báo cáo không hợp lệ.");
        }

        DeadlineMonth = month;
        DeadlineDay = day;
    }
}
