using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NguyenLuongBang.Emulation.Web.Identity;

namespace NguyenLuongBang.Emulation.Web.Features.Dashboard;

/// <summary>Completeness and indicator results of a year, for the reviewer and the chairman.</summary>
[Authorize(Policy = Policies.ReadAllReports)]
public sealed class DashboardController(DashboardQueries queries) : Controller
{
    public async Task<IActionResult> Index(int? year, string? unitType, string? map, CancellationToken cancellationToken) =>
        View(await queries.LoadAsync(year, unitType, cancellationToken, map));

    /// <summary>Drill-down: each unit's value of one indicator this year and last, behind the dashboard's figure.</summary>
    [HttpGet("Dashboard/Indicator/{id:int}")]
    public async Task<IActionResult> Indicator(int id, int? year, CancellationToken cancellationToken) =>
        await queries.IndicatorAsync(id, year, cancellationToken) is { } page ? View(page) : NotFound();
}
