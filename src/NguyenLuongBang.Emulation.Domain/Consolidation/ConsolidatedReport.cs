using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Documents;

namespace NguyenLuongBang.Emulation.Domain.Consolidation;

public enum ConsolidatedReportStatus
{
    Draft,

    /// <summary>Trình ký: waiting for the chairman (or the vice-chairman) to approve and sign.</summary>
    AwaitingSignature,
    Issued,
}

/// <summary>
/// The commune's report to the city for a year or a review round. The reviewer writes the
/// assessment parts and submits it for signature (trình ký); the chairman approves it — only then
/// does it get its number and date and its files are stored for good — or sends it back with a
/// comment. Draft → AwaitingSignature → Issued, and AwaitingSignature → Draft.
/// </summary>
public sealed class ConsolidatedReport
{
    public const int SectionMaxLength = 20_000;

    private readonly List<ConsolidatedReportStatusChange> _history = [];

    private readonly List<ConsolidatedAreaText> _areaTexts = [];

    private ConsolidatedReport()
    {
        UpdatedByName = string.Empty;
    }

    public ConsolidatedReport(ReviewRound round, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        RoundKind = round.Kind;
        RoundYear = round.Year;
        Status = ConsolidatedReportStatus.Draft;
        UpdatedAt = now;
        UpdatedByName = by.Name;
        _history.Add(new ConsolidatedReportStatusChange(null, ConsolidatedReportStatus.Draft, by, now, null));
    }

    public int Id { get; private set; }

    public RoundKind RoundKind { get; private set; }

    public int RoundYear { get; private set; }

    public ReviewRound Round => new(RoundKind, RoundYear);

    public ConsolidatedReportStatus Status { get; private set; }


    public string? Direction { get; private set; }

    public string? Strengths { get; private set; }

    public string? Limitations { get; private set; }

    public string? TasksAhead { get; private set; }

    public string? Recommendations { get; private set; }

    public string? Number { get; private set; }

    public DateOnly? IssuedOn { get; private set; }

    /// <summary>The stored document: what every download serves once the report is issued.</summary>
    public int? DocumentId { get; private set; }

    public IssuedDocument? Document { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedByName { get; private set; }

    public IReadOnlyCollection<ConsolidatedReportStatusChange> History => _history.AsReadOnly();

    /// <summary>The reviewer's own text of a content area's synthesis, where it differs from what the portal drafts from the data.</summary>
    public IReadOnlyCollection<ConsolidatedAreaText> AreaTexts => _areaTexts.AsReadOnly();

    /// <summary>The reviewer's text of area <paramref name="number"/>, or null: the report then says what the portal drafts from the data of the day.</summary>
    public string? AreaText(int number) => _areaTexts.FirstOrDefault(t => t.AreaNumber == number)?.Text;

    /// <summary>Whether the reviewer may edit it and send it for signature (a draft).</summary>
    public bool CanEdit => Status == ConsolidatedReportStatus.Draft;

    /// <summary>Whether the chairman may sign it or send it back (awaiting signature).</summary>
    public bool CanSign => Status == ConsolidatedReportStatus.AwaitingSignature;

    /// <summary>The assessment parts still empty: the report would print the placeholder "(Chuyên viên bổ sung …)".</summary>
    public IReadOnlyList<string> MissingParts() =>
        new (string Label, string? Text)[] { ("Ưu điểm", Strengths), ("Hạn chế, nguyên nhân", Limitations), ("Nhiệm vụ thời gian tới", TasksAhead), ("Đề xuất, kiến nghị", Recommendations) }
            .Where(p => string.IsNullOrWhiteSpace(p.Text)).Select(p => p.Label).ToList();

    public void UpdateAssessment(string? direction, string? strengths, string? limitations, string? tasksAhead, string? recommendations, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        Guard.Allowed(CanEdit, Status, "sửa báo cáo tổng hợp");
        Direction = Guard.MaxLength(direction, "Công tác chỉ đạo", SectionMaxLength);
        Strengths = Guard.MaxLength(strengths, "Ưu điểm", SectionMaxLength);
        Limitations = Guard.MaxLength(limitations, "Hạn chế, nguyên nhân", SectionMaxLength);
        TasksAhead = Guard.MaxLength(tasksAhead, "Nhiệm vụ thời gian tới", SectionMaxLength);
        Recommendations = Guard.MaxLength(recommendations, "Đề xuất, kiến nghị", SectionMaxLength);
        UpdatedAt = now;
        UpdatedByName = by.Name;
    }

    /// <summary>
    /// Sets the reviewer's text of each content area's synthesis (numbers 1 to 8); an empty text,
    /// or one equal to what the portal drafts, clears it so that the report follows the data.
    /// </summary>
    public void UpdateAreaTexts(IEnumerable<(int Number, string? Text)> texts, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(by);
        Guard.Allowed(CanEdit, Status, "sửa báo cáo tổng hợp");
        foreach (var (number, text) in texts)
        {
            if (number is < 1 or > 8)
            {
                throw new DomainException("Nội dung thi đua không có trong kế hoạch.");
            }

            var clean = Guard.MaxLength(text, $"Nội dung ({number})", SectionMaxLength);
            var existing = _areaTexts.FirstOrDefault(t => t.AreaNumber == number);
            if (clean is null)
            {
                if (existing is not null)
                {
                    _areaTexts.Remove(existing);
                }
            }
            else if (existing is null)
            {
                _areaTexts.Add(new ConsolidatedAreaText(number, clean));
            }
            else
            {
                existing.Replace(clean);
            }
        }

        UpdatedAt = now;
        UpdatedByName = by.Name;
    }

    /// <summary>
    /// Trình ký. Refused while an assessment part is empty. Before the reporting deadline, or with
    /// unit reports not yet accepted, a written reason is required (kept in the history).
    /// </summary>
    /// <param name="beforeDeadline">Today is on or before the round's reporting deadline.</param>
    /// <param name="reportsNotAccepted">Units of the round whose report is not accepted.</param>
    public void SubmitForSignature(Actor by, DateTimeOffset now, bool beforeDeadline, int reportsNotAccepted, string? reason)
    {
        ArgumentNullException.ThrowIfNull(by);
        Guard.Allowed(CanEdit, Status, "trình ký báo cáo tổng hợp");
        var missing = MissingParts();
        if (missing.Count > 0)
        {
            throw new DomainException($"Chưa thể trình ký: còn thiếu phần {string.Join(", ", missing)}.");
        }

        var why = Guard.MaxLength(reason, "Lý do trình ký", 2000);
        if ((beforeDeadline || reportsNotAccepted > 0) && why is null)
        {
            var circumstances = new[]
            {
                beforeDeadline ? "chưa hết hạn nộp báo cáo của các đơn vị" : null,
                reportsNotAccepted > 0 ? $"còn {reportsNotAccepted} báo cáo đơn vị chưa được tiếp nhận" : null,
            }.Where(c => c is not null);
            throw new DomainException($"Cần ghi lý do trình ký vì {string.Join(" và ", circumstances)}.");
        }

        Move(ConsolidatedReportStatus.AwaitingSignature, by, now, why);
    }

    /// <summary>The chairman sends it back to Phòng VH-XH with a comment.</summary>
    public void Return(Actor by, DateTimeOffset now, string? comment)
    {
        Guard.Allowed(CanSign, Status, "trả lại báo cáo tổng hợp");
        Move(ConsolidatedReportStatus.Draft, by, now, Guard.Required(comment, "Ý kiến khi trả lại", 2000));
    }

    /// <summary>
    /// Refuses an approval by <paramref name="by"/> now (not awaiting signature — e.g. already
    /// issued — or signed by the one who submitted it): checked before a number is taken and the
    /// document rendered, and again by <see cref="Sign"/>.
    /// </summary>
    public void CheckApproval(Actor by)
    {
        Guard.Allowed(CanSign, Status, "ký ban hành báo cáo tổng hợp");
        ArgumentNullException.ThrowIfNull(by);
        if (_history.LastOrDefault(h => h.To == ConsolidatedReportStatus.AwaitingSignature)?.ActorUserId == by.UserId)
        {
            throw new DomainException("Người trình ký không tự ký ban hành báo cáo: người ký phải là một người khác.");
        }
    }

    /// <summary>The chairman approves and signs: the report takes its number and date, and its stored document.</summary>
    public void Sign(IssuedDocument document, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(document);
        CheckApproval(by);
        if (document.Kind != IssuedDocumentKind.ConsolidatedReport)
        {
            throw new DomainException("Văn bản ban hành không phải báo cáo tổng hợp.");
        }

        Number = document.Number;
        IssuedOn = document.IssuedOn;
        Document = document;
        Move(ConsolidatedReportStatus.Issued, by, now, $"Số {document.Number}, người ký {document.SignerName}");
    }

    private void Move(ConsolidatedReportStatus to, Actor by, DateTimeOffset now, string? comment)
    {
        ArgumentNullException.ThrowIfNull(by);
        _history.Add(new ConsolidatedReportStatusChange(Status, to, by, now, comment));
        Status = to;
        UpdatedAt = now;
        UpdatedByName = by.Name;
    }
}

public sealed class ConsolidatedReportStatusChange : StatusChange<ConsolidatedReportStatus>
{
    private ConsolidatedReportStatusChange() { }

    internal ConsolidatedReportStatusChange(ConsolidatedReportStatus? from, ConsolidatedReportStatus to, Actor by, DateTimeOffset at, string? comment)
        : base(from, to, by, at, comment) { }

    public int ConsolidatedReportId { get; private set; }
}

/// <summary>The reviewer's text of one content area's synthesis in the consolidated report.</summary>
public sealed class ConsolidatedAreaText
{
    private ConsolidatedAreaText()
    {
        Text = string.Empty;
    }

    internal ConsolidatedAreaText(int areaNumber, string text)
    {
        AreaNumber = areaNumber;
        Text = text;
    }

    public int Id { get; private set; }

    public int ConsolidatedReportId { get; private set; }

    /// <summary>The content area's number in the plan (1 to 8).</summary>
    public int AreaNumber { get; private set; }

    public string Text { get; private set; }

    internal void Replace(string text) => Text = text;
}
