using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Domain.Awards;

/// <summary>Who a tờ trình goes to: the commune chairman (from Phòng VH-XH) or the city (from the commune).</summary>
public enum SubmissionTarget
{
    Chairman,
    City,
}

/// <summary>
/// An issued tờ trình of a round: Phòng Văn hóa - Xã hội proposing the council-passed nominees to
/// the chairman, or the commune proposing its approved nominees to the city for a Bằng khen.
/// Issued once with a register number; never changed.
/// </summary>
public sealed class Submission
{
    private Submission()
    {
        Number = SignerName = IssuedByName = string.Empty;
    }

    /// <param name="document">The tờ trình as issued (null only when checking whether it could be issued).</param>
    public Submission(ReviewRound round, SubmissionTarget target, string number, DateOnly issuedOn, string signerName, int nomineeCount, Actor by, DateTimeOffset now,
        Documents.IssuedDocument? document = null)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (nomineeCount < 1)
        {
            throw new DomainException(target == SubmissionTarget.Chairman
                ? "Chưa có đề nghị nào được Hội đồng thông qua để trình Chủ tịch."
                : "Chưa có đề nghị Bằng khen nào được Chủ tịch phê duyệt để trình thành phố.");
        }

        RoundKind = round.Kind;
        RoundYear = round.Year;
        Target = target;
        Number = Guard.Required(number, "Số tờ trình", 50);
        IssuedOn = issuedOn;
        SignerName = Guard.Required(signerName, "Người ký", 100);
        NomineeCount = nomineeCount;
        IssuedAt = now;
        IssuedByName = by.Name;
        if (document is not null && document.Number != Number)
        {
            throw new DomainException("Văn bản lưu không khớp với tờ trình.");
        }

        Document = document;
    }

    public int Id { get; private set; }

    public RoundKind RoundKind { get; private set; }

    public int RoundYear { get; private set; }

    public ReviewRound Round => new(RoundKind, RoundYear);

    public SubmissionTarget Target { get; private set; }

    public string Number { get; private set; }

    public DateOnly IssuedOn { get; private set; }

    public string SignerName { get; private set; }

    public int NomineeCount { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    public string IssuedByName { get; private set; }

    /// <summary>The tờ trình as issued: what downloads serve.</summary>
    public int? DocumentId { get; private set; }

    public Documents.IssuedDocument? Document { get; private set; }
}
