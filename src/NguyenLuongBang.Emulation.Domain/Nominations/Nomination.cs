using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Domain.Nominations;

/// <summary>
/// A collective, individual or household proposed for commendation in a round.
/// Draft → Posted (public posting) → InCouncil → CouncilPassed / CouncilRejected → Approved / Rejected.
/// Never deleted.
/// </summary>
public sealed class Nomination
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

    /// <summary>The register number of the tờ trình that proposed this nominee to the city, once sent.</summary>
    public string? ForwardedToCityNumber { get; private set; }

    public DateOnly? ForwardedToCityOn { get; private set; }

    public bool HasOpenObjections => _objections.Any(o => o.Resolution is null);

    /// <summary>The achievement report (báo cáo thành tích) for a Bằng khen proposal to the city, once drafted.</summary>
    public AchievementReport? Dossier { get; private set; }

    /// <summary>The city's decision on a Bằng khen proposal: null until it comes back.</summary>
    public bool? CityAwarded { get; private set; }

    public string? CityDecisionNumber { get; private set; }

    public DateOnly? CityDecisionOn { get; private set; }

    /// <summary>Whether the public may still send feedback on the nominee online (posted, posting period running).</summary>
    public bool AcceptsPublicFeedback(DateTimeOffset now) => Status == NominationStatus.Posted && PostedUntil is { } until && now < until;

    /// <summary>Whether the achievement report for the city may be written or changed (a Bằng khen proposal not yet sent up, not declined).</summary>
    public bool CanWriteDossier => AwardForm == AwardForm.CityCertificateProposal && ForwardedToCityNumber is null
        && Status is not (NominationStatus.Rejected or NominationStatus.CouncilRejected);

    /// <summary>Whether the city's decision may be recorded (sent up, no decision recorded yet).</summary>
    public bool CanRecordCityDecision => ForwardedToCityNumber is not null && CityAwarded is null;

    /// <summary>
    /// The parts of the dossier the city requires for a Bằng khen (Nghị định 152/2025/NĐ-CP), each
    /// done or not; the tờ trình itself is issued when the dossier is sent.
    /// </summary>
    public IReadOnlyList<DossierPart> DossierParts() =>
    [
        new("Kết quả công khai danh sách, ý kiến phản ánh đã được giải quyết", PostedUntil is not null && !HasOpenObjections),
        new("Biên bản họp Hội đồng Thi đua - Khen thưởng xã (kết quả biểu quyết)", CouncilSummary is not null),
        new("Chủ tịch UBND xã đã phê duyệt đề nghị", Status == NominationStatus.Approved),
        new("Báo cáo thành tích đủ các phần (đặc điểm, thành tích, khen thưởng đã nhận)", Dossier?.HasAllParts == true),
        new("Xác nhận của thủ trưởng cơ quan, đơn vị đề nghị", Dossier?.CertifierName is not null),
        new("Báo cáo thành tích đã được hoàn thiện", Dossier?.CompletedAt is not null),
    ];

    public bool DossierComplete => DossierParts().All(p => p.Done);

    /// <summary>Writes (or rewrites) the achievement report; a change undoes its completion until it is completed again.</summary>
    public void WriteDossier(string? overview, string? achievements, string? honours, string? certifierName, string? certifierTitle, Actor by, DateTimeOffset now)
    {
        if (!CanWriteDossier)
        {
            throw new DomainException(ForwardedToCityNumber is not null
                ? $"Hồ sơ đã trình thành phố tại Tờ trình số {ForwardedToCityNumber}; không sửa được nữa."
                : "Chỉ đề nghị Bằng khen của Chủ tịch UBND thành phố (chưa bị từ chối) mới lập báo cáo thành tích.");
        }

        if (Dossier is null)
        {
            Dossier = new AchievementReport(overview, achievements, honours, certifierName, certifierTitle, by, now);
        }
        else
        {
            Dossier.Change(overview, achievements, honours, certifierName, certifierTitle, by, now);
        }
    }

    /// <summary>Marks the achievement report final: all its parts written and certified.</summary>
    public void CompleteDossier(Actor by, DateTimeOffset now)
    {
        if (!CanWriteDossier || Dossier is null)
        {
            throw new DomainException("Chưa có báo cáo thành tích để hoàn thiện.");
        }

        Dossier.Complete(by, now);
        _history.Add(new NominationStatusChange(Status, Status, by, now, "Hoàn thiện báo cáo thành tích đề nghị Bằng khen"));
    }

    /// <summary>The city's decision on the proposal (Bằng khen awarded or not), as it came back.</summary>
    public void RecordCityDecision(bool awarded, string number, DateOnly decidedOn, Actor by, DateTimeOffset now)
    {
        if (!CanRecordCityDecision)
        {
            throw new DomainException(ForwardedToCityNumber is null
                ? "Đề nghị chưa được trình thành phố."
                : "Đã ghi nhận quyết định của thành phố cho đề nghị này.");
        }

        if (decidedOn < ForwardedToCityOn || decidedOn > DateOnly.FromDateTime(VietnamTime.ToLocal(now).DateTime))
        {
            throw new DomainException("Ngày quyết định của thành phố phải từ ngày trình đến hôm nay.");
        }

        CityDecisionNumber = Guard.Required(number, "Số quyết định của thành phố", 50);
        CityDecisionOn = decidedOn;
        CityAwarded = awarded;
        _history.Add(new NominationStatusChange(Status, Status, by, now,
            (awarded ? "Thành phố tặng Bằng khen" : "Thành phố không tặng Bằng khen") + $" (Quyết định số {CityDecisionNumber} ngày {decidedOn:dd/MM/yyyy})"));
    }

    /// <summary>Feedback sent by anyone through the public posting page: an objection like those recorded by hand, with a reference number for the sender.</summary>
    public NominationObjection ReceiveFeedback(string? senderName, string? contact, string? content, string reference, Guid formToken, DateTimeOffset now)
    {
        if (!AcceptsPublicFeedback(now))
        {
            throw new DomainException("Thời gian công khai của đề nghị này đã kết thúc; không nhận thêm ý kiến trực tuyến.");
        }

        var objection = NominationObjection.Online(senderName, contact, content, reference, formToken, now);
        _objections.Add(objection);
        _history.Add(new NominationStatusChange(Status, Status, NominationObjection.PublicSender, now, $"Ý kiến phản ánh trực tuyến số {objection.Reference}"));
        return objection;
    }

    public void Revise(string achievement, AwardForm awardForm, string? position, Actor by, DateTimeOffset now)
    {
        Guard.Status(Status, "sửa đề nghị", NominationStatus.Draft);
        Achievement = Guard.Required(achievement, "Tóm tắt thành tích", 4000);
        AwardForm = awardForm;
        Position = Guard.MaxLength(position, "Chức vụ", 200);
        _history.Add(new NominationStatusChange(Status, Status, by, now, "Sửa nội dung đề nghị"));
    }

    /// <summary>Publishes the nominee on the public list for <paramref name="postingDays"/> days.</summary>
    public void Post(int postingDays, Actor by, DateTimeOffset now) => Post(postingDays, by, now, null);

    /// <summary>
    /// Publishes the nominee as the reviewer does it, with the checklist in view: a nominee with a
    /// failing line ("Không đạt") is posted only when the reviewer confirms it, and the history says so.
    /// </summary>
    public void Post(int postingDays, Actor by, DateTimeOffset now, IReadOnlyList<EligibilityLine> eligibility, bool confirmedDespiteFailing)
    {
        ArgumentNullException.ThrowIfNull(eligibility);
        var failing = string.Join("; ", eligibility.Where(l => l.Outcome == CheckOutcome.Fail).Select(l => $"{l.Rule}: {l.Reason}"));
        if (failing.Length > 0 && !confirmedDespiteFailing)
        {
            throw new DomainException($"Chưa công khai \"{NomineeName}\": có điều kiện không đạt ({failing}). Nếu vẫn công khai, đánh dấu ô xác nhận \"{PostDespiteFailingLabel}\" rồi bấm lại.");
        }

        Post(postingDays, by, now, failing.Length > 0 ? "vẫn công khai dù không đạt: " + failing : null);
    }

    /// <summary>The confirmation the reviewer ticks to post a nominee whose checklist fails.</summary>
    public const string PostDespiteFailingLabel = "Tôi vẫn đăng công khai đề nghị này dù có điều kiện không đạt";

    private void Post(int postingDays, Actor by, DateTimeOffset now, string? confirmation)
    {
        Guard.Allowed(CanPost, Status, "công khai danh sách");
        if (postingDays < 1)
        {
            throw new DomainException("Thời gian công khai phải ít nhất 1 ngày.");
        }

        PostedAt = now;
        PostedUntil = now.AddDays(postingDays);
        Move(NominationStatus.Posted, by, now, $"Công khai {postingDays} ngày" + (confirmation is null ? string.Empty : "; " + confirmation));
    }

    public void RecordDiscipline(bool underDiscipline, string? note, Actor by, DateTimeOffset now)
    {
        Guard.Allowed(CanRecordDiscipline, Status, "ghi nhận kỷ luật");
        UnderDiscipline = underDiscipline;
        DisciplineNote = underDiscipline ? Guard.Required(note, "Nội dung kỷ luật, điều tra, khiếu nại", 1000) : null;
        _history.Add(new NominationStatusChange(Status, Status, by, now, underDiscipline ? "Ghi nhận: " + DisciplineNote : "Bỏ ghi nhận kỷ luật"));
    }

    public void Override(string reason, Actor by, DateTimeOffset now)
    {
        Guard.Allowed(CanRecordDiscipline, Status, "ghi lý do vẫn trình Hội đồng");
        OverrideReason = Guard.Required(reason, "Lý do vẫn trình Hội đồng", 1000);
        _history.Add(new NominationStatusChange(Status, Status, by, now, "Vẫn trình Hội đồng: " + OverrideReason));
    }

    /// <summary>Whether the public posting has ended, so that the council may take the nominee.</summary>
    public bool PostingEnded(DateTimeOffset now) => PostedUntil is { } until && now >= until;

    /// <param name="eligibility">The checklist now; a failing line blocks unless overridden with a reason.</param>
    public void SendToCouncil(Actor by, DateTimeOffset now, IReadOnlyList<EligibilityLine> eligibility)
    {
        Guard.Status(Status, "đưa ra Hội đồng", NominationStatus.Posted);
        if (!PostingEnded(now))
        {
            throw new DomainException($"{NomineeName}: đang công khai đến {VietnamTime.ToLocal(PostedUntil!.Value):HH:mm 'ngày' dd/MM/yyyy}; chỉ trình Hội đồng sau khi hết thời gian công khai.");
        }

        if (HasOpenObjections)
        {
            throw new DomainException("Còn ý kiến phản ánh trong thời gian công khai chưa được giải quyết.");
        }

        if (Eligibility.Blocks(eligibility) && OverrideReason is null)
        {
            throw new DomainException("Chưa đủ điều kiện trình Hội đồng: " + string.Join(" ", eligibility.Where(l => l.Outcome == CheckOutcome.Fail).Select(l => $"{l.Rule}: {l.Reason}")));
        }

        Move(NominationStatus.InCouncil, by, now, OverrideReason is null ? null : "Vẫn trình: " + OverrideReason);
    }

    public void RecordCouncilResult(bool passed, string summary, Actor by, DateTimeOffset now)
    {
        Guard.Status(Status, "ghi kết quả Hội đồng", NominationStatus.InCouncil);
        CouncilSummary = Guard.Required(summary, "Kết quả biểu quyết", 500);
        Move(passed ? NominationStatus.CouncilPassed : NominationStatus.CouncilRejected, by, now, CouncilSummary);
    }

    /// <summary>A session that could not decide (no quorum) hands the nominee back for another session.</summary>
    public void ReturnFromCouncil(Actor by, DateTimeOffset now, string reason)
    {
        Guard.Status(Status, "đưa ra khỏi phiên họp", NominationStatus.InCouncil);
        Move(NominationStatus.Posted, by, now, Guard.Required(reason, "Lý do", 500));
    }

    public void Approve(Actor by, DateTimeOffset now, string? comment)
    {
        Guard.Allowed(CanApprove, Status, "phê duyệt khen thưởng");
        ChairmanComment = Guard.MaxLength(comment, "Ý kiến", 2000);
        Move(NominationStatus.Approved, by, now, ChairmanComment);
    }

    public void Reject(Actor by, DateTimeOffset now, string comment)
    {
        Guard.Allowed(CanReject, Status, "không phê duyệt");
        ChairmanComment = Guard.Required(comment, "Lý do không phê duyệt", 2000);
        Move(NominationStatus.Rejected, by, now, ChairmanComment);
    }

    /// <summary>Records an objection received while the list is posted (or before the council decides).</summary>
    public NominationObjection RecordObjection(string fromWhom, string content, DateOnly receivedOn, Actor by, DateTimeOffset now)
    {
        Guard.Allowed(CanRecordObjection, Status, "ghi nhận ý kiến phản ánh");
        if (receivedOn > DateOnly.FromDateTime(VietnamTime.ToLocal(now).DateTime))
        {
            throw new DomainException("Ngày nhận ý kiến phản ánh không được sau ngày hôm nay.");
        }

        var objection = new NominationObjection(fromWhom, content, receivedOn, by, now);
        _objections.Add(objection);
        _history.Add(new NominationStatusChange(Status, Status, by, now, $"Ý kiến phản ánh của {objection.FromWhom}: {objection.Content}"));
        return objection;
    }

    public void ResolveObjection(int objectionId, string resolution, Actor by, DateTimeOffset now)
    {
        Guard.Allowed(CanRecordObjection, Status, "giải quyết ý kiến phản ánh");
        var objection = _objections.SingleOrDefault(o => o.Id == objectionId)
            ?? throw new DomainException("Không tìm thấy ý kiến phản ánh.");
        objection.Resolve(resolution, by, now);
        _history.Add(new NominationStatusChange(Status, Status, by, now, "Giải quyết phản ánh: " + objection.Resolution));
    }

    /// <summary>An approved proposal for the city's Bằng khen is sent upward with a tờ trình.</summary>
    public void ForwardToCity(string documentNumber, DateOnly sentOn, Actor by, DateTimeOffset now)
    {
        Guard.Status(Status, "trình thành phố", NominationStatus.Approved);
        if (AwardForm != AwardForm.CityCertificateProposal)
        {
            throw new DomainException("Chỉ đề nghị Bằng khen của Chủ tịch UBND thành phố mới trình lên thành phố.");
        }

        if (ForwardedToCityNumber is not null)
        {
            throw new DomainException($"Đã trình thành phố tại Tờ trình số {ForwardedToCityNumber}.");
        }

        if (!DossierComplete)
        {
            throw new DomainException($"Hồ sơ đề nghị của {NomineeName} chưa đầy đủ: thiếu " + string.Join("; ", DossierParts().Where(p => !p.Done).Select(p => p.Name)) + ".");
        }

        ForwardedToCityNumber = Guard.Required(documentNumber, "Số tờ trình", 50);
        ForwardedToCityOn = sentOn;
        _history.Add(new NominationStatusChange(Status, Status, by, now, $"Trình UBND thành phố tại Tờ trình số {ForwardedToCityNumber}"));
    }

    private void Move(NominationStatus to, Actor by, DateTimeOffset now, string? comment)
    {
        _history.Add(new NominationStatusChange(Status, to, by, now, comment));
        Status = to;
    }
}

public sealed class NominationStatusChange : StatusChange<NominationStatus>
{
    private NominationStatusChange() { }

    internal NominationStatusChange(NominationStatus? from, NominationStatus to, Actor by, DateTimeOffset at, string? comment)
        : base(from, to, by, at, comment) { }

    public int NominationId { get; private set; }
}

/// <summary>An objection to a posted nominee: who raised it, what it says, and how it was resolved.</summary>
public sealed class NominationObjection
{
    private NominationObjection()
    {
        FromWhom = Content = RecordedByName = string.Empty;
    }

    /// <summary>Who records feedback that came in through the public page.</summary>
    public static readonly Actor PublicSender = new("public", "Cổng thông tin công khai");

    internal NominationObjection(string fromWhom, string content, DateOnly receivedOn, Actor by, DateTimeOffset now)
    {
        FromWhom = Guard.Required(fromWhom, "Người phản ánh", 200);
        Content = Guard.Required(content, "Nội dung phản ánh", 2000);
        ReceivedOn = receivedOn;
        RecordedByName = by.Name;
        RecordedAt = now;
    }

    internal static NominationObjection Online(string? senderName, string? contact, string? content, string reference, Guid formToken, DateTimeOffset now) =>
        new(Names.Clean(senderName), content ?? string.Empty, DateOnly.FromDateTime(VietnamTime.ToLocal(now).DateTime), PublicSender, now)
        {
            Contact = Guard.Required(contact, "Số điện thoại hoặc thư điện tử", 200),
            Reference = Guard.Required(reference, "Số tiếp nhận", 20),
            FormToken = formToken,
        };

    public int Id { get; private set; }

    public int NominationId { get; private set; }

    public string FromWhom { get; private set; }

    /// <summary>How to reach the sender of online feedback; never shown publicly.</summary>
    public string? Contact { get; private set; }

    /// <summary>The reference number given to the sender of online feedback (null for objections recorded by hand).</summary>
    public string? Reference { get; private set; }

    /// <summary>The feedback form's one-time token: the same form sent twice is received once.</summary>
    public Guid? FormToken { get; private set; }

    public bool ReceivedOnline => Reference is not null;

    public string Content { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    public string RecordedByName { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public string? Resolution { get; private set; }

    public string? ResolvedByName { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    internal void Resolve(string resolution, Actor by, DateTimeOffset now)
    {
        if (Resolution is not null)
        {
            throw new DomainException("Ý kiến phản ánh này đã được giải quyết.");
        }

        Resolution = Guard.Required(resolution, "Kết quả giải quyết", 2000);
        ResolvedByName = by.Name;
        ResolvedAt = now;
    }
}

/// <summary>One part of a Bằng khen dossier and whether it is there.</summary>
public sealed record DossierPart(string Name, bool Done);
