using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Web.Features.Admin;
using NguyenLuongBang.Emulation.Web.Identity;

namespace NguyenLuongBang.Emulation.Web.Features.AdminUsers;

/// <summary>
/// Whose accounts an administration page looks after, the one thing that differs between a
/// commune's administrator and the city's: the roles that may be given, the signing offices, which
/// accounts of the row are theirs, and where the page lives. Everything else (creating, locking,
/// resetting, the refusals) is the same work in <see cref="UserAdministration"/>.
/// </summary>
public sealed class AccountScope
{
    private readonly Func<IEnumerable<string>, bool> _holds;

    private AccountScope(string path, IReadOnlyList<string> grantable, IReadOnlyList<SigningOffice> offices, Func<IEnumerable<string>, bool> holds)
    {
        Path = path;
        GrantableRoles = grantable;
        Offices = offices;
        Validator = new UserFormValidator(grantable);
        _holds = holds;
    }

    /// <summary>A commune's accounts, looked after by its administrator: every account of the commune.</summary>
    public static AccountScope Commune { get; } = new("Admin/Users", Roles.All, Signatory.CommuneOffices, _ => true);

    /// <summary>
    /// The city's own accounts, looked after by the city's administrator: those of the city's row
    /// holding a city role (a commune's account is not in this row at all).
    /// </summary>
    public static AccountScope City { get; } = new("Thanh-pho/Tai-khoan", Roles.OfTheCity, Signatory.CityOffices, roles => roles.Any(Roles.OfTheCity.Contains));

    /// <summary>The page's address, under which each account's actions are <c>{id}/Khoa</c>, <c>{id}/Mo-khoa</c>, <c>{id}/Dat-lai-mat-khau</c>.</summary>
    public string Path { get; }

    public IReadOnlyList<string> GrantableRoles { get; }

    public IReadOnlyList<SigningOffice> Offices { get; }

    /// <summary>The account form's rules with the roles and offices of this scope.</summary>
    public UserFormValidator Validator { get; }

    /// <summary>Whether an account holding <paramref name="roles"/> is looked after here.</summary>
    public bool Holds(IEnumerable<string> roles) => _holds(roles);

    /// <summary>One account's action button on the list: its form posts to <c>{Path}/{id}/{slug}</c>.</summary>
    public AccountRowActions ActionsFor(UserRow user) => new(user, Path);
}

/// <summary>The lock/unlock and reset buttons of one account on a list (partial _AccountActions).</summary>
public sealed record AccountRowActions(UserRow User, string Path)
{
    /// <summary>What the list says of the account: locked, waiting for its first password, or in use.</summary>
    public static string Status(UserRow user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Locked ? "Đang bị khóa" : user.MustChangePassword ? "Chờ đổi mật khẩu" : "Hoạt động";
    }
}
