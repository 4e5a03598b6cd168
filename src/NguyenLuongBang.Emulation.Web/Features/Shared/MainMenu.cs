using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Web.Identity;

namespace NguyenLuongBang.Emulation.Web.Features.SharedParts;

/// <summary>
/// What the main menu of a signed-in page offers: one flag per group of links, decided by the
/// account's roles here and nowhere else, and the year of the movement the yearly pages open on.
/// The menu's view only reads it.
/// </summary>
public sealed record MainMenu(int Year)
{
    /// <summary>The city's Ban Thi đua - Khen thưởng: the communes, their indicators, the Bằng khen proposals, the city's report.</summary>
    public bool CityWork { get; init; }

    /// <summary>The city's administrator: the communes, the city's accounts, the signing certificates and keys.</summary>
    public bool CityAdministration { get; init; }

    /// <summary>The commune's documents and guidance (every commune account; the city's have their own pages).</summary>
    public bool CommuneDocuments { get; init; }

    /// <summary>A unit's staff: its report and its registration of the year.</summary>
    public bool UnitWork { get; init; }

    /// <summary>The reviewer and the chairman: the overview and the consolidated report.</summary>
    public bool Oversight { get; init; }

    /// <summary>The reviewer: the units' reports and the nominations.</summary>
    public bool ReviewWork { get; init; }

    /// <summary>The reviewer and the council's members: the council's sessions.</summary>
    public bool Council { get; init; }

    /// <summary>The chairman: approvals, award decisions, the documents he signed.</summary>
    public bool ChairmanDesk { get; init; }

    /// <summary>The commune's administrator: accounts, units, indicators, settings, register, audit, outbox.</summary>
    public bool Administration { get; init; }

    /// <summary>The menu of <paramref name="user"/> today.</summary>
    public static MainMenu For(ClaimsPrincipal user, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(user);
        var city = user.IsInRole(Roles.City);
        var cityAdmin = user.IsInRole(Roles.CityAdmin);
        var reviewer = user.IsInRole(Roles.Reviewer);
        var chairman = user.IsInRole(Roles.Chairman);
        return new MainMenu(ReviewRound.CurrentYear(clock))
        {
            CityWork = city,
            CityAdministration = cityAdmin,
            CommuneDocuments = !city && !cityAdmin,
            UnitWork = user.IsInRole(Roles.UnitStaff),
            Oversight = reviewer || chairman,
            ReviewWork = reviewer,
            Council = reviewer || user.IsInRole(Roles.CouncilMember),
            ChairmanDesk = chairman,
            Administration = user.IsInRole(Roles.Admin),
        };
    }
}

/// <summary>The main menu of a signed-in page, built once for the page from the account's roles (<see cref="MainMenu"/>).</summary>
public sealed class MainMenuViewComponent(TimeProvider clock) : ViewComponent
{
    public IViewComponentResult Invoke() => View(MainMenu.For(UserClaimsPrincipal, clock));
}
