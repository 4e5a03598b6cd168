using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.Web.Data;

namespace NguyenLuongBang.Emulation.Web.Features.HonourBoard;

/// <summary>
/// The public honour board ("biểu dương, tôn vinh, nhân rộng điển hình"): approved collectives and
/// individuals by round, and the models and initiatives the commune publishes to spread. Open to
/// anyone; shows only name, position, unit and achievement. The city's Bằng khen appears once the
/// city's decision awarding it is recorded.
/// </summary>
[AllowAnonymous]
[Route("Vinh-danh")]
public sealed class HonourBoardController(AppDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var rows = await db.Nominations.AsNoTracking()
            .Where(n => (n.Status == NominationStatus.Approved && n.AwardForm == AwardForm.CommuneCertificate)
                || (n.AwardForm == AwardForm.CityCertificate && n.City != null && n.City.Awarded == true))
            .OrderByDescending(n => n.RoundYear).ThenByDescending(n => n.AwardForm).ThenBy(n => n.NomineeName)
            .Select(n => new HonourRow(n.RoundKind, n.RoundYear, n.NomineeName, n.NomineeKind, n.Position,
                db.Units.Where(u => u.Id == n.UnitId).Select(u => u.Name).FirstOrDefault(), n.Achievement, n.AwardForm))
            .ToListAsync(cancellationToken);
        var practices = await db.GoodPractices.AsNoTracking()
            .Where(p => p.PublishedAt != null && p.WithdrawnReason == null)
            .OrderByDescending(p => p.Year).ThenBy(p => p.Title)
            .Select(p => new PracticeRow(p.Kind, p.Title, p.Summary, p.Year, db.Units.Where(u => u.Id == p.UnitId).Select(u => u.Name).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        return View(new HonourBoardPage(rows, practices));
    }
}

public sealed record PracticeRow(Domain.Practices.PracticeKind Kind, string Title, string Summary, int Year, string? Unit);

public sealed record HonourBoardPage(IReadOnlyList<HonourRow> Awardees, IReadOnlyList<PracticeRow> Practices);

public sealed record HonourRow(Domain.Common.RoundKind RoundKind, int RoundYear, string Name, NomineeKind Kind, string? Position, string? Unit, string Achievement, AwardForm Form)
{
    /// <param name="level">"xã", "phường" or "đặc khu": whose chairman awards a Giấy khen.</param>
    public string AwardTitle(string level) => Form == AwardForm.CityCertificate ? "Bằng khen của Chủ tịch UBND thành phố" : $"Giấy khen của Chủ tịch UBND {level}";

    public string Round => new Domain.Common.ReviewRound(RoundKind, RoundYear).Title;
}
