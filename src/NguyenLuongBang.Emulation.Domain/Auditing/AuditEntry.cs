using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Domain.Auditing;

/// <summary>Who did what to which record, when, from where. Appended, never changed.</summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
        Action = EntityType = UserName = string.Empty;
    }

    /// <summary>
    /// The finest step of time every supported database gives back unchanged (EF's binary instant
    /// on SQLite keeps 0.1 ms; SQL Server and PostgreSQL keep finer). The row's time is cut to it
    /// before the row is sealed, so the hash covers exactly what is stored.
    /// </summary>
    public static readonly TimeSpan StoredPrecision = TimeSpan.FromTicks(1_000);

    public AuditEntry(DateTimeOffset at, string? userId, string userName, string action, string entityType, string? entityId, string? details, string? ipAddress)
    {
        At = AsStored(at);
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

    /// <summary>The hash of the row before this one: the chain that makes the trail tamper-evident.</summary>
    public string? PreviousHash { get; private set; }

    /// <summary>SHA-256 over the previous hash and this row's content (hex).</summary>
    public string? Hash { get; private set; }

    /// <summary>Links the row to the one before it; done once, when the row is saved.</summary>
    public void Seal(string? previousHash)
    {
        if (Hash is not null)
        {
            throw new InvalidOperationException("An audit row is sealed once.");
        }

        PreviousHash = previousHash;
        Hash = ComputeHash(previousHash);
    }

    /// <summary>Names the record once its key is known (a new record gets it when saved, just before its audit row).</summary>
    public void Identify(string? entityId)
    {
        if (Hash is not null)
        {
            throw new InvalidOperationException("A sealed audit row is not changed.");
        }

        EntityId = Truncate(entityId, 100);
    }

    /// <summary>Forgets the seal of a row that was not written after all.</summary>
    public void Unseal()
    {
        PreviousHash = null;
        Hash = null;
    }

    /// <summary>What the hash of this row is, given the previous one: a changed field changes it.</summary>
    public string ComputeHash(string? previousHash)
    {
        var content = string.Join('\u001f',
            previousHash ?? string.Empty,
            At.UtcTicks.ToString(CultureInfo.InvariantCulture),
            UserId ?? string.Empty,
            UserName,
            Action,
            EntityType,
            EntityId ?? string.Empty,
            Details ?? string.Empty,
            IpAddress ?? string.Empty);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
    }

    /// <summary>The instant as it is stored: in UTC, cut to <see cref="StoredPrecision"/>.</summary>
    public static DateTimeOffset AsStored(DateTimeOffset at) =>
        new(at.UtcTicks - (at.UtcTicks % StoredPrecision.Ticks), TimeSpan.Zero);

    private static string? Truncate(string? text, int max) =>
        text is null || text.Length <= max ? text : text[..max];
}
