using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Identity;

namespace NguyenLuongBang.Emulation.Web.Features.AwardHistory;

public sealed record HistoryRow(int Id, string Name, NomineeKind Kind, string? UnitName, ReviewRound Round, AwardForm Form, NominationStatus Status, string? DecisionNumber);

public sealed record HistoryPage(string? Q, int? UnitId, AwardForm? Form, string? Round, IReadOnlyList<KeyValuePair<int, string>> Units, IReadOnlyList<HistoryRow> Rows, bool Truncated);

/// <summary>
/// Every nomination and award of every round, searched by name (ignoring Vietnamese marks and
/// case: "nguyen van a" finds "Nguyễn Văn A"), unit, form and round.
/// </summary>
[Authorize(Policy = Policies.ReadAllReports)]
[Route("Awards/History")]
public sealed class AwardHistoryController(AppDbContext db) : Controller
{
    private const int MaxRows = 200;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int? unitId, AwardForm? form, string? round, CancellationToken cancellationToken)
    {
        var query = db.Nominations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var folded = Names.Fold(q.Length > 200 ? q[..200] : q);
            query = query.Where(n => n.SearchName.Contains(folded));
        }

        if (unitId is { } unit)
        {
            query = query.Where(n => n.UnitId == unit);
        }

        if (form is { } f)
        {
            query = query.Where(n => n.AwardForm == f);
        }

        if (ReviewRound.TryParse(round, out var parsed))
        {
            query = query.Where(n => n.RoundKind == parsed.Kind && n.RoundYear == parsed.Year);
        }

        var found = await query.OrderByDescending(n => n.RoundYear).ThenBy(n => n.SearchName).Take(MaxRows + 1)
            .Select(n => new { n.Id, n.NomineeName, n.NomineeKind, n.UnitId, n.RoundKind, n.RoundYear, n.AwardForm, n.Status, n.City })
            .ToListAsync(cancellationToken);
        var ids = found.Select(n => n.Id).ToList();
        var decisions = await (
                from d in db.AwardDecisions.AsNoTracking()
                join l in db.Set<Domain.Awards.AwardLine>() on d.Id equals l.AwardDecisionId
                where ids.Contains(l.NominationId)
                select new { l.NominationId, d.Number, d.Id })
            .ToListAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Name).Select(u => new KeyValuePair<int, string>(u.Id, u.Name)).ToListAsync(cancellationToken);
        var unitNames = units.ToDictionary(u => u.Key, u => u.Value);
        var rows = found.Take(MaxRows).Select(n => new HistoryRow(n.Id, n.NomineeName, n.NomineeKind, n.UnitId is { } u ? unitNames.GetValueOrDefault(u) : null,
            new ReviewRound(n.RoundKind, n.RoundYear), n.AwardForm, n.Status,
            n.City?.DecisionNumber is { } city
                ? $"{city} (Chủ tịch UBND thành phố {(n.City.Awarded == true ? "tặng Bằng khen" : "không tặng Bằng khen")})"
                : decisions.Where(d => d.NominationId == n.Id).OrderByDescending(d => d.Id).Select(d => d.Number).FirstOrDefault())).ToList();
        return View(new HistoryPage(q, unitId, form, round, units, rows, found.Count > MaxRows));
    }
}
