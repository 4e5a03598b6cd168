namespace NguyenLuongBang.Emulation.Domain.Common;

/// <summary>Who performs a change; kept on history rows so they read well even if the account is later renamed.</summary>
public sealed record Actor(string UserId, string Name)
{
    public static Actor System { get; } = new("system", "Hệ thống");
}
