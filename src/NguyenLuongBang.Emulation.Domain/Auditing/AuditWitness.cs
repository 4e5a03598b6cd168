using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Domain.Auditing;

/// <summary>What recorded the chain's head: a number taken in the register, or a backup.</summary>
public enum AuditWitnessKind
{
    RegisterEntry,
    Backup,
}

/// <summary>
/// The audit chain's head (the newest sealed row: its position and hash) as something else saw it
/// at that moment. The chain alone cannot tell that its newest rows were deleted — what is left
/// still links — so <c>verify-audit</c> checks that the chain still reaches every head recorded
/// here. Appended, never changed.
/// </summary>
public sealed class AuditWitness
{
    private AuditWitness()
    {
        Subject = Hash = string.Empty;
    }

    public AuditWitness(AuditWitnessKind kind, string subject, long position, string hash, DateTimeOffset at)
    {
        if (position < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(position), "An audit row's position starts at 1.");
        }

        Kind = kind;
        Subject = Guard.Required(subject, "Nơi ghi nhận", 260);
        Position = position;
        Hash = Guard.Required(hash, "Mã băm", 64);
        At = AuditEntry.AsStored(at);
    }

    public long Id { get; private set; }

    public AuditWitnessKind Kind { get; private set; }

    /// <summary>The register number ("01/QĐ-UBND") or the backup file's name.</summary>
    public string Subject { get; private set; }

    /// <summary>The id of the newest audit row of the commune when recorded.</summary>
    public long Position { get; private set; }

    /// <summary>That row's hash.</summary>
    public string Hash { get; private set; }

    public DateTimeOffset At { get; private set; }
}
