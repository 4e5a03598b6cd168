using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Domain.Registrations;

public enum RegistrationStatus
{
    Draft,
    Submitted,
    Returned,
    Confirmed,
}

/// <summary>
/// A unit's yearly registration for the movement (đăng ký thi đua): the content areas it commits
/// to and a target for chosen indicators. Draft → Submitted → Confirmed, or Returned → Submitted.
/// The year-end report is measured against it.
/// </summary>
public sealed class EmulationRegistration
{
    private readonly List<RegistrationArea> _areas = [];
    private readonly List<RegistrationTarget> _targets = [];
    private readonly List<RegistrationStatusChange> _history = [];

    private EmulationRegistration() { }

    public EmulationRegistration(int unitId, int year, Actor by, DateTimeOffset now)
    {
        if (year is < ReviewRound.FirstYear or > ReviewRound.FinalYear)
        {
            throw new DomainException($"Năm đăng ký phải trong giai đoạn {ReviewRound.FirstYear}-{ReviewRound.FinalYear}.");
        }

        UnitId = unitId;
        Year = year;
        Status = RegistrationStatus.Draft;
        UpdatedAt = now;
        _history.Add(new RegistrationStatusChange(null, Status, by, now, null));
    }

    public int Id { get; private set; }

    public int UnitId { get; private set; }

    public int Year { get; private set; }

    public RegistrationStatus Status { get; private set; }

    /// <summary>Whether the unit may (re)send it: a draft, or returned for changes.</summary>
    public bool CanSubmit => Status is RegistrationStatus.Draft or RegistrationStatus.Returned;

    /// <summary>Whether the reviewer may confirm or return it (it was sent).</summary>
    public bool CanDecide => Status == RegistrationStatus.Submitted;

    public string? ReviewerComment { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyCollection<RegistrationArea> Areas => _areas.AsReadOnly();

    public IReadOnlyCollection<RegistrationTarget> Targets => _targets.AsReadOnly();

    public IReadOnlyCollection<RegistrationStatusChange> History => _history.AsReadOnly();

    public bool IsEditable => Status is RegistrationStatus.Draft or RegistrationStatus.Returned;

    /// <summary>Replaces the commitments: the areas, and a target per indicator (each checked against its kind).</summary>
    public void Commit(IEnumerable<int> contentAreaIds, IEnumerable<(Indicator Indicator, decimal Target)> targets, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(contentAreaIds);
        ArgumentNullException.ThrowIfNull(targets);
        if (!IsEditable)
        {
            throw new DomainException($"Bản đăng ký đang ở trạng thái \"{StatusText.Of(Status)}\", không sửa được.");
        }

        var areaIds = contentAreaIds.Distinct().ToHashSet();
        var chosen = targets.ToList();
        foreach (var (indicator, target) in chosen)
        {
            if (!areaIds.Contains(indicator.ContentAreaId))
            {
                throw new DomainException($"Chỉ tiêu {indicator.Code} thuộc nội dung thi đua chưa đăng ký.");
            }

            if (indicator.CheckValue(target) is { } error)
            {
                throw new DomainException("Chỉ tiêu đăng ký — " + error);
            }
        }

        _areas.Clear();
        _areas.AddRange(areaIds.Select(id => new RegistrationArea(id)));
        _targets.Clear();
        _targets.AddRange(chosen.GroupBy(t => t.Indicator.Id).Select(g => new RegistrationTarget(g.Key, g.Last().Target)));
        UpdatedAt = now;
    }

    public void Submit(Actor by, DateTimeOffset now)
    {
        Guard.Allowed(CanSubmit, Status, "gửi bản đăng ký");
        if (_areas.Count == 0)
        {
            throw new DomainException("Chọn ít nhất một nội dung thi đua để đăng ký.");
        }

        Move(RegistrationStatus.Submitted, by, now, null);
    }

    public void Confirm(Actor by, DateTimeOffset now)
    {
        Guard.Allowed(CanDecide, Status, "xác nhận bản đăng ký");
        ReviewerComment = null;
        Move(RegistrationStatus.Confirmed, by, now, null);
    }

    public void Return(Actor by, DateTimeOffset now, string comment)
    {
        Guard.Allowed(CanDecide, Status, "trả lại bản đăng ký");
        ReviewerComment = Guard.Required(comment, "Nhận xét", 2000);
        Move(RegistrationStatus.Returned, by, now, ReviewerComment);
    }

    private void Move(RegistrationStatus to, Actor by, DateTimeOffset now, string? comment)
    {
        _history.Add(new RegistrationStatusChange(Status, to, by, now, comment));
        Status = to;
        UpdatedAt = now;
    }
}

public sealed class RegistrationArea
{
    private RegistrationArea() { }

    internal RegistrationArea(int contentAreaId) => ContentAreaId = contentAreaId;

    public int Id { get; private set; }

    public int EmulationRegistrationId { get; private set; }

    public int ContentAreaId { get; private set; }
}

public sealed class RegistrationTarget
{
    private RegistrationTarget() { }

    internal RegistrationTarget(int indicatorId, decimal target)
    {
        IndicatorId = indicatorId;
        Target = target;
    }

    public int Id { get; private set; }

    public int EmulationRegistrationId { get; private set; }

    public int IndicatorId { get; private set; }

    public decimal Target { get; private set; }
}

public sealed class RegistrationStatusChange : StatusChange<RegistrationStatus>
{
    private RegistrationStatusChange() { }

    internal RegistrationStatusChange(RegistrationStatus? from, RegistrationStatus to, Actor by, DateTimeOffset at, string? comment)
        : base(from, to, by, at, comment) { }

    public int EmulationRegistrationId { get; private set; }
}

public enum TargetResult
{
    Met,
    NotMet,
    NoData,
}

/// <summary>Whether a reported value meets a registered target.</summary>
public static class TargetCheck
{
    /// <summary>
    /// Counts, percents and money meet the target when at least as high — or, where fewer is
    /// better (incidents), when no higher; yes/no meets it when the answer is the one registered.
    /// No reported value is "no data", which is not met.
    /// </summary>
    public static TargetResult Evaluate(IndicatorKind kind, decimal target, decimal? achieved, bool lowerIsBetter = false) => achieved switch
    {
        null => TargetResult.NoData,
        { } value when kind == IndicatorKind.YesNo => value == target ? TargetResult.Met : TargetResult.NotMet,
        { } value when lowerIsBetter => value <= target ? TargetResult.Met : TargetResult.NotMet,
        { } value => value >= target ? TargetResult.Met : TargetResult.NotMet,
    };

    /// <summary>As <see cref="Evaluate(IndicatorKind, decimal, decimal?, bool)"/> for the indicator's kind and direction.</summary>
    public static TargetResult Evaluate(Indicator indicator, decimal target, decimal? achieved)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return Evaluate(indicator.Kind, target, achieved, indicator.LowerIsBetter);
    }
}
