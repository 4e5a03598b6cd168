using Microsoft.AspNetCore.Identity;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Units;

namespace NguyenLuongBang.Emulation.Web.Identity;

public class AppUser : IdentityUser
{
    public string FullName { get; set; } = string.Empty;

    public string? Position { get; set; }

    /// <summary>The office this person signs in (Chủ tịch, Trưởng phòng…): given by the administrator, never chosen at signing.</summary>
    public Domain.Documents.SigningOffice? SigningOffice { get; set; }

    /// <summary>The commune whose account this is (stamped on creation from the unit of work's commune).</summary>
    public int? CommuneId { get; set; }

    /// <summary>Set for unit staff: the one unit whose data they may see and change.</summary>
    public int? UnitId { get; set; }

    public Unit? Unit { get; set; }

    /// <summary>Set by an administrator's password reset: the user must choose a new password at next sign-in.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>When the user last opened the guidance library: what was published since is marked new.</summary>
    public DateTimeOffset? LibraryVisitedAt { get; set; }

    public Actor ToActor() => new(Id, FullName);
}
