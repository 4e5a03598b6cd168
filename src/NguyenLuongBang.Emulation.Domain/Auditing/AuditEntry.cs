using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Domain.Auditing;

/// <summary>Who did what to which record, when, from where. Appended, never changed.</summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
        Action = EntityType = UserName = string.Empty;
    }

    public AuditEntry(DateTimeOffset at, string? userId, string userName, string action, string entityType, string? entityId, string? details, string? ipAddress)
    {
        At = at;
        UserId = userId;
        UserName = Guard.Required(userName, "Người thực hiện", 256);
        Action = Guard.Required(action, "Hành động", 100);
        EntityType = Guard.Required(entityType, "Đối tượng", 100);
        EntityId = Guard.MaxLength(entityId, "Mã đối tượng", 100);
        Details = Truncate(details, 4000);
        IpAddress = Guard.MaxLength(ipAddress, "Địa chỉ", 64);
    }

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string? UserId { get; private set; }

    public string UserName { get; private set; }

    public string Action { get; private set; }

    public string EntityType { get; private set; }

    public string? EntityId { get; private set; }

    public string? Details { get; private set; }

    public string? IpAddress { get; private set; }

    private static string? Truncate(string? text, int max) =>
        text is null || text.Length <= max ? text : text[..max];
}
