using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Domain.Nominations;

/// <summary>
/// A Bằng khen proposal's way to the city: the commune's tờ trình that carried it up and, once the
/// paper came back, the city's decision (awarded or not, its number and date). A part of its
/// <see cref="Nomination"/> (stored in the nomination's own row), there from the day it is sent up;
/// the nomination decides whether it may be sent, this part whether a decision may be recorded.
/// </summary>
public sealed class CityForwarding
{
    public const int NumberLength = 50;

    private CityForwarding()
    {
        SubmissionNumber = string.Empty;
    }

    internal CityForwarding(string submissionNumber, DateOnly sentOn)
    {
        SubmissionNumber = Guard.Required(submissionNumber, "Số tờ trình", NumberLength);
        SentOn = sentOn;
    }

    /// <summary>The register number of the tờ trình that proposed the nominee to the city.</summary>
    public string SubmissionNumber { get; private set; }

    public DateOnly SentOn { get; private set; }

    /// <summary>The city's decision: null until it comes back.</summary>
    public bool? Awarded { get; private set; }

    public string? DecisionNumber { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    /// <summary>Whether the city's decision may still be recorded (none recorded yet).</summary>
    public bool CanRecordDecision => Awarded is null;

    /// <summary>Whether this decision, as typed, is the one already recorded (a second click changes nothing).</summary>
    public bool Holds(bool awarded, string? number, DateOnly decidedOn) =>
        Awarded == awarded && DecisionNumber == number?.Trim() && DecidedOn == decidedOn;

    /// <summary>Records the decision as it came back; dated from the day the proposal was sent up to today.</summary>
    /// <returns>The line for the nomination's history.</returns>
    internal string RecordDecision(bool awarded, string number, DateOnly decidedOn, DateTimeOffset now)
    {
        if (!CanRecordDecision)
        {
            throw new DomainException("Đã ghi nhận quyết định của thành phố cho đề nghị này.");
        }

        if (decidedOn < SentOn || decidedOn > DateOnly.FromDateTime(VietnamTime.ToLocal(now).DateTime))
        {
            throw new DomainException("Ngày quyết định của thành phố phải từ ngày trình đến hôm nay.");
        }

        DecisionNumber = Guard.Required(number, "Số quyết định của thành phố", NumberLength);
        DecidedOn = decidedOn;
        Awarded = awarded;
        return (awarded ? "Thành phố tặng Bằng khen" : "Thành phố không tặng Bằng khen") + $" (Quyết định số {DecisionNumber} ngày {decidedOn:dd/MM/yyyy})";
    }
}
