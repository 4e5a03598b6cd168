using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Registrations;
using NguyenLuongBang.Emulation.Domain.Reports;
using NguyenLuongBang.Emulation.Web.Data;

namespace NguyenLuongBang.Emulation.Web.Features.Review;

public sealed record ReviewFilter(int? Year, ReportStatus? Status, string? UnitType, bool? Late, int? Page = null, ReviewStage? Stage = null);

/// <summary>
/// Where a unit stands with its report of the year, as the reviewer chases it; the names are the
/// list's <c>stage</c> parameter (/Review?year=2026&amp;stage=NotStarted), linked from other pages.
/// </summary>
public enum ReviewStage
{
    /// <summary>An active unit with no report for the year.</summary>
    NotStarted,

    /// <summary>A report being written: a draft, returned or reopened.</summary>
    InProgress,

    /// <summary>Submitted, waiting for the reviewer.</summary>
    AwaitingReview,

    Accepted,

    /// <summary>First submitted after the deadline, or the deadline passed and never submitted (ADR-0032).</summary>
    Late,
}

public sealed class ReviewQueries(AppDbContext db, TimeProvider clock, Reports.IndicatorCatalog catalog, Reports.ReportingRules rules)
{
    /// <summary>Units a page of the list shows: a commune's list fits on one or three pages, and a page stays quick.</summary>
    public const int PageSize = 50;

    /// <summary>A page of the active units with their report of the year: a fixed number of queries whatever the number of units.</summary>
    public async Task<ReviewList> ListAsync(ReviewFilter filter, CancellationToken cancellationToken)
    {
        var chosen = Math.Clamp(filter.Year ?? VietnamTime.Today(clock).Year, ReviewRound.FirstYear, ReviewRound.FinalYear);
        var type = string.IsNullOrEmpty(filter.UnitType) ? null : filter.UnitType;
        var late = filter.Late is true;
        var deadline = await rules.DeadlineAsync(chosen);
        var pastDeadline = clock.GetUtcNow() > deadline;
        var stage = filter.Stage is { } st ? (int)st : -1;
        var counts = await Counts(db, chosen, type, filter.Status, late, stage, pastDeadline);
        var (total, waiting) = (counts?.Total ?? 0, counts?.Waiting ?? 0);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page ?? 1, 1, pages);
        var rows = new List<ReviewRow>(PageSize);
        await foreach (var row in Rows(db, chosen, type, filter.Status, late, stage, pastDeadline, (page - 1) * PageSize).WithCancellation(cancellationToken))
        {
            rows.Add(row);
        }

        var stages = await Stages(db, chosen, type, pastDeadline) ?? new StageCounts(0, 0, 0, 0, 0, 0);
        var targets = await TargetsMetAsync(chosen, rows.Select(r => r.UnitId).ToArray(), cancellationToken);
        var unitTypes = await catalog.UnitTypesAsync(cancellationToken);
        return new ReviewList(chosen, filter with { Page = page }, rows, unitTypes, targets)
        {
            Total = total, Waiting = waiting, Pages = pages, Stages = stages, Deadline = VietnamTime.ToLocal(deadline), PastDeadline = pastDeadline,
            YearBegun = Domain.Reports.AnnualReport.HasBegun(chosen, clock.GetUtcNow()),
        };
    }

    // The list's two queries, compiled once (the list is the reviewers' most visited page): the
    // filters are parameters, so one plan serves every filter and EF Core does not walk the query's
    // expression tree on each request. Units with their report of the year, if any.
    private static readonly Func<AppDbContext, int, string?, ReportStatus?, bool, int, bool, Task<ReviewCounts?>> Counts = EF.CompileAsyncQuery(
        (AppDbContext db, int year, string? type, ReportStatus? status, bool late, int stage, bool pastDeadline) =>
            (from unit in db.Units
             where unit.IsActive && (type == null || unit.UnitType!.Code == type)
             join report in db.AnnualReports.Where(r => r.Year == year) on unit.Id equals report.UnitId into reports
             from report in reports.DefaultIfEmpty()
             where (status == null || (report != null && report.Status == status)) && (!late || (report != null && report.SubmittedLate))
             where stage == -1
                || (stage == (int)ReviewStage.NotStarted && report == null)
                || (stage == (int)ReviewStage.InProgress && report != null && (report.Status == ReportStatus.Draft || report.Status == ReportStatus.Returned || report.Status == ReportStatus.Reopened))
                || (stage == (int)ReviewStage.AwaitingReview && report != null && report.Status == ReportStatus.Submitted)
                || (stage == (int)ReviewStage.Accepted && report != null && report.Status == ReportStatus.Accepted)
                || (stage == (int)ReviewStage.Late && ((report != null && report.SubmittedLate) || (pastDeadline && (report == null || report.FirstSubmittedAt == null))))
             select new { unit.Id, Waiting = report != null && report.Status == ReportStatus.Submitted })
            .GroupBy(_ => 1)
            .Select(g => new ReviewCounts(g.Count(), g.Count(x => x.Waiting)))
            .SingleOrDefault());

    private static readonly Func<AppDbContext, int, string?, ReportStatus?, bool, int, bool, int, IAsyncEnumerable<ReviewRow>> Rows = EF.CompileAsyncQuery(
        (AppDbContext db, int year, string? type, ReportStatus? status, bool late, int stage, bool pastDeadline, int skip) =>
            (from unit in db.Units.AsNoTracking()
             where unit.IsActive && (type == null || unit.UnitType!.Code == type)
             join report in db.AnnualReports.Where(r => r.Year == year) on unit.Id equals report.UnitId into reports
             from report in reports.DefaultIfEmpty()
             where (status == null || (report != null && report.Status == status)) && (!late || (report != null && report.SubmittedLate))
             where stage == -1
                || (stage == (int)ReviewStage.NotStarted && report == null)
                || (stage == (int)ReviewStage.InProgress && report != null && (report.Status == ReportStatus.Draft || report.Status == ReportStatus.Returned || report.Status == ReportStatus.Reopened))
                || (stage == (int)ReviewStage.AwaitingReview && report != null && report.Status == ReportStatus.Submitted)
                || (stage == (int)ReviewStage.Accepted && report != null && report.Status == ReportStatus.Accepted)
                || (stage == (int)ReviewStage.Late && ((report != null && report.SubmittedLate) || (pastDeadline && (report == null || report.FirstSubmittedAt == null))))
             orderby unit.UnitType!.SortOrder, unit.Name, unit.Id
             select new ReviewRow(unit.Id, unit.Name, unit.UnitType!.Name,
                 report == null ? null : report.Id,
                 report == null ? null : report.Status,
                 report != null && report.SubmittedLate,
                 report == null ? null : report.LastSubmittedAt,
                 report == null ? null : report.UpdatedAt))
            .Skip(skip).Take(PageSize));

    private sealed record ReviewCounts(int Total, int Waiting);

    /// <summary>How many units stand at each stage (of the unit type chosen): the chips' counts, in one query.</summary>
    private static readonly Func<AppDbContext, int, string?, bool, Task<StageCounts?>> Stages = EF.CompileAsyncQuery(
        (AppDbContext db, int year, string? type, bool pastDeadline) =>
            (from unit in db.Units
             where unit.IsActive && (type == null || unit.UnitType!.Code == type)
             join report in db.AnnualReports.Where(r => r.Year == year) on unit.Id equals report.UnitId into reports
             from report in reports.DefaultIfEmpty()
             select new
             {
                 NotStarted = report == null,
                 InProgress = report != null && (report.Status == ReportStatus.Draft || report.Status == ReportStatus.Returned || report.Status == ReportStatus.Reopened),
                 Awaiting = report != null && report.Status == ReportStatus.Submitted,
                 Accepted = report != null && report.Status == ReportStatus.Accepted,
                 Late = (report != null && report.SubmittedLate) || (pastDeadline && (report == null || report.FirstSubmittedAt == null)),
             })
            .GroupBy(_ => 1)
            .Select(g => new StageCounts(g.Count(), g.Count(x => x.NotStarted), g.Count(x => x.InProgress), g.Count(x => x.Awaiting), g.Count(x => x.Accepted), g.Count(x => x.Late)))
            .SingleOrDefault());

    /// <summary>Per unit of the page, how many registered targets of the year its report meets: two queries for the page.</summary>
    private async Task<IReadOnlyDictionary<int, (int Met, int Total)>> TargetsMetAsync(int year, int[] shown, CancellationToken cancellationToken)
    {
        // Joins rather than nested SelectMany: SQLite has no APPLY.
        var targets = await (
                from r in db.Registrations.AsNoTracking()
                where r.Year == year && shown.Contains(r.UnitId) && (r.Status == RegistrationStatus.Submitted || r.Status == RegistrationStatus.Confirmed)
                join t in db.Set<RegistrationTarget>() on r.Id equals t.EmulationRegistrationId
                join u in db.Units on r.UnitId equals u.Id
                select new { r.UnitId, t.IndicatorId, t.Target, Type = u.UnitType!.Code })
            .ToListAsync(cancellationToken);
        // A target on an indicator that no longer applies to the unit's type is not asked any more, as in the consolidated report.
        var catalogue = await catalog.AllAsync(cancellationToken);
        targets = targets.Where(t => catalogue.TryGetValue(t.IndicatorId, out var i) && i.AppliesTo(t.Type)).ToList();
        if (targets.Count == 0)
        {
            return new Dictionary<int, (int, int)>();
        }

        // Only the values that can meet a target: the units that registered, the indicators they chose.
        var unitIds = targets.Select(t => t.UnitId).Distinct().ToArray();
        var indicatorIds = targets.Select(t => t.IndicatorId).Distinct().ToArray();
        var values = await (
                from r in db.AnnualReports.AsNoTracking()
                where r.Year == year && unitIds.Contains(r.UnitId)
                join s in db.Set<ReportAreaSection>() on r.Id equals s.AnnualReportId
                join v in db.Set<IndicatorValue>() on s.Id equals v.ReportAreaSectionId
                where indicatorIds.Contains(v.IndicatorId)
                select new { r.UnitId, v.IndicatorId, v.Value })
            .ToListAsync(cancellationToken);
        var reported = values.ToDictionary(v => (v.UnitId, v.IndicatorId), v => v.Value);
        return targets.GroupBy(t => t.UnitId).ToDictionary(
            g => g.Key,
            g => (g.Count(t => TargetCheck.Evaluate(catalogue[t.IndicatorId], t.Target, reported.GetValueOrDefault((t.UnitId, t.IndicatorId))) == TargetResult.Met), g.Count()));
    }
}

public sealed record ReviewRow(int UnitId, string UnitName, string UnitType, int? ReportId, ReportStatus? Status, bool SubmittedLate,
    DateTimeOffset? LastSubmittedAt, DateTimeOffset? UpdatedAt)
{
    /// <summary>Not started, or written but not sent: the units a reviewer reminds.</summary>
    public bool CanRemind => Status is null or ReportStatus.Draft or ReportStatus.Returned or ReportStatus.Reopened;
}

/// <summary>Units of the year at each stage: all of them, then per <see cref="ReviewStage"/>.</summary>
public sealed record StageCounts(int All, int NotStarted, int InProgress, int AwaitingReview, int Accepted, int Late)
{
    public int Of(ReviewStage stage) => stage switch
    {
        ReviewStage.NotStarted => NotStarted,
        ReviewStage.InProgress => InProgress,
        ReviewStage.AwaitingReview => AwaitingReview,
        ReviewStage.Accepted => Accepted,
        _ => Late,
    };
}

public sealed record ReviewList(int Year, ReviewFilter Filter, IReadOnlyList<ReviewRow> Rows, IReadOnlyList<KeyValuePair<string, string>> UnitTypes,
    IReadOnlyDictionary<int, (int Met, int Total)> TargetsMet)
{
    /// <summary>Units matching the filter, on every page.</summary>
    public int Total { get; init; }

    /// <summary>Of those, reports waiting for a decision.</summary>
    public int Waiting { get; init; }

    public int Pages { get; init; } = 1;

    public int Page => Filter.Page ?? 1;

    public StageCounts Stages { get; init; } = new(0, 0, 0, 0, 0, 0);

    /// <summary>The year's deadline, Vietnam time.</summary>
    public DateTimeOffset Deadline { get; init; }

    public bool PastDeadline { get; init; }

    /// <summary>Reports of the year can be started (and units reminded to): the year has begun.</summary>
    public bool YearBegun { get; init; }

    /// <summary>Reminders are offered on the rows a reviewer can remind, once the year has begun.</summary>
    public bool CanRemind => YearBegun && Rows.Any(r => r.CanRemind);

    /// <summary>What "muộn" means on this page, said next to the chips.</summary>
    public string LateMeaning => $"Nộp muộn: nộp lần đầu sau hạn nộp ({Deadline:dd/MM/yyyy}), hoặc đã quá hạn mà chưa nộp.";

    /// <summary>Why the list is empty, in a sentence (null when it is not).</summary>
    public string? EmptyReason
    {
        get
        {
            if (Rows.Count > 0)
            {
                return null;
            }

            var ofType = string.IsNullOrEmpty(Filter.UnitType) ? string.Empty
                : $" thuộc loại “{UnitTypes.FirstOrDefault(t => t.Key == Filter.UnitType).Value ?? Filter.UnitType}”";
            return Filter.Stage switch
            {
                ReviewStage.NotStarted when !YearBegun => $"Năm {Year} chưa bắt đầu: các đơn vị chưa thể lập báo cáo năm này.",
                ReviewStage.NotStarted => $"Mọi đơn vị{ofType} đều đã bắt đầu báo cáo năm {Year}.",
                ReviewStage.InProgress => $"Không có đơn vị nào{ofType} đang soạn hoặc được trả lại báo cáo năm {Year} mà chưa nộp.",
                ReviewStage.AwaitingReview => $"Không có báo cáo nào{ofType} đang chờ xem xét: các báo cáo đã nộp đều đã được xử lý.",
                ReviewStage.Accepted => $"Chưa có báo cáo năm {Year} nào{ofType} được tiếp nhận.",
                ReviewStage.Late when !PastDeadline => $"Chưa đến hạn nộp ({Deadline:dd/MM/yyyy}): chưa có đơn vị nào nộp muộn.",
                ReviewStage.Late => $"Không có đơn vị nào{ofType} nộp muộn: mọi đơn vị đều đã nộp trước hạn {Deadline:dd/MM/yyyy}.",
                _ when Filter.Late is true && !PastDeadline => $"Chưa đến hạn nộp ({Deadline:dd/MM/yyyy}): chưa có đơn vị nào nộp muộn.",
                _ when Filter.Status is not null || Filter.Late is true => $"Không có đơn vị nào{ofType} khớp bộ lọc đã chọn.",
                _ => $"Chưa có đơn vị nào{ofType} đang hoạt động.",
            };
        }
    }

    /// <summary>The list's address for a stage chip: the year and unit type kept, the other filters cleared.</summary>
    public string StageUrl(ReviewStage? stage) => "/Review" + QueryString.Create(new Dictionary<string, string?>
    {
        ["year"] = Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["stage"] = stage?.ToString(),
        ["unitType"] = string.IsNullOrEmpty(Filter.UnitType) ? null : Filter.UnitType,
    }.Where(p => p.Value is not null)).ToUriComponent();

    /// <summary>The list's address for another page, with the same filter.</summary>
    public string PageUrl(int page) => "/Review" + QueryString.Create(new Dictionary<string, string?>
    {
        ["year"] = Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["status"] = Filter.Status?.ToString(),
        ["unitType"] = string.IsNullOrEmpty(Filter.UnitType) ? null : Filter.UnitType,
        ["late"] = Filter.Late is true ? "true" : null,
        ["stage"] = Filter.Stage?.ToString(),
        ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => p.Value is not null)).ToUriComponent();
}
