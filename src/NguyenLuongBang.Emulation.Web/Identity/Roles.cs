namespace NguyenLuongBang.Emulation.Web.Identity;

public static class Roles
{
    public const string Admin = "Admin";
    public const string UnitStaff = "UnitStaff";
    public const string Reviewer = "Reviewer";
    public const string CouncilMember = "CouncilMember";
    public const string Chairman = "Chairman";

    /// <summary>The city's Ban Thi đua - Khen thưởng: reads every commune, records the city's decisions. Not a commune's role: no commune administrator can grant it.</summary>
    public const string City = "City";

    /// <summary>The city's administrator: adds communes and their first administrator. Granted by the operator only.</summary>
    public const string CityAdmin = "CityAdmin";

    /// <summary>The head or a deputy head of the city's Ban Thi đua - Khen thưởng: signs (or sends back) the city's own report. Held with <see cref="City"/>.</summary>
    public const string CityLeader = "CityLeader";

    /// <summary>The roles of a commune's accounts: what a commune's administrator can grant.</summary>
    public static IReadOnlyList<string> All { get; } = [Admin, UnitStaff, Reviewer, CouncilMember, Chairman];

    /// <summary>The roles of the city's accounts, granted by the operator only.</summary>
    public static IReadOnlyList<string> OfTheCity { get; } = [City, CityLeader, CityAdmin];

    public static string Title(string role) => role switch
    {
        Admin => "Quản trị hệ thống",
        UnitStaff => "Cán bộ đơn vị",
        Reviewer => "Chuyên viên Phòng Văn hóa - Xã hội",
        CouncilMember => "Thành viên Hội đồng Thi đua - Khen thưởng",
        Chairman => "Chủ tịch UBND xã",
        City => "Ban Thi đua - Khen thưởng thành phố",
        CityAdmin => "Quản trị cấp thành phố",
        CityLeader => "Lãnh đạo Ban Thi đua - Khen thưởng thành phố (ký báo cáo)",
        _ => role,
    };
}
