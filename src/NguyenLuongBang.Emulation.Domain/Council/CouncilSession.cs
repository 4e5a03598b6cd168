using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Domain.Council;

public enum CouncilSessionStatus
{
    Open,
    Closed,
}

public enum VoteChoice
{
    Agree,
    Disagree,
    Recused,
}

/// <summary>
/// A meeting of the commune's Emulation-Commendation Council that votes on posted nominations.
/// Open → Closed. Quorum and pass threshold are copied from the settings when the session opens,
/// so later changes to the settings do not change a past result.
/// </summary>
public sealed class CouncilSession
{
    private readonly List<CouncilAgendaItem> _agenda = [];
    private readonly List<CouncilVote> _votes = [];
    private readonly List<CouncilAttendance> _present = [];

    private CouncilSession()
    {
        Place = OpenedByName = ChairUserId = ChairName = SecretaryUserId = SecretaryName = string.Empty;
    }

    /// <param name="chair">Who chairs the session (chủ tọa), one of the members present.</param>
    /// <param name="secretary">Who takes the minutes (thư ký), another member present.</param>
    public CouncilSession(DateOnly heldOn, string place, int memberCount, IEnumerable<string> presentMemberIds,
        IEnumerable<int> nominationIds, Fraction quorum, Fraction passThreshold, Actor chair, Actor secretary, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(presentMemberIds);
        ArgumentNullException.ThrowIfNull(nominationIds);
        ArgumentNullException.ThrowIfNull(chair);
        ArgumentNullException.ThrowIfNull(secretary);
        if (memberCount < 1)
        {
            throw new DomainException("Hội đồng phải có ít nhất một thành viên.");
        }

        HeldOn = heldOn;
        Place = Guard.Required(place, "Địa điểm", 200);
        MemberCount = memberCount;
        foreach (var memberId in presentMemberIds.Distinct())
        {
            _present.Add(new CouncilAttendance(memberId));
        }

        if (_present.Count > memberCount)
        {
            throw new DomainException("Số thành viên có mặt không thể nhiều hơn số thành viên Hội đồng.");
        }

        foreach (var nominationId in nominationIds.Distinct())
        {
            _agenda.Add(new CouncilAgendaItem(nominationId));
        }

        if (_agenda.Count == 0)
        {
            throw new DomainException("Phiên họp cần có ít nhất một đề nghị khen thưởng.");
        }

        if (!IsPresent(chair.UserId))
        {
            throw new DomainException("Chủ tọa phải là thành viên Hội đồng có mặt tại phiên họp.");
        }

        if (!IsPresent(secretary.UserId))
        {
            throw new DomainException("Thư ký phải là thành viên Hội đồng có mặt tại phiên họp.");
        }

        if (chair.UserId == secretary.UserId)
        {
            throw new DomainException("Chủ tọa và thư ký phải là hai người khác nhau.");
        }

        ChairUserId = chair.UserId;
        ChairName = Guard.Required(chair.Name, "Chủ tọa", 100);
        SecretaryUserId = secretary.UserId;
        SecretaryName = Guard.Required(secretary.Name, "Thư ký", 100);

        QuorumNumerator = quorum.Numerator;
        QuorumDenominator = quorum.Denominator;
        PassNumerator = passThreshold.Numerator;
        PassDenominator = passThreshold.Denominator;
        Status = CouncilSessionStatus.Open;
        OpenedAt = now;
        OpenedByName = by.Name;
    }

    public int Id { get; private set; }

    public DateOnly HeldOn { get; private set; }

    public string Place { get; private set; }

    /// <summary>All members of the council, present or not: the base of quorum and threshold.</summary>
    public int MemberCount { get; private set; }

    public int QuorumNumerator { get; private set; }

    public int QuorumDenominator { get; private set; }

    public int PassNumerator { get; private set; }

    public int PassDenominator { get; private set; }

    public Fraction Quorum => new(QuorumNumerator, QuorumDenominator);

    public Fraction PassThreshold => new(PassNumerator, PassDenominator);

    public CouncilSessionStatus Status { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public string OpenedByName { get; private set; }

    /// <summary>Chủ tọa, chosen when the session opens: the minutes print this name, whoever downloads them.</summary>
    public string ChairUserId { get; private set; }

    public string ChairName { get; private set; }

    /// <summary>Thư ký: who takes the minutes.</summary>
    public string SecretaryUserId { get; private set; }

    public string SecretaryName { get; private set; }

    /// <summary>The minutes as issued at closing: what downloads serve.</summary>
    public int? MinutesDocumentId { get; private set; }

    public Documents.IssuedDocument? MinutesDocument { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>"01/BB-HĐTĐKT": the register number of the minutes, given when the session closes.</summary>
    public string? MinutesNumber { get; private set; }

    /// <summary>Whether closing now would decide (open and quorate); closing otherwise is refused.</summary>
    public bool CanClose => Status == CouncilSessionStatus.Open && HasQuorum;

    public IReadOnlyCollection<CouncilAgendaItem> Agenda => _agenda.AsReadOnly();

    public IReadOnlyCollection<CouncilVote> Votes => _votes.AsReadOnly();

    public IReadOnlyCollection<CouncilAttendance> Present => _present.AsReadOnly();

    public bool HasQuorum => Quorum.IsMetBy(_present.Count, MemberCount);

    public bool IsPresent(string memberId) => _present.Any(p => p.MemberUserId == memberId);

    public void CastVote(string memberId, int nominationId, VoteChoice choice, DateTimeOffset now)
    {
        Guard.Status(Status, "biểu quyết", CouncilSessionStatus.Open);
        if (!IsPresent(memberId))
        {
            throw new DomainException("Chỉ thành viên có mặt tại phiên họp được biểu quyết.");
        }

        if (_agenda.All(a => a.NominationId != nominationId))
        {
            throw new DomainException("Đề nghị này không có trong phiên họp.");
        }

        if (_votes.Any(v => v.MemberUserId == memberId && v.NominationId == nominationId))
        {
            throw new DomainException("Thành viên đã biểu quyết cho đề nghị này; mỗi thành viên chỉ biểu quyết một lần.");
        }

        _votes.Add(new CouncilVote(memberId, nominationId, choice, now));
    }

    /// <summary>
    /// Closes voting and decides every nominee: passed when at least the threshold of all members
    /// agree, where members who recused for that nominee are left out of the count.
    /// Refused without quorum: such a session cannot decide.
    /// </summary>
    /// <param name="minutesNumber">The register number of the minutes (biên bản) of this session.</param>
    public IReadOnlyList<CouncilAgendaItem> Close(DateTimeOffset now, string minutesNumber)
    {
        Guard.Status(Status, "kết thúc phiên họp", CouncilSessionStatus.Open);
        if (!HasQuorum)
        {
            throw new DomainException($"Phiên họp không đủ số thành viên tham dự (cần ít nhất {Quorum} số thành viên), không thể biểu quyết.");
        }

        foreach (var item in _agenda)
        {
            var votes = _votes.Where(v => v.NominationId == item.NominationId).ToArray();
            var agree = votes.Count(v => v.Choice == VoteChoice.Agree);
            var disagree = votes.Count(v => v.Choice == VoteChoice.Disagree);
            var recused = votes.Count(v => v.Choice == VoteChoice.Recused);
            var counted = MemberCount - recused;
            item.Decide(agree, disagree, recused, PassThreshold.IsMetBy(agree, counted));
        }

        MinutesNumber = Guard.Required(minutesNumber, "Số biên bản", 50);
        Status = CouncilSessionStatus.Closed;
        ClosedAt = now;
        return _agenda.AsReadOnly();
    }

    /// <summary>Keeps the minutes as issued, once, after closing.</summary>
    public void RecordMinutes(Documents.IssuedDocument minutes)
    {
        ArgumentNullException.ThrowIfNull(minutes);
        Guard.Status(Status, "lưu biên bản", CouncilSessionStatus.Closed);
        if (MinutesDocument is not null || MinutesDocumentId is not null)
        {
            throw new DomainException("Biên bản của phiên họp đã được ban hành.");
        }

        if (minutes.Kind != Documents.IssuedDocumentKind.CouncilMinutes || minutes.Number != MinutesNumber)
        {
            throw new DomainException("Văn bản lưu không khớp với biên bản của phiên họp.");
        }

        MinutesDocument = minutes;
    }
}

public sealed class CouncilAttendance
{
    private CouncilAttendance()
    {
        MemberUserId = string.Empty;
    }

    internal CouncilAttendance(string memberUserId) => MemberUserId = memberUserId;

    public int Id { get; private set; }

    public int CouncilSessionId { get; private set; }

    public string MemberUserId { get; private set; }
}

/// <summary>A nominee on the session's agenda and, once closed, its result in counts only.</summary>
public sealed class CouncilAgendaItem
{
    private CouncilAgendaItem() { }

    internal CouncilAgendaItem(int nominationId) => NominationId = nominationId;

    public int Id { get; private set; }

    public int CouncilSessionId { get; private set; }

    public int NominationId { get; private set; }

    public int? AgreeCount { get; private set; }

    public int? DisagreeCount { get; private set; }

    public int? RecusedCount { get; private set; }

    public bool? Passed { get; private set; }

    public string Summary => Passed is null
        ? "Chưa biểu quyết"
        : $"{AgreeCount} đồng ý, {DisagreeCount} không đồng ý, {RecusedCount} không tham gia biểu quyết";

    internal void Decide(int agree, int disagree, int recused, bool passed)
    {
        AgreeCount = agree;
        DisagreeCount = disagree;
        RecusedCount = recused;
        Passed = passed;
    }
}

/// <summary>One member's vote on one nominee. Results are shown as counts; who voted what is not shown.</summary>
public sealed class CouncilVote
{
    private CouncilVote()
    {
        MemberUserId = string.Empty;
    }

    internal CouncilVote(string memberUserId, int nominationId, VoteChoice choice, DateTimeOffset castAt)
    {
        MemberUserId = memberUserId;
        NominationId = nominationId;
        Choice = choice;
        CastAt = castAt;
    }

    public int Id { get; private set; }

    public int CouncilSessionId { get; private set; }

    public string MemberUserId { get; private set; }

    public int NominationId { get; private set; }

    public VoteChoice Choice { get; private set; }

    public DateTimeOffset CastAt { get; private set; }
}
