using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Domain.Units;

/// <summary>A participating unit (đơn vị). Never deleted once it has reports: it is deactivated.</summary>
public sealed class Unit
{
    private Unit()
    {
        Name = string.Empty;
    }

    public Unit(string name, int unitTypeId, string? headName, string? headPosition, string? phone, string? email)
    {
        Update(name, unitTypeId, headName, headPosition, phone, email);
        IsActive = true;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public int UnitTypeId { get; private set; }

    public UnitType? UnitType { get; private set; }

    public string? HeadName { get; private set; }

    public string? HeadPosition { get; private set; }

    public string? Phone { get; private set; }

    public string? Email { get; private set; }

    public bool IsActive { get; private set; }

    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(Name))]
    public void Update(string name, int unitTypeId, string? headName, string? headPosition, string? phone, string? email)
    {
        Name = Guard.Name(name, "Tên đơn vị", 200);
        UnitTypeId = unitTypeId;
        HeadName = Guard.OptionalName(headName, "Người đứng đầu", 100);
        HeadPosition = Guard.MaxLength(headPosition, "Chức vụ", 100);
        Phone = Guard.MaxLength(phone, "Điện thoại", 20);
        Email = Guard.MaxLength(email, "Thư điện tử", 100);
    }

    public void Deactivate()
    {
        if (!IsActive)
        {
            throw new DomainException($"Đơn vị \"{Name}\" đã ngừng hoạt động.");
        }

        IsActive = false;
    }

    public void Activate()
    {
        if (IsActive)
        {
            throw new DomainException($"Đơn vị \"{Name}\" đang hoạt động.");
        }

        IsActive = true;
    }
}
