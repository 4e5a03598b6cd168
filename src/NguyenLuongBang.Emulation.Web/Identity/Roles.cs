namespace NguyenLuongBang.Emulation.Web.Identity;

public static class Roles
{
    public const string Admin = "Admin";
    public const string UnitStaff = "UnitStaff";
    public const string Reviewer = "Reviewer";
    public const string CouncilMember = "CouncilMember";
    public const string Chairman = "Chairman";

    public static IReadOnlyList<string> All { get; } = [Admin, UnitStaff, Reviewer, CouncilMember, Chairman];

    public static string Title(string role) => role switch
    {
        Admin => "Quản trị hệ thống",
        UnitStaff => "Cán bộ đơn vị",
        Reviewer => "Chuyên viên Phòng Văn hóa - Xã hội",
        CouncilMember => "Thành viên Hội đồng Thi đua - Khen thưởng",
        Chairman => "Chủ tịch UBND xã",
        _ => role,
    };
}
