using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Domain.Units;

/// <summary>The unit's own launch plan for the movement (kế hoạch phát động), issued in 2025.</summary>
public sealed class UnitLaunchPlan
{
    private UnitLaunchPlan()
    {
        Number = RegisteredByName = string.Empty;
    }

    public UnitLaunchPlan(int unitId, string number, DateOnly issuedOn, int? fileId, Actor by, DateTimeOffset now)
    {
        UnitId = unitId;
        Change(number, issuedOn, fileId, by, now);
    }

    public int Id { get; private set; }

    public int UnitId { get; private set; }

    public string Number { get; private set; }

    public DateOnly IssuedOn { get; private set; }

    /// <summary>The signed plan, stored as a <see cref="Files.StoredFile"/>.</summary>
    public int? FileId { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public string RegisteredByName { get; private set; }

    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(Number), nameof(RegisteredByName))]
    public void Change(string number, DateOnly issuedOn, int? fileId, Actor by, DateTimeOffset now)
    {
        Number = Guard.Required(number, "Số kế hoạch", 50);
        if (issuedOn.Year < ReviewRound.FirstYear || issuedOn > DateOnly.FromDateTime(VietnamTime.ToLocal(now).DateTime))
        {
            throw new DomainException("Ngày ban hành kế hoạch không hợp lệ (từ năm 2025 đến hôm nay).");
        }

        IssuedOn = issuedOn;
        FileId = fileId ?? FileId;
        RegisteredAt = now;
        RegisteredByName = by.Name;
    }
}
