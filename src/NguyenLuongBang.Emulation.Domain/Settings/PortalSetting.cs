using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Domain.Settings;

/// <summary>One administrator-changeable setting, stored as text; the app knows each key's type and default.</summary>
public sealed class PortalSetting
{
    private PortalSetting()
    {
        Key = Value = UpdatedByName = string.Empty;
    }

    public PortalSetting(string key, string value, Actor by, DateTimeOffset now)
    {
        Key = Guard.Required(key, "Khóa", 100);
        Change(value, by, now);
    }

    public int Id { get; private set; }

    public string Key { get; private set; }

    public string Value { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedByName { get; private set; }

    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(Value), nameof(UpdatedByName))]
    public void Change(string value, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        Value = Guard.MaxLength(value, "Giá trị", 1000) ?? string.Empty;
        UpdatedAt = now;
        UpdatedByName = by.Name;
    }
}
