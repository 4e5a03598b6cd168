using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Domain.Practices;

public enum PracticeKind
{
    /// <summary>Mô hình: a way of working a unit built and others can copy.</summary>
    Model,

    /// <summary>Sáng kiến: an initiative or improvement.</summary>
    Initiative,
}

/// <summary>
/// A model or initiative the commune chose to spread ("nhân rộng điển hình"): drafted by Phòng
/// VH-XH from the units' reports, shown on the public honour board once published, withdrawn with
/// a reason if need be. Never deleted.
/// </summary>
public sealed class GoodPractice
{
    private readonly List<GoodPracticeStatusChange> _history = [];

    private GoodPractice()
    {
        Title = Summary = CreatedByName = string.Empty;
    }

    public GoodPractice(PracticeKind kind, string title, string summary, int? unitId, int year, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (year < ReviewRound.FirstYear || year > ReviewRound.FinalYear)
        {
            throw new DomainException($"Năm phải từ {ReviewRound.FirstYear} đến {ReviewRound.FinalYear}.");
        }

        Kind = kind;
        Title = Guard.Required(title, "Tên mô hình, sáng kiến", 300);
        Summary = Guard.Required(summary, "Tóm tắt", 4000);
        UnitId = unitId;
        Year = year;
        CreatedAt = now;
        CreatedByName = by.Name;
        _history.Add(new GoodPracticeStatusChange(null, PracticeStatus.Draft, by, now, null));
    }

    public int Id { get; private set; }

    public PracticeKind Kind { get; private set; }

    public string Title { get; private set; }

    public string Summary { get; private set; }

    public int? UnitId { get; private set; }

    public int Year { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedByName { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public string? PublishedByName { get; private set; }

    public string? WithdrawnReason { get; private set; }

    public bool IsPublic => PublishedAt is not null && WithdrawnReason is null;

    public PracticeStatus Status => PublishedAt is null ? PracticeStatus.Draft : WithdrawnReason is null ? PracticeStatus.Published : PracticeStatus.Withdrawn;

    public IReadOnlyCollection<GoodPracticeStatusChange> History => _history.AsReadOnly();

    public void Publish(Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (PublishedAt is not null)
        {
            throw new DomainException(WithdrawnReason is null ? "Mô hình, sáng kiến này đã được công bố." : "Mô hình, sáng kiến đã rút khỏi trang vinh danh không công bố lại; hãy tạo bản mới.");
        }

        _history.Add(new GoodPracticeStatusChange(Status, PracticeStatus.Published, by, now, null));
        PublishedAt = now;
        PublishedByName = by.Name;
    }

    public void Withdraw(string reason, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!IsPublic)
        {
            throw new DomainException("Chỉ rút được mô hình, sáng kiến đang công bố.");
        }

        WithdrawnReason = Guard.Required(reason, "Lý do rút", 1000);
        _history.Add(new GoodPracticeStatusChange(PracticeStatus.Published, PracticeStatus.Withdrawn, by, now, WithdrawnReason));
    }
}

/// <summary>Where a good practice stands: drafted, on the public honour board, withdrawn from it.</summary>
public enum PracticeStatus
{
    Draft,
    Published,
    Withdrawn,
}

public sealed class GoodPracticeStatusChange : StatusChange<PracticeStatus>
{
    private GoodPracticeStatusChange() { }

    internal GoodPracticeStatusChange(PracticeStatus? from, PracticeStatus to, Actor by, DateTimeOffset at, string? comment)
        : base(from, to, by, at, comment) { }

    public int GoodPracticeId { get; private set; }
}
