namespace NguyenLuongBang.Emulation.Domain.Common;

/// <summary>One line of a record's status history: who moved it, when, from what to what, and why.</summary>
public abstract class StatusChange<TStatus>
    where TStatus : struct, Enum
{
    protected StatusChange()
    {
        ActorUserId = ActorName = string.Empty;
    }

    protected StatusChange(TStatus? from, TStatus to, Actor by, DateTimeOffset at, string? comment)
    {
        ArgumentNullException.ThrowIfNull(by);
        From = from;
        To = to;
        ActorUserId = by.UserId;
        ActorName = by.Name;
        At = at;
        Comment = comment;
    }

    public int Id { get; private set; }

    public TStatus? From { get; private set; }

    public TStatus To { get; private set; }

    public string ActorUserId { get; private set; }

    public string ActorName { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string? Comment { get; private set; }
}
