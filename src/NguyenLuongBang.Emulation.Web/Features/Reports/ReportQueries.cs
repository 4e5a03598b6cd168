using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.Domain.Registrations;
using NguyenLuongBang.Emulation.Domain.Reports;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Reports;

/// <summary>The little needed to authorize a request on a report before loading it.</summary>
public sealed record ReportHeader(int Id, int UnitId, int Year, ReportStatus Status)
{
    public UnitResource Resource => new(UnitId);
}

public sealed class ReportQueries(AppDbContext db, IndicatorCatalog catalog, ReportingRules rules, PortalSettings settings, TimeProvider clock, IMemoryCache cache,
    Review.ReportChecks checks)
{
    /// <summary>Also bounds how long a renamed unit keeps its old name on a report page.</summary>
    private static readonly TimeSpan SnapshotLifetime = TimeSpan.FromMinutes(2);

    private async Task<LoadedReport> SnapshotAsync(int id, CancellationToken cancellationToken)
    {
        var report = await db.AnnualReports.AsNoTracking()
            .Include(r => r.Sections).ThenInclude(s => s.IndicatorValues)
            .Include(r => r.ProposedCommendations)
            .Include(r => r.Attachments)
            .Include(r => r.History)
            .AsSplitQuery()
            .SingleAsync(r => r.Id == id, cancellationToken);
        var unit = await db.Units.Where(u => u.Id == report.UnitId).Select(u => new { u.Name, Type = u.UnitType!.Code }).SingleAsync(cancellationToken);
        var fileIds = report.Attachments.Select(a => a.StoredFileId).ToArray();
        IReadOnlyDictionary<int, FileLine> files = fileIds.Length == 0
            ? new Dictionary<int, FileLine>()
            : await db.StoredFiles.AsNoTracking().Where(f => fileIds.Contains(f.Id))
                .Select(f => new FileLine(f.Id, f.FileName, f.UploadedAt))
                .ToDictionaryAsync(f => f.Id, cancellationToken);
        var versions = await db.ReportVersions.AsNoTracking().Where(v => v.AnnualReportId == id)
            .OrderByDescending(v => v.Number)
            .Select(v => new VersionLine(v.Number, v.SubmittedAt, v.SubmittedByName))
            .ToListAsync(cancellationToken);
        return new LoadedReport(report, unit.Name, unit.Type, files, versions);
    }

    public Task<ReportHeader?> HeaderAsync(int id, CancellationToken cancellationToken) =>
        db.AnnualReports.AsNoTracking().Where(r => r.Id == id)
            .Select(r => new ReportHeader(r.Id, r.UnitId, r.Year, r.Status))
            .SingleOrDefaultAsync(cancellationToken);

    public Task<int?> FindIdAsync(int unitId, int year, CancellationToken cancellationToken) =>
        db.AnnualReports.Where(r => r.UnitId == unitId && r.Year == year).Select(r => (int?)r.Id).SingleOrDefaultAsync(cancellationToken);

    /// <summary>One evidence file of the report, or null.</summary>
    public Task<Infrastructure.FileDownload?> AttachmentFileAsync(int id, int attachmentId, CancellationToken cancellationToken) =>
        db.AnnualReports.AsNoTracking().Where(r => r.Id == id)
            .SelectMany(r => r.Attachments).Where(a => a.Id == attachmentId)
            .Join(db.StoredFiles, a => a.StoredFileId, f => f.Id, (_, f) => new Infrastructure.FileDownload(f.FileName, f.ContentType, f.Content))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The whole report as shown to a reader. What belongs to the report itself (its sections,
    /// values, files, history, versions) is kept in memory under its concurrency stamp, which every
    /// change renews: a reader pays one small query while nothing changed. Targets and the lock
    /// window, which other records decide, are read every time.
    /// </summary>
    public async Task<ReportView> ViewAsync(int id, CancellationToken cancellationToken)
    {
        var stamp = await db.AnnualReports.Where(r => r.Id == id).Select(r => (Guid?)r.ConcurrencyStamp).SingleOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException($"Report {id} does not exist.");
        var key = $"report-view:{id}:{stamp}";
        if (!cache.TryGetValue(key, out LoadedReport? snapshot) || snapshot is null)
        {
            snapshot = await SnapshotAsync(id, cancellationToken);
            cache.Set(key, snapshot, SnapshotLifetime);
        }

        var (report, unitName, unitType, files, versions) = snapshot;
        var indicators = await catalog.AllAsync(cancellationToken);
        var areas = await catalog.AreasAsync(cancellationToken);
        var targets = await db.Registrations.AsNoTracking()
            .Where(r => r.UnitId == report.UnitId && r.Year == report.Year && (r.Status == RegistrationStatus.Submitted || r.Status == RegistrationStatus.Confirmed))
            .SelectMany(r => r.Targets)
            .ToDictionaryAsync(t => t.IndicatorId, t => t.Target, cancellationToken);
        var window = await rules.WindowAsync(report.UnitId, report.Year, cancellationToken);
        var now = clock.GetUtcNow();

        var areaViews = areas.Select(area =>
        {
            var section = report.Sections.Single(s => s.ContentAreaId == area.Id);
            var values = section.IndicatorValues.ToDictionary(v => v.IndicatorId);
            var shown = indicators.Values
                // A target registered before the indicator was narrowed to other unit types is not asked: the save would not take its value.
                .Where(i => i.ContentAreaId == area.Id && ((i.AppliesTo(unitType) && (!i.IsRetired || targets.ContainsKey(i.Id))) || values.ContainsKey(i.Id)))
                .OrderBy(i => i.Code)
                .Select(i => new IndicatorView(i, values.GetValueOrDefault(i.Id)?.Value, values.GetValueOrDefault(i.Id)?.Note,
                    targets.TryGetValue(i.Id, out var target) ? target : null, values.GetValueOrDefault(i.Id)?.Denominator))
                .ToArray();
            return new AreaView(area, section.Narrative, section.NoActivity, section.NoActivityReason, section.ReviewerComment, shown);
        }).ToArray();

        return new ReportView(
            report.Id, report.UnitId, unitName, report.Year, report.Status, report.SubmittedLate, report.LastSubmittedAt,
            report.UpdatedAt, report.UpdatedByName, report.ConcurrencyStamp, VietnamTime.ToLocal(window.Deadline),
            window.LockReason(now), report.ReturnComment, report.Difficulties, report.Recommendations, areaViews,
            report.ProposedCommendations.Select(p => new CommendationLine(p.Id, p.Kind, p.NomineeName, p.Gender, p.Position, p.Achievement)).ToArray(),
            report.Attachments.Select(a => new AttachmentLine(a.Id, files[a.StoredFileId].FileName, a.Size,
                areas.FirstOrDefault(x => x.Id == a.ContentAreaId)?.Number, files[a.StoredFileId].UploadedAt)).ToArray(),
            report.History.OrderByDescending(h => h.At).ThenByDescending(h => h.Id).Select(h => new HistoryLine(h.At, h.From, h.To, h.ActorName, h.Comment)).ToArray(),
            versions,
            await settings.MaxFileBytesAsync())
        {
            IsEditable = report.IsEditable, CanReview = report.CanReview, CanReopen = report.CanReopen,
            Checks = report.CanReview ? await checks.FindAsync(report, unitType, cancellationToken) : [],
        };
    }

    /// <summary>What changed in submission <paramref name="number"/> since the one before it.</summary>
    public async Task<ChangesPage?> ChangesAsync(int id, int number, CancellationToken cancellationToken)
    {
        var versions = await db.ReportVersions.AsNoTracking()
            .Where(v => v.AnnualReportId == id && (v.Number == number || v.Number == number - 1))
            .ToListAsync(cancellationToken);
        var current = versions.SingleOrDefault(v => v.Number == number);
        if (current is null)
        {
            return null;
        }

        var previous = versions.SingleOrDefault(v => v.Number == number - 1);
        var areas = (await catalog.AreasAsync(cancellationToken)).ToDictionary(a => a.Id);
        var indicators = await catalog.AllAsync(cancellationToken);
        return new ChangesPage(id, number, current.SubmittedAt, current.SubmittedByName, previous is not null,
            ReportVersion.Compare(previous?.Snapshot(), current.Snapshot()), areas, indicators);
    }
}

public sealed record ReportView(
    int Id, int UnitId, string UnitName, int Year, ReportStatus Status, bool SubmittedLate, DateTimeOffset? LastSubmittedAt,
    DateTimeOffset UpdatedAt, string UpdatedByName, Guid ConcurrencyStamp, DateTimeOffset Deadline, string? LockReason,
    string? ReturnComment, string? Difficulties, string? Recommendations, IReadOnlyList<AreaView> Areas,
    IReadOnlyList<CommendationLine> Commendations, IReadOnlyList<AttachmentLine> Attachments, IReadOnlyList<HistoryLine> History,
    IReadOnlyList<VersionLine> Versions, long MaxFileBytes)
{
    /// <summary>The report's own rules, read when it was loaded: the unit may edit it, the reviewer may decide on it or reopen it.</summary>
    public bool IsEditable { get; init; }

    public bool CanReview { get; init; }

    public bool CanReopen { get; init; }

    /// <summary>While the report waits for a decision: what the reviewer should check before accepting it.</summary>
    public IReadOnlyList<Review.PlausibilityFlag> Checks { get; init; } = [];

    /// <summary>Who reads the page: the report's own unit (may edit it while it is editable), or the reviewer (sees the review actions).</summary>
    public bool ReadByOwnUnit { get; init; }

    /// <inheritdoc cref="ReadByOwnUnit"/>
    public bool ReadByReviewer { get; init; }
}

public sealed record AreaView(ContentArea Area, string? Narrative, bool NoActivity, string? NoActivityReason, string? ReviewerComment, IReadOnlyList<IndicatorView> Indicators);

public sealed record IndicatorView(Indicator Indicator, decimal? Value, string? Note, decimal? Target = null, decimal? Denominator = null)
{
    public string Display => Value is { } v ? Indicator.Format(v, PortalSetup.Vietnamese) : "—";

    public TargetResult? Result => Target is { } t ? TargetCheck.Evaluate(Indicator, t, Value) : null;

    /// <summary>"Đăng ký: 95% — Đạt", or null when no target was registered.</summary>
    public string? TargetText => Target is { } t ? $"Đăng ký: {Indicator.Format(t, PortalSetup.Vietnamese)} — {StatusText.Of(Result!.Value)}" : null;
}

public sealed record CommendationLine(int Id, NomineeKind Kind, string NomineeName, Gender? Gender, string? Position, string Achievement);

public sealed record AttachmentLine(int Id, string FileName, long Size, int? AreaNumber, DateTimeOffset UploadedAt)
{
    public string SizeText => Size >= 1024 * 1024
        ? (Size / (1024m * 1024m)).ToString("0.#", PortalSetup.Vietnamese) + " MB"
        : Math.Max(1, Size / 1024).ToString(PortalSetup.Vietnamese) + " KB";
}

public sealed record HistoryLine(DateTimeOffset At, ReportStatus? From, ReportStatus To, string ActorName, string? Comment);

public sealed record VersionLine(int Number, DateTimeOffset SubmittedAt, string SubmittedByName);

public sealed record ChangesPage(int ReportId, int Number, DateTimeOffset SubmittedAt, string SubmittedByName, bool HasPrevious,
    IReadOnlyList<AreaChange> Changes, IReadOnlyDictionary<int, ContentArea> Areas, IReadOnlyDictionary<int, Indicator> Indicators);

/// <summary>The edit page: the report as stored, and the form as typed (after a failed save, the typed one).</summary>
public sealed class ReportEditPage(ReportView report, ReportForm form)
{
    public ReportView Report { get; } = report;

    public ReportForm Form { get; } = form;

    public IReadOnlyList<string> Missing { get; init; } = [];

    public SaveConflict? Conflict { get; init; }

    /// <summary>The commendation form as typed (after a refusal, what the unit typed; otherwise empty).</summary>
    public CommendationForm Commendation { get; init; } = new();

    /// <summary>Why the commendation typed was refused, shown above the page.</summary>
    public string? CommendationError { get; init; }

    public AreaForm FormFor(int contentAreaId) => Form.Areas.FirstOrDefault(a => a.ContentAreaId == contentAreaId) ?? new AreaForm { ContentAreaId = contentAreaId };

    /// <summary>The message of a wrong field of an area ("Narrative", "NoActivityReason"), or of one of its indicators ("Value", "Denominator", "Note").</summary>
    public string? ErrorOf(ModelStateDictionary modelState, int contentAreaId, string field, int? indicatorId = null)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        var i = Form.Areas.FindIndex(a => a.ContentAreaId == contentAreaId);
        if (i < 0)
        {
            return null;
        }

        var key = $"Areas[{i}].{field}";
        if (indicatorId is { } id)
        {
            var j = Form.Areas[i].Indicators.FindIndex(x => x.IndicatorId == id);
            if (j < 0)
            {
                return null;
            }

            key = $"Areas[{i}].Indicators[{j}].{field}";
        }

        return modelState[key]?.Errors.FirstOrDefault()?.ErrorMessage;
    }

    /// <summary>Each wrong field's message with the id of its box on the page, in the page's order, for the summary's links.</summary>
    public IReadOnlyList<(string Message, string? FieldId)> Errors(ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        var numbers = Report.Areas.ToDictionary(a => a.Area.Id, a => a.Area.Number);
        string? FieldId(string key)
        {
            var match = System.Text.RegularExpressions.Regex.Match(key, @"^Areas\[(\d+)\]\.(?:Indicators\[(\d+)\]\.)?(\w+)$");
            if (!match.Success)
            {
                return key is nameof(ReportForm.Difficulties) or nameof(ReportForm.Recommendations) ? key : null;
            }

            var i = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (i >= Form.Areas.Count || !numbers.TryGetValue(Form.Areas[i].ContentAreaId, out var number))
            {
                return null;
            }

            if (!match.Groups[2].Success)
            {
                return match.Groups[3].Value switch { "Narrative" => $"narrative-{number}", "NoActivityReason" => $"reason-{number}", _ => null };
            }

            var j = int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (j >= Form.Areas[i].Indicators.Count)
            {
                return null;
            }

            var id = Form.Areas[i].Indicators[j].IndicatorId;
            return match.Groups[3].Value switch { "Value" => $"value-{id}", "Denominator" => $"total-{id}", "Note" => $"note-{id}", _ => null };
        }

        return modelState.Where(e => e.Value is { Errors.Count: > 0 })
            .SelectMany(e => e.Value!.Errors.Select(error => (error.ErrorMessage, FieldId(e.Key))))
            .Distinct()
            .ToArray();
    }

    /// <summary>As the report checks on submit, over what is typed.</summary>
    public bool IsComplete(int contentAreaId) => FormFor(contentAreaId) is var typed && ReportAreaSection.Completes(typed.Narrative, typed.NoActivity, typed.NoActivityReason);

    public int IndexOf(int contentAreaId)
    {
        var index = Form.Areas.FindIndex(a => a.ContentAreaId == contentAreaId);
        return index >= 0 ? index : Form.Areas.Count;
    }
}

/// <summary>Someone else saved first: who, when, and their text of each area that differs from the typed one.</summary>
public sealed record SaveConflict(string ByName, DateTimeOffset At, IReadOnlyList<(int AreaNumber, string? TheirText)> DifferentAreas);

internal sealed record FileLine(int Id, string FileName, DateTimeOffset UploadedAt);

/// <summary>A report as stored, read-only and shared between requests while its stamp is current.</summary>
internal sealed record LoadedReport(AnnualReport Report, string UnitName, string UnitTypeCode, IReadOnlyDictionary<int, FileLine> Files, IReadOnlyList<VersionLine> Versions);
