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

    /// <param name="corrects">The decision this one corrects, if any: the reason is then required.</param>
    /// <param name="issue">
    /// Renders and stores the decision and its certificates once it is complete: a decision is born
    /// issued, and nothing changes it afterwards. Null only where no document is kept (tests of the rules).
    /// </param>
    public AwardDecision(DecisionTerms terms, IEnumerable<AwardLine> lines, Actor by, DateTimeOffset now, AwardDecision? corrects = null, string? correctionReason = null,
        Func<AwardDecision, DecisionDocuments>? issue = null)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(by);
        if (terms.BaseSalary <= 0)
        {
            throw new DomainException("Mức lương cơ sở phải lớn hơn 0.");
        }

        RoundKind = terms.Round.Kind;
        RoundYear = terms.Round.Year;
        Number = Guard.Required(terms.Number, "Số quyết định", 50);
        SignedOn = terms.SignedOn;
        SignerName = Guard.Required(terms.SignerName, "Người ký", 100);
        SignerTitle = terms.SignerTitle;
        BaseSalary = terms.BaseSalary;
        ProposalNumber = Guard.MaxLength(terms.ProposalNumber, "Số tờ trình", 50);
        ProposalIssuedOn = ProposalNumber is null ? null : terms.ProposalIssuedOn;
        _lines.AddRange(lines);
        if (_lines.Count == 0)
        {
            throw new DomainException("Quyết định khen thưởng phải có ít nhất một tập thể hoặc cá nhân.");
        }

        if (_lines.GroupBy(l => l.NominationId).Any(g => g.Count() > 1))
        {
            throw new DomainException("Mỗi đề nghị chỉ được khen thưởng một lần trong một quyết định.");
        }

        if (_lines.GroupBy(l => l.CertificateNumber).Any(g => g.Count() > 1))
        {
            throw new DomainException("Mỗi Giấy khen phải có một số vào sổ riêng.");
        }

        foreach (var line in _lines)
        {
            line.Price(terms.BaseSalary);
        }

        if (corrects is not null)
        {
            if (corrects.Round != terms.Round)
            {
                throw new DomainException("Quyết định đính chính phải cùng đợt khen thưởng với quyết định được đính chính.");
            }

            if (corrects.SignedOn > terms.SignedOn)
            {
                throw new DomainException("Quyết định đính chính không được ký trước quyết định được đính chính.");
            }

            CorrectsDecisionId = corrects.Id;
            CorrectsNumber = corrects.Number;
            CorrectsSignedOn = corrects.SignedOn;
            CorrectionReason = Guard.Required(correctionReason, "Lý do đính chính", 1000);
        }

        IssuedAt = now;
        IssuedByName = by.Name;
        if (issue is not null)
        {
            var documents = issue(this);
            if (documents.Decision.Kind != Documents.IssuedDocumentKind.AwardDecision || documents.Decision.Number != Number)
            {
                throw new DomainException("Văn bản lưu không khớp với quyết định.");
            }

            Document = documents.Decision;
            foreach (var line in _lines)
            {
                line.AttachCertificate(documents.Certificates.TryGetValue(line.CertificateNumber, out var certificate)
                    ? certificate
                    : throw new DomainException($"Thiếu Giấy khen số vào sổ {line.CertificateNumber}."));
            }
        }
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

    /// <summary>The tờ trình of Phòng Văn hóa - Xã hội the decision answers ("Theo đề nghị … tại Tờ trình số …").</summary>
    public string? ProposalNumber { get; private set; }

    public DateOnly? ProposalIssuedOn { get; private set; }

    public int? CorrectsDecisionId { get; private set; }

    public string? CorrectsNumber { get; private set; }

    public DateOnly? CorrectsSignedOn { get; private set; }

    /// <summary>The decision as issued (PDF, Word, the print set of certificates): what downloads serve.</summary>
    public int? DocumentId { get; private set; }

    public Documents.IssuedDocument? Document { get; private set; }

    public string? CorrectionReason { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    public string IssuedByName { get; private set; }

    public IReadOnlyCollection<AwardLine> Lines => _lines.AsReadOnly();

    public decimal TotalAmount => _lines.Sum(l => l.Amount);
}

/// <summary>What issuing a decision stored: the decision itself and each certificate, by its register sequence.</summary>
public sealed record DecisionDocuments(Documents.IssuedDocument Decision, IReadOnlyDictionary<int, Documents.IssuedDocument> Certificates);

/// <summary>One awardee of a decision, with the reward as a multiple of the base salary.</summary>
public sealed class AwardLine
{
    private AwardLine()
    {
        NomineeName = Achievement = string.Empty;
    }

    public AwardLine(int nominationId, NomineeKind nomineeKind, string nomineeName, string? positionAndUnit, string achievement, decimal multiple, int certificateNumber, Gender? gender = null)
    {
        if (multiple < 0)
        {
            throw new DomainException("Hệ số tiền thưởng không được âm.");
        }

        if (certificateNumber < 1)
        {
            throw new DomainException("Số vào sổ Giấy khen bắt đầu từ 1.");
        }

        NominationId = nominationId;
        NomineeKind = nomineeKind;
        NomineeName = Guard.Name(nomineeName, "Tên người được khen", 200);
        PositionAndUnit = Guard.MaxLength(positionAndUnit, "Chức vụ, đơn vị", 400);
        Achievement = Guard.Required(achievement, "Thành tích", 4000);
        Multiple = multiple;
        CertificateNumber = certificateNumber;
        Gender = nomineeKind == NomineeKind.Individual ? gender : null;
    }

    public int Id { get; private set; }

    public int AwardDecisionId { get; private set; }

    public int NominationId { get; private set; }

    public NomineeKind NomineeKind { get; private set; }

    public string NomineeName { get; private set; }

    /// <summary>For a person: "Ông" or "Bà" on the certificate.</summary>
    public Gender? Gender { get; private set; }

    /// <summary>Position and unit as printed on the list and the certificate, frozen at signing.</summary>
    public string? PositionAndUnit { get; private set; }

    public string Achievement { get; private set; }

    public decimal Multiple { get; private set; }

    /// <summary>Rounded to the đồng.</summary>
    public decimal Amount { get; private set; }

    /// <summary>Register number of the printed certificate (Giấy khen): its sequence in the GK register of the year.</summary>
    public int CertificateNumber { get; private set; }

    /// <summary>The certificate as issued: its own stored PDF.</summary>
    public int? CertificateDocumentId { get; private set; }

    public Documents.IssuedDocument? CertificateDocument { get; private set; }

    internal void AttachCertificate(Documents.IssuedDocument document)
    {
        if (document.Kind != Documents.IssuedDocumentKind.Certificate)
        {
            throw new DomainException("Văn bản lưu không phải Giấy khen.");
        }

        CertificateDocument = document;
    }

    internal void Price(decimal baseSalary) => Amount = decimal.Round(Multiple * baseSalary, 0, MidpointRounding.AwayFromZero);
}

/// <summary>What the signer decides on: the round, the register number, date, signer and base salary.</summary>
public sealed record DecisionTerms(ReviewRound Round, string Number, DateOnly SignedOn, string SignerName, SignerTitle SignerTitle, decimal BaseSalary, string? ProposalNumber, DateOnly? ProposalIssuedOn = null);
