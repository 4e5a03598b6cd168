using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Nominations;

namespace NguyenLuongBang.Emulation.Domain.Reports;

/// <summary>
/// A unit's yearly results report against the eight content areas.
/// Draft → Submitted → (Returned → Submitted …) → Accepted, and Accepted → Reopened → Submitted.
/// Only the unit edits it, and only while it is a draft, returned or reopened.
/// </summary>
public sealed class AnnualReport
{
    private readonly List<ReportAreaSection> _sections = [];
    private readonly List<ProposedCommendation> _proposedCommendations = [];
    private readonly List<ReportAttachment> _attachments = [];
    private readonly List<ReportStatusChange> _history = [];
    private readonly List<ReportVersion> _versions = [];

    private AnnualReport() { }

    /// <summary>Whether a year's report can be started at <paramref name="now"/>: once the year has begun in Vietnam, never ahead of it.</summary>
    public static bool HasBegun(int year, DateTimeOffset now) => year <= VietnamTime.ToLocal(now).Year;

    /// <param name="areas">Every content area as (id, number): the report gets one section for each.</param>
    public AnnualReport(int unitId, int year, IEnumerable<(int Id, int Number)> areas, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(areas);
        if (year is < ReviewRound.FirstYear or > ReviewRound.FinalYear)
        {
            throw new DomainException($"Năm báo cáo phải trong giai đoạn {ReviewRound.FirstYear}-{ReviewRound.FinalYear}.");
        }

        if (!HasBegun(year, now))
        {
            throw new DomainException($"Chưa bắt đầu được báo cáo năm {year}: báo cáo của năm nào mở từ ngày 01/01 năm đó.");
        }

        UnitId = unitId;
        Year = year;
        Status = ReportStatus.Draft;
        foreach (var (id, number) in areas.OrderBy(a => a.Number))
        {
            _sections.Add(new ReportAreaSection(id, number));
        }

        if (_sections.Count == 0)
        {
            throw new DomainException("Báo cáo phải có các nội dung thi đua.");
        }

        Touch(by, now);
        _history.Add(new ReportStatusChange(null, ReportStatus.Draft, by, now, null));
    }

    public int Id { get; private set; }

    public int UnitId { get; private set; }

    public int Year { get; private set; }

    public ReportStatus Status { get; private set; }

    /// <summary>Whether the reviewer may accept or return it (it was submitted).</summary>
    public bool CanReview => Status == ReportStatus.Submitted;

    /// <summary>Whether the reviewer may reopen it (it was accepted).</summary>
    public bool CanReopen => Status == ReportStatus.Accepted;

    public string? Difficulties { get; private set; }

    /// <summary>Đề xuất, kiến nghị: what the unit asks of the commune.</summary>
    public string? Recommendations { get; private set; }

    /// <summary>The reviewer's general comment on the last return.</summary>
    public string? ReturnComment { get; private set; }

    public DateTimeOffset? FirstSubmittedAt { get; private set; }

    public DateTimeOffset? LastSubmittedAt { get; private set; }

    /// <summary>
    /// Whether the first submission came after the deadline. A resubmission after a return does not
    /// make an on-time report late: the unit met the deadline and the correction was asked of it.
    /// </summary>
    public bool SubmittedLate { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedByName { get; private set; } = string.Empty;

    /// <summary>Changes on every save; two people saving the same version is a conflict.</summary>
    public Guid ConcurrencyStamp { get; private set; }

    public IReadOnlyCollection<ReportAreaSection> Sections => _sections.AsReadOnly();

    public IReadOnlyCollection<ProposedCommendation> ProposedCommendations => _proposedCommendations.AsReadOnly();

    public IReadOnlyCollection<ReportAttachment> Attachments => _attachments.AsReadOnly();

    public IReadOnlyCollection<ReportStatusChange> History => _history.AsReadOnly();

    /// <summary>One frozen copy per submission, numbered from 1.</summary>
    public IReadOnlyCollection<ReportVersion> Versions => _versions.AsReadOnly();

    public bool IsEditable => Status is ReportStatus.Draft or ReportStatus.Returned or ReportStatus.Reopened;

    public ReportAreaSection Section(int contentAreaId) =>
        _sections.FirstOrDefault(s => s.ContentAreaId == contentAreaId)
        ?? throw new DomainException("Nội dung thi đua không có trong báo cáo.");

    public void UpdateSection(int contentAreaId, string? narrative, bool noActivity, string? noActivityReason, ReportEdit edit)
    {
        EnsureCanEdit(edit);
        Section(contentAreaId).Update(narrative, noActivity, noActivityReason);
        Touch(edit.By, edit.Now);
    }

    public void SetIndicatorValue(int contentAreaId, int indicatorId, decimal? value, string? note, ReportEdit edit, decimal? denominator = null)
    {
        EnsureCanEdit(edit);
        Section(contentAreaId).SetValue(indicatorId, value, note, denominator);
        Touch(edit.By, edit.Now);
    }

    public void UpdateGeneral(string? difficulties, string? recommendations, ReportEdit edit)
    {
        EnsureCanEdit(edit);
        Difficulties = Guard.MaxLength(difficulties, "Khó khăn, vướng mắc", ReportAreaSection.NarrativeMaxLength);
        Recommendations = Guard.MaxLength(recommendations, "Đề xuất, kiến nghị", ReportAreaSection.NarrativeMaxLength);
        Touch(edit.By, edit.Now);
    }

    public ProposedCommendation ProposeCommendation(NomineeKind kind, string nomineeName, Gender? gender, string? position, string achievement, ReportEdit edit)
    {
        EnsureCanEdit(edit);
        if (kind == NomineeKind.Household)
        {
            throw new DomainException("Đơn vị chỉ đề nghị khen thưởng tập thể hoặc cá nhân của đơn vị mình.");
        }

        var proposal = new ProposedCommendation(kind, nomineeName, gender, position, achievement);
        _proposedCommendations.Add(proposal);
        Touch(edit.By, edit.Now);
        return proposal;
    }

    public void WithdrawCommendation(int proposedCommendationId, ReportEdit edit)
    {
        EnsureCanEdit(edit);
        var proposal = _proposedCommendations.FirstOrDefault(p => p.Id == proposedCommendationId)
            ?? throw new DomainException("Không tìm thấy đề nghị khen thưởng.");
        _proposedCommendations.Remove(proposal);
        Touch(edit.By, edit.Now);
    }

    /// <summary>Attaches an evidence file, enforcing the per-report total size.</summary>
    public void Attach(int storedFileId, int? contentAreaId, long size, long maxTotalBytes, ReportEdit edit)
    {
        EnsureCanEdit(edit);
        if (contentAreaId is { } areaId)
        {
            Section(areaId);
        }

        if (_attachments.Sum(a => a.Size) + size > maxTotalBytes)
        {
            throw new DomainException($"Tổng dung lượng minh chứng của báo cáo vượt quá {maxTotalBytes / (1024 * 1024)} MB.");
        }

        _attachments.Add(new ReportAttachment(storedFileId, contentAreaId, size));
        Touch(edit.By, edit.Now);
    }

    public void Detach(int attachmentId, ReportEdit edit)
    {
        EnsureCanEdit(edit);
        var attachment = _attachments.FirstOrDefault(a => a.Id == attachmentId)
            ?? throw new DomainException("Không tìm thấy tệp minh chứng.");
        _attachments.Remove(attachment);
        Touch(edit.By, edit.Now);
    }

    /// <summary>Whether the unit may change the report now (its status and the window allow it); the reason when not.</summary>
    public string? EditRefusal(ReportWindow window, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(window);
        return !IsEditable
            ? $"Báo cáo đang ở trạng thái \"{StatusText.Of(Status)}\", đơn vị không thể sửa."
            : window.LockReason(now);
    }

    /// <summary>What is still missing before the report can be submitted, one Vietnamese sentence each.</summary>
    public IReadOnlyList<string> MissingForSubmission() =>
        _sections.Where(s => !s.IsComplete)
            .OrderBy(s => s.AreaNumber)
            .Select(s => s.NoActivity
                ? $"Nội dung ({s.AreaNumber}): cần ghi lý do không có hoạt động."
                : $"Nội dung ({s.AreaNumber}): chưa nhập kết quả thực hiện, hoặc đánh dấu \"Không có hoạt động\" kèm lý do.")
            .ToArray();

    /// <summary>
    /// Refused when locked (see <see cref="ReportWindow"/>) or incomplete; late when after the deadline.
    /// Freezes a version of the content.
    /// </summary>
    public void Submit(Actor by, DateTimeOffset now, ReportWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        Guard.Status(Status, "nộp báo cáo", ReportStatus.Draft, ReportStatus.Returned, ReportStatus.Reopened);
        if (window.LockReason(now) is { } locked)
        {
            throw new DomainException(locked);
        }

        var missing = MissingForSubmission();
        if (missing.Count > 0)
        {
            throw new ReportIncompleteException(missing);
        }

        var late = now > window.Deadline;
        if (FirstSubmittedAt is null)
        {
            FirstSubmittedAt = now;
            SubmittedLate = late;
        }

        LastSubmittedAt = now;
        _versions.Add(new ReportVersion(_versions.Count + 1, Snapshot(), by, now));
        Move(ReportStatus.Submitted, by, now, late ? "Nộp sau hạn" : null);
    }

    public ReportSnapshot Snapshot() => new(
        _sections.OrderBy(s => s.AreaNumber)
            .Select(s => new AreaSnapshot(s.ContentAreaId, s.AreaNumber, s.Narrative, s.NoActivity, s.NoActivityReason,
                s.IndicatorValues.ToDictionary(v => v.IndicatorId, v => v.Value)))
            .ToArray(),
        Difficulties,
        Recommendations);

    /// <param name="areaComments">Comments per content area id; only commented areas need changing.</param>
    public void Return(Actor by, DateTimeOffset now, string? generalComment, IReadOnlyDictionary<int, string>? areaComments)
    {
        Guard.Allowed(CanReview, Status, "trả lại báo cáo");
        var comments = (areaComments ?? new Dictionary<int, string>())
            .Where(c => !string.IsNullOrWhiteSpace(c.Value))
            .ToDictionary(c => c.Key, c => c.Value.Trim());
        if (string.IsNullOrWhiteSpace(generalComment) && comments.Count == 0)
        {
            throw new DomainException("Trả lại báo cáo cần có ít nhất một nhận xét.");
        }

        foreach (var areaId in comments.Keys)
        {
            Section(areaId);
        }

        foreach (var section in _sections)
        {
            section.SetReviewerComment(comments.GetValueOrDefault(section.ContentAreaId));
        }

        ReturnComment = Guard.MaxLength(generalComment, "Nhận xét chung", 4000);
        Move(ReportStatus.Returned, by, now, ReturnComment ?? "Trả lại theo nhận xét từng nội dung");
    }

    /// <param name="note">The reviewer's note, kept in the report's history.</param>
    /// <param name="pointsToCheck">
    /// How many points the reviewer was shown to check (values unusual for the unit or far from
    /// last year, a text that contradicts its figures): accepting despite them needs a note.
    /// </param>
    public void Accept(Actor by, DateTimeOffset now, string? note = null, int pointsToCheck = 0)
    {
        Guard.Allowed(CanReview, Status, "tiếp nhận báo cáo");
        var kept = Guard.MaxLength(note, "Ghi chú khi tiếp nhận", MaxAcceptNoteLength);
        if (pointsToCheck > 0 && kept is null)
        {
            throw new DomainException($"Báo cáo có {pointsToCheck} điểm cần kiểm tra: vui lòng nhập ghi chú khi tiếp nhận (đã kiểm tra thế nào, vì sao vẫn tiếp nhận).");
        }

        AcceptedAt = now;
        ReturnComment = null;
        foreach (var section in _sections)
        {
            section.SetReviewerComment(null);
        }

        Move(ReportStatus.Accepted, by, now, kept is null ? null : "Ghi chú khi tiếp nhận: " + kept);
    }

    public const int MaxAcceptNoteLength = 1000;

    public void Reopen(Actor by, DateTimeOffset now, string reason)
    {
        Guard.Allowed(CanReopen, Status, "mở lại báo cáo");
        var why = Guard.Required(reason, "Lý do mở lại", 2000);
        AcceptedAt = null;
        Move(ReportStatus.Reopened, by, now, why);
    }

    /// <summary>Every edit verb checks the same: the status, and the window (locked after the lock date unless the unit has an exception).</summary>
    private void EnsureCanEdit(ReportEdit edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        if (EditRefusal(edit.Window, edit.Now) is { } refusal)
        {
            throw new DomainException(refusal);
        }
    }

    private void Move(ReportStatus to, Actor by, DateTimeOffset now, string? comment)
    {
        _history.Add(new ReportStatusChange(Status, to, by, now, comment));
        Status = to;
        Touch(by, now);
    }

    private void Touch(Actor by, DateTimeOffset now)
    {
        UpdatedAt = now;
        UpdatedByName = by.Name;
        ConcurrencyStamp = Guid.NewGuid();
    }
}

/// <summary>Who changes a unit's report, when, and in which window: every edit verb takes one, so none can skip the lock.</summary>
public sealed record ReportEdit(Actor By, DateTimeOffset Now, ReportWindow Window);
