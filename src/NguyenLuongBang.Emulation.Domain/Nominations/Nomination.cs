using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Domain.Nominations;

/// <summary>
/// A collective, individual or household proposed for commendation in a round.
/// Draft → Posted (public posting) → InCouncil → CouncilPassed / CouncilRejected → Approved / Rejected.
/// Never deleted. A Bằng khen proposal has two parts of its own: the achievement report
/// (<see cref="Dossier"/>) and its way to the city (<see cref="City"/>). The class is split by concern:
/// posting and feedback, council and approval, dossier, city.
/// </summary>
public sealed partial class Nomination
{
    private readonly List<NominationStatusChange> _history = [];
    private readonly List<NominationObjection> _objections = [];

    private Nomination()
    {
        NomineeName = Achievement = string.Empty;
    }

    public Nomination(ReviewRound round, NomineeKind kind, string nomineeName, Gender? gender, string? position, int? unitId,
        AwardForm awardForm, string achievement, int? proposedCommendationId, Actor by, DateTimeOffset now)
    {
        RoundKind = round.Kind;
        RoundYear = round.Year;
        NomineeKind = kind;
        NomineeName = Guard.Name(nomineeName, "Tên tập thể/cá nhân", 200);
        if (kind == NomineeKind.Individual && gender is null)
        {
            throw new DomainException("Cá nhân được đề nghị phải có giới tính.");
        }

        if (kind == NomineeKind.Collective && unitId is null)
        {
            throw new DomainException("Tập thể được đề nghị phải thuộc một đơn vị.");
        }

        Gender = kind == NomineeKind.Individual ? gender : null;
        Position = Guard.MaxLength(position, "Chức vụ", 200);
        UnitId = unitId;
        AwardForm = awardForm;
        Achievement = Guard.Required(achievement, "Tóm tắt thành tích", 4000);
        ProposedCommendationId = proposedCommendationId;
        SearchName = Names.Fold(NomineeName);
        Status = NominationStatus.Draft;
        CreatedAt = now;
        _history.Add(new NominationStatusChange(null, Status, by, now, null));
    }

    public int Id { get; private set; }

    public RoundKind RoundKind { get; private set; }

    public int RoundYear { get; private set; }

    public ReviewRound Round => new(RoundKind, RoundYear);

    public NomineeKind NomineeKind { get; private set; }

    public string NomineeName { get; private set; }

    public Gender? Gender { get; private set; }

    public string? Position { get; private set; }

    public int? UnitId { get; private set; }

    public AwardForm AwardForm { get; private set; }

    public string Achievement { get; private set; }

    /// <summary>The unit's proposal in its report this nomination was taken from, if any.</summary>
    public int? ProposedCommendationId { get; private set; }

    public NominationStatus Status { get; private set; }

    /// <summary>Whether the nominee may be posted publicly (a draft).</summary>
    public bool CanPost => Status == NominationStatus.Draft;

    /// <summary>Whether discipline or an override reason may still be recorded (before the council).</summary>
    public bool CanRecordDiscipline => Status is NominationStatus.Draft or NominationStatus.Posted;

    /// <summary>Whether objections may be recorded and resolved (posted, or before the council decides).</summary>
    public bool CanRecordObjection => Status is NominationStatus.Posted or NominationStatus.InCouncil;

    /// <summary>Whether the chairman may approve (the council passed it).</summary>
    public bool CanApprove => Status == NominationStatus.CouncilPassed;

    /// <summary>Whether the chairman may decline (after the council, either way).</summary>
    public bool CanReject => Status is NominationStatus.CouncilPassed or NominationStatus.CouncilRejected;

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the public posting began.</summary>
    public DateTimeOffset? PostedAt { get; private set; }

    public DateTimeOffset? PostedUntil { get; private set; }

    public string? CouncilSummary { get; private set; }

    public string? ChairmanComment { get; private set; }

    /// <summary>Discipline, investigation or complaint recorded by the reviewer: blocks the award.</summary>
    public bool UnderDiscipline { get; private set; }

    public string? DisciplineNote { get; private set; }

    /// <summary>The reviewer's written reason to send a nominee with a failing eligibility line to the council.</summary>
    public string? OverrideReason { get; private set; }

    /// <summary>Diacritics-free, lower-case name for the award-history search.</summary>
    public string SearchName { get; private set; } = string.Empty;

    public IReadOnlyCollection<NominationStatusChange> History => _history.AsReadOnly();

    /// <summary>Objections received during public posting (who, what, how resolved).</summary>
    public IReadOnlyCollection<NominationObjection> Objections => _objections.AsReadOnly();

    public bool HasOpenObjections => _objections.Any(o => o.Resolution is null);

    public void Revise(string achievement, AwardForm awardForm, string? position, Actor by, DateTimeOffset now)
    {
        Guard.Status(Status, "sửa đề nghị", NominationStatus.Draft);
        Achievement = Guard.Required(achievement, "Tóm tắt thành tích", 4000);
        AwardForm = awardForm;
        Position = Guard.MaxLength(position, "Chức vụ", 200);
        _history.Add(new NominationStatusChange(Status, Status, by, now, "Sửa nội dung đề nghị"));
    }

    private void Move(NominationStatus to, Actor by, DateTimeOffset now, string? comment)
    {
        _history.Add(new NominationStatusChange(Status, to, by, now, comment));
        Status = to;
    }
}
