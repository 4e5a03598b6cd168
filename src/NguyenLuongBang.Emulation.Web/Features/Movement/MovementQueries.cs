using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Features.Dashboard;
using NguyenLuongBang.Emulation.Web.Features.Reports;

namespace NguyenLuongBang.Emulation.Web.Features.Movement;

/// <summary>
/// What the public movement page shows: the plan in plain words, the eight content areas, the
/// timeline with today on it, this year's participation (the dashboard's own counts, cached), the
/// latest honours and good practices. A fixed handful of queries, whatever the number of units.
/// </summary>
public sealed class MovementQueries(AppDbContext db, DashboardQueries dashboard, ReportingRules rules, IndicatorCatalog catalog, TimeProvider clock)
{
    public async Task<MovementPage> LoadAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        var year = Math.Clamp(today.Year, ReviewRound.FirstYear, ReviewRound.FinalYear);
        var deadline = DeadlineCount.LocalDate(await rules.DeadlineAsync(year));
        var areas = (await catalog.AreasAsync(cancellationToken)).Select(a => new AreaLine(a.Number, a.ShortTitle, a.FullText)).ToList();
        var completeness = (await dashboard.LoadAsync(year, null, cancellationToken)).Completeness;
        var launchPlans = await db.UnitLaunchPlans.CountAsync(p => db.Units.Any(u => u.Id == p.UnitId && u.IsActive), cancellationToken);
        var now = clock.GetUtcNow();
        var posted = await db.Nominations.CountAsync(n => n.Status == NominationStatus.Posted && n.PostedUntil > now, cancellationToken);
        var honours = await db.Nominations.AsNoTracking()
            .Where(n => n.Status == NominationStatus.Approved && n.AwardForm == AwardForm.CommuneCertificate)
            .OrderByDescending(n => n.RoundYear).ThenBy(n => n.NomineeName).Take(6)
            .Select(n => new HonourLine(n.NomineeName, n.RoundYear, db.Units.Where(u => u.Id == n.UnitId).Select(u => u.Name).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        var practices = await db.GoodPractices.AsNoTracking()
            .Where(p => p.PublishedAt != null && p.WithdrawnReason == null)
            .OrderByDescending(p => p.PublishedAt).Take(4)
            .Select(p => new PracticeLine(p.Title, p.Year, db.Units.Where(u => u.Id == p.UnitId).Select(u => u.Name).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        return new MovementPage(today, year, deadline, areas, Timeline(today, deadline), completeness, launchPlans, posted, honours, practices);
    }

    /// <summary>The plan's milestones, each past, now or ahead of <paramref name="today"/>.</summary>
    public static IReadOnlyList<Milestone> Timeline(DateOnly today, DateOnly deadline)
    {
        var steps = new List<Milestone>
        {
            new(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), "Năm 2025", "Các cơ quan, đơn vị, doanh nghiệp ban hành kế hoạch phát động phong trào thi đua của mình."),
        };
        for (var y = ReviewRound.FirstYear; y <= ReviewRound.FinalYear; y++)
        {
            var due = y == deadline.Year ? deadline : new DateOnly(y, 12, 15);
            steps.Add(new(new DateOnly(y, 1, 1), due, $"Trước {due:dd/MM/yyyy}", $"Các đơn vị gửi báo cáo kết quả thi đua năm {y} về Phòng Văn hóa - Xã hội."));
        }

        steps.Add(new(new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31), "Năm 2027", "Sơ kết giữa giai đoạn: đánh giá kết quả, khen thưởng tập thể, cá nhân tiêu biểu."));
        steps.Add(new(new DateOnly(2030, 1, 1), new DateOnly(2030, 12, 31), "Năm 2030", "Tổng kết Phong trào thi đua giai đoạn 2025-2030."));
        return steps.OrderBy(s => s.Until).ThenBy(s => s.From).Select(s => s with { Today = today }).ToList();
    }
}

public sealed record AreaLine(int Number, string Title, string Text);

public sealed record HonourLine(string Name, int Year, string? Unit);

public sealed record PracticeLine(string Title, int Year, string? Unit);

public sealed record Milestone(DateOnly From, DateOnly Until, string When, string What)
{
    public DateOnly Today { get; init; }

    public bool Past => Today > Until;

    public bool Now => Today >= From && Today <= Until;

    public int DaysLeft => DeadlineCount.DaysLeft(Until, Today);
}

public sealed record MovementPage(DateOnly Today, int Year, DateOnly Deadline, IReadOnlyList<AreaLine> Areas, IReadOnlyList<Milestone> Timeline,
    Completeness Participation, int LaunchPlans, int PostedNominees, IReadOnlyList<HonourLine> Honours, IReadOnlyList<PracticeLine> Practices)
{
    /// <summary>Days to this year's deadline, counted as everywhere else (<see cref="DeadlineCount"/>).</summary>
    public int DaysLeft => DeadlineCount.DaysLeft(Deadline, Today);
}
