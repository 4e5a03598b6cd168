using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Nominations;

namespace NguyenLuongBang.Emulation.Domain.Awards;

public enum SignerTitle
{
    Chairman,
    ViceChairman,
}

/// <summary>
/// The chairman's award decision (Quyết định khen thưởng). Issued once and immutable: it has no
/// methods that change it. A correction is a new decision naming the one it corrects.
/// </summary>
public sealed class AwardDecision
{
    private readonly List<AwardLine> _lines = [];

    private AwardDecision()
    {
        Number = SignerName = IssuedByName = string.Empty;
    }

    public AwardDecision(ReviewRound round, string number, DateOnly signedOn, string signerName, SignerTitle signerTitle,
        decimal baseSalary, IEnumerable<AwardLine> lines, int? correctsDecisionId, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (baseSalary <= 0)
        {
            throw new DomainException("Mức lương cơ sở phải lớn hơn 0.");
        }

        RoundKind = round.Kind;
        RoundYear = round.Year;
        Number = Guard.Required(number, "Số quyết định", 50);
        SignedOn = signedOn;
        SignerName = Guard.Required(signerName, "Người ký", 100);
        SignerTitle = signerTitle;
        BaseSalary = baseSalary;
        _lines.AddRange(lines);
        if (_lines.Count == 0)
        {
            throw new DomainException("Quyết định khen thưởng phải có ít nhất một tập thể hoặc cá nhân.");
        }

        if (_lines.GroupBy(l => l.NominationId).Any(g => g.Count() > 1))
        {
            throw new DomainException("Mỗi đề nghị chỉ được khen thưởng một lần trong một quyết định.");
        }

        foreach (var line in _lines)
        {
            line.Price(baseSalary);
        }

        CorrectsDecisionId = correctsDecisionId;
        IssuedAt = now;
        IssuedByName = by.Name;
    }

    public int Id { get; private set; }

    public RoundKind RoundKind { get; private set; }

    public int RoundYear { get; private set; }

    public ReviewRound Round => new(RoundKind, RoundYear);

    public string Number { get; private set; }

    public DateOnly SignedOn { get; private set; }

    public string SignerName { get; private set; }

    public SignerTitle SignerTitle { get; private set; }

    /// <summary>Lương cơ sở in force when signed; amounts are multiples of it.</summary>
    public decimal BaseSalary { get; private set; }

    public int? CorrectsDecisionId { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    public string IssuedByName { get; private set; }

    public IReadOnlyCollection<AwardLine> Lines => _lines.AsReadOnly();

    public decimal TotalAmount => _lines.Sum(l => l.Amount);
}

/// <summary>One awardee of a decision, with the reward as a multiple of the base salary.</summary>
public sealed class AwardLine
{
    private AwardLine()
    {
        NomineeName = string.Empty;
    }

    public AwardLine(int nominationId, NomineeKind nomineeKind, string nomineeName, decimal multiple)
    {
        if (multiple < 0)
        {
            throw new DomainException("Hệ số tiền thưởng không được âm.");
        }

        NominationId = nominationId;
        NomineeKind = nomineeKind;
        NomineeName = Guard.Required(nomineeName, "Tên người được khen", 200);
        Multiple = multiple;
    }

    public int Id { get; private set; }

    public int AwardDecisionId { get; private set; }

    public int NominationId { get; private set; }

    public NomineeKind NomineeKind { get; private set; }

    public string NomineeName { get; private set; }

    public decimal Multiple { get; private set; }

    /// <summary>Rounded to the đồng.</summary>
    public decimal Amount { get; private set; }

    /// <summary>Register number of the printed certificate (Giấy khen).</summary>
    public int CertificateNumber { get; private set; }

    internal void Price(decimal baseSalary) => Amount = decimal.Round(Multiple * baseSalary, 0, MidpointRounding.AwayFromZero);
}
