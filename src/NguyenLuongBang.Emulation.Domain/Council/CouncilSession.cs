using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Domain.Council;

public enum CouncilSessionStatus
{
    Open,
    Closed,

    /// <summary>Hoãn: the session ended without deciding; its nominees went back to posted.</summary>
    Adjourned,
}

public enum VoteChoice
{
    Agree,
    Disagree,
    Recused,
}

/// <summary>
/// A meeting of the commune's Emulation-Commendation Council that votes on posted nominations.
/// Open → Closed, or Open → Adjourned. It opens only with a quorum; until the first vote its
/// attendance can be corrected. Quorum and pass threshold are copied from the settings when the
/// session opens, so later changes to the settings do not change a past result. Every move keeps
/// a history row.
/// </summary>
public sealed class CouncilSession
{
    private readonly List<CouncilAgendaItem> _agenda = [];
    private readonly List<CouncilVote> _votes = [];
    private readonly List<CouncilAttendance> _present = [];
    private readonly List<CouncilSessionStatusChange> _history = [];

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

        if (heldOn.Year < ReviewRound.FirstYear || heldOn.Year > ReviewRound.FinalYear + 1)
        {
            throw new DomainException($"Ngày họp {heldOn:dd/MM/yyyy} không hợp lệ.");
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

        QuorumNumerator = quorum.Numerator;
        QuorumDenominator = quorum.Denominator;
        PassNumerator = passThreshold.Numerator;
        PassDenominator = passThreshold.Denominator;
        if (!HasQuorum)
        {
            throw new DomainException(NoQuorum());
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

        Status = CouncilSessionStatus.Open;
        OpenedAt = now;
        OpenedByName = by.Name;
        _history.Add(new CouncilSessionStatusChange(null, CouncilSessionStatus.Open, by, now, $"{_present.Count}/{memberCount} thành viên có mặt"));
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

    /// <summary>Whether the session is sitting: attendance, votes, adjournment and closing happen only then.</summary>
    public bool IsOpen => Status == CouncilSessionStatus.Open;

    /// <summary>Whether the minutes may be recorded (the session closed).</summary>
    public bool CanRecordMinutes => Status == CouncilSessionStatus.Closed;

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

    /// <summary>
    /// When the meeting began, as its minutes state it: the opening in the portal when that was on
    /// the day it was held; for a session set up in advance, the first vote on its day.
    /// </summary>
    public DateTimeOffset BeganAt =>
        DateOnly.FromDateTime(Common.VietnamTime.ToLocal(OpenedAt).DateTime) >= HeldOn || _votes.Count == 0 ? OpenedAt : _votes.Min(v => v.CastAt);

    /// <summary>"01/BB-HĐTĐKT": the register number of the minutes, given when the session closes.</summary>
    public string? MinutesNumber { get; private set; }

    /// <summary>Whether closing now would decide (open and quorate); closing otherwise is refused.</summary>
    public bool CanClose => Status == CouncilSessionStatus.Open && HasQuorum;

    public IReadOnlyCollection<CouncilAgendaItem> Agenda => _agenda.AsReadOnly();

    public IReadOnlyCollection<CouncilVote> Votes => _votes.AsReadOnly();

    public IReadOnlyCollection<CouncilAttendance> Present => _present.AsReadOnly();

    public bool HasQuorum => Quorum.IsMetBy(_present.Count, MemberCount);

    public IReadOnlyCollection<CouncilSessionStatusChange> History => _history.AsReadOnly();

    /// <summary>Attendance can be corrected while the session is open and nobody has voted.</summary>
    public bool CanCorrectAttendance => Status == CouncilSessionStatus.Open && _votes.Count == 0;

    public bool CanAdjourn => Status == CouncilSessionStatus.Open;

    /// <summary>
    /// Corrects who is present, before the first vote. The session must keep its quorum, and its
    /// chair and secretary must stay among those present.
    /// </summary>
    public void CorrectAttendance(IEnumerable<string> presentMemberIds, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(presentMemberIds);
        Guard.Allowed(IsOpen, Status, "sửa danh sách thành viên có mặt");
        if (_votes.Count > 0)
        {
            throw new DomainException("Đã có thành viên biểu quyết: không sửa được danh sách có mặt.");
        }

        var present = presentMemberIds.Distinct().ToList();
        if (present.Count > MemberCount)
        {
            throw new DomainException("Số thành viên có mặt không thể nhiều hơn số thành viên Hội đồng.");
        }

        if (!Quorum.IsMetBy(present.Count, MemberCount))
        {
            throw new DomainException(NoQuorum());
        }

        if (!present.Contains(ChairUserId) || !present.Contains(SecretaryUserId))
        {
            throw new DomainException("Chủ tọa và thư ký phải có mặt tại phiên họp.");
        }

        _present.RemoveAll(p => !present.Contains(p.MemberUserId));
        foreach (var memberId in present.Where(id => _present.All(p => p.MemberUserId != id)))
        {
            _present.Add(new CouncilAttendance(memberId));
        }

        _history.Add(new CouncilSessionStatusChange(Status, Status, by, now, $"Sửa danh sách có mặt: {_present.Count}/{MemberCount} thành viên"));
    }

    /// <summary>Hoãn phiên họp: ends it without a decision; the caller sends its agenda back to posted.</summary>
    /// <returns>The nominations on the agenda.</returns>
    public IReadOnlyList<int> Adjourn(string reason, Actor by, DateTimeOffset now)
    {
        Guard.Allowed(IsOpen, Status, "hoãn phiên họp");
        var why = Guard.Required(reason, "Lý do hoãn", 1000);
        _history.Add(new CouncilSessionStatusChange(Status, CouncilSessionStatus.Adjourned, by, now, why));
        Status = CouncilSessionStatus.Adjourned;
        ClosedAt = now;
        return _agenda.Select(a => a.NominationId).ToList();
    }

    private string NoQuorum() => $"Phiên họp không đủ số thành viên tham dự (cần ít nhất {Quorum} số thành viên), không thể biểu quyết.";

    public bool IsPresent(string memberId) => _present.Any(p => p.MemberUserId == memberId);

    /// <summary>A session is held on its day: nothing is voted or closed before it (its minutes would be dated before the meeting).</summary>
    private void EnsureHeld(DateTimeOffset now, string what)
    {
        if (DateOnly.FromDateTime(VietnamTime.ToLocal(now).DateTime) < HeldOn)
        {
            throw new DomainException($"Phiên họp ngày {HeldOn:dd/MM/yyyy} chưa diễn ra: {what}.");
        }
    }

    public void CastVote(string memberId, int nominationId, VoteChoice choice, DateTimeOffset now)
    {
        Guard.Allowed(IsOpen, Status, "biểu quyết");
        EnsureHeld(now, "chưa biểu quyết được");
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
    public IReadOnlyList<CouncilAgendaItem> Close(DateTimeOffset now, string minutesNumber, Actor by)
    {
        ArgumentNullException.ThrowIfNull(by);
        Guard.Allowed(IsOpen, Status, "kết thúc phiên họp");
        EnsureHeld(now, "chưa kết thúc được");
        if (!HasQuorum)
        {
            throw new DomainException(NoQuorum());
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
        _history.Add(new CouncilSessionStatusChange(Status, CouncilSessionStatus.Closed, by, now, $"Biên bản {MinutesNumber}"));
        Status = CouncilSessionStatus.Closed;
        ClosedAt = now;
        return _agenda.AsReadOnly();
    }

    /// <summary>Keeps the minutes as issued, once, after closing.</summary>
    public void RecordMinutes(Documents.IssuedDocument minutes)
    {
        ArgumentNullException.ThrowIfNull(minutes);
        Guard.Allowed(CanRecordMinutes, Status, "lưu biên bản");
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

public sealed class CouncilSessionStatusChange : StatusChange<CouncilSessionStatus>
{
    private CouncilSessionStatusChange() { }

    internal CouncilSessionStatusChange(CouncilSessionStatus? from, CouncilSessionStatus to, Actor by, DateTimeOffset at, string? comment)
        : base(from, to, by, at, comment) { }

    public int CouncilSessionId { get; private set; }
}
