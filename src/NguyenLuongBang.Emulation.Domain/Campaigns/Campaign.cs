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
    }

    public int Id { get; private set; }

    public string Number { get; private set; }

    public string Title { get; private set; }

    public string LegalBases { get; private set; }

    public int StartYear { get; private set; }

    public int EndYear { get; private set; }

    public IReadOnlyList<ReviewRound> Rounds =>
        Enumerable.Range(StartYear, EndYear - StartYear + 1).Select(ReviewRound.Annual)
            .Append(ReviewRound.Interim).Append(ReviewRound.Final).ToArray();

    /// <summary>Units issue their own launch plans in the first year only.</summary>
    public int LaunchPlanYear => StartYear;

    public bool Covers(int year) => year >= StartYear && year <= EndYear;
}
