using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Domain.Units;

/// <summary>Kind of participating unit (commune office, school, business…); data, not an enum.</summary>
public sealed class UnitType
{
    private UnitType()
    {
        Code = Name = string.Empty;
    }

    public UnitType(string code, string name, int sortOrder)
    {
        Code = Guard.Required(code, "Mã loại đơn vị", 30);
        Name = Guard.Name(name, "Tên loại đơn vị", 200);
        SortOrder = sortOrder;
    }

    public int Id { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public int SortOrder { get; private set; }
}
