using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Reports;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Reports;

public enum SaveOutcome
{
    Saved,
    Submitted,
    Incomplete,
    Conflict,
    Refused,
}

public sealed record SaveResult(SaveOutcome Outcome, string? Message = null, IReadOnlyList<string>? Missing = null, SaveConflict? Conflict = null);

/// <summary>The unit's changes to its report: start, save the typed form, submit, propose commendations, attach evidence.</summary>
public sealed class ReportEditor(AppDbContext db, ReportingRules rules, IndicatorCatalog catalog, AuditLog audit, RecordChanges changes, PortalSettings settings,
    TimeProvider clock, ILogger<ReportEditor> logger)
{
    /// <summary>A year's report is started once the year has begun (Vietnam time), never ahead of it.</summary>
    public bool HasBegun(int year) => AnnualReport.HasBegun(year, clock.GetUtcNow());

    public async Task<int> StartAsync(int unitId, int year, Actor by, CancellationToken cancellationToken)
    {
        var existing = await db.AnnualReports.Where(r => r.UnitId == unitId && r.Year == year).Select(r => (int?)r.Id).SingleOrDefaultAsync(cancellationToken);
        if (existing is { } id)
        {
            return id;
        }

        var areas = await catalog.AreasAsync(cancellationToken);
        var report = new AnnualReport(unitId, year, areas.Select(a => (a.Id, a.Number)), by, clock.GetUtcNow());
        db.AnnualReports.Add(report);
        audit.Add("Bắt đầu báo cáo", "Báo cáo năm", report, $"Năm {year}");
        await db.SaveChangesAsync(cancellationToken);
        return report.Id;
    }

    /// <summary>
    /// Saves what was typed; with <paramref name="submit"/> then submits. An incomplete report is
    /// still saved as a draft. A stale form (someone else saved since it was loaded) saves nothing.
    /// </summary>
    public async Task<SaveResult> SaveAsync(int id, ReportForm form, bool submit, Actor by, CancellationToken cancellationToken)
    {
        // Under the report's lock, as every other change of it: two saves (a double click on
        // "Nộp báo cáo") run one after the other, and the second finds the first's stamp.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockAsync($"report:{id}", cancellationToken);
        var report = await db.AnnualReports
            .Include(r => r.Sections).ThenInclude(s => s.IndicatorValues)
            .Include(r => r.Versions)
            .AsSplitQuery()
            .SingleAsync(r => r.Id == id, cancellationToken);
        var now = clock.GetUtcNow();
        var window = await rules.WindowAsync(report.UnitId, report.Year, cancellationToken);

        try
        {
            if (report.EditRefusal(window, now) is { } refusal)
            {
                return new SaveResult(SaveOutcome.Refused, refusal);
            }

            if (report.ConcurrencyStamp != form.ConcurrencyStamp)
            {
                return Conflict(report, form);
            }


            // A value for an indicator that does not apply to the unit's type is not taken (one it already holds stays editable);
            // nor one for an indicator the catalogue does not have, or posted under another area than its own (a hand-made form).
            var unitType = await db.Units.Where(u => u.Id == report.UnitId).Select(u => u.UnitType!.Code).SingleAsync(cancellationToken);
            var indicators = await catalog.AllAsync(cancellationToken);
            Apply(report, form, new ReportEdit(by, now, window),
                (areaId, indicatorId) => indicators.TryGetValue(indicatorId, out var indicator) && indicator.ContentAreaId == areaId
                    && (indicator.AppliesTo(unitType) || report.Section(areaId).IndicatorValues.Any(v => v.IndicatorId == indicatorId)));
            db.Entry(report).Property(r => r.ConcurrencyStamp).OriginalValue = form.ConcurrencyStamp;

            var result = new SaveResult(SaveOutcome.Saved);
            if (submit)
            {
                try
                {
                    report.Submit(by, now, window);
                    result = new SaveResult(SaveOutcome.Submitted, report.SubmittedLate && report.Versions.Count == 1 ? "Báo cáo được ghi nhận là nộp sau hạn." : null);
                }
                catch (ReportIncompleteException incomplete)
                {
                    result = new SaveResult(SaveOutcome.Incomplete, Missing: incomplete.Missing);
                }
            }

            audit.Add(result.Outcome == SaveOutcome.Submitted ? "Nộp báo cáo" : "Lưu báo cáo", "Báo cáo năm",
                id.ToString(PortalSetup.Vietnamese), $"Năm {report.Year}, trạng thái {StatusText.Of(report.Status)}");
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            if (result.Outcome == SaveOutcome.Submitted)
            {
                logger.LogInformation("Report {ReportId} submitted by {UserId}", id, by.UserId);
            }

            return result;
        }
        catch (DomainException refused)
        {
            return new SaveResult(SaveOutcome.Refused, refused.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            var fresh = await db.AnnualReports.AsNoTracking().Include(r => r.Sections).SingleAsync(r => r.Id == id, cancellationToken);
            return Conflict(fresh, form);
        }
    }

    private static void Apply(AnnualReport report, ReportForm form, ReportEdit edit, Func<int, int, bool> asked)
    {
        foreach (var area in form.Areas)
        {
            var section = report.Section(area.ContentAreaId);
            report.UpdateSection(section.ContentAreaId, Clean(area.Narrative), area.NoActivity, Clean(area.NoActivityReason), edit);
            foreach (var input in area.Indicators.Where(i => asked(section.ContentAreaId, i.IndicatorId)))
            {
                decimal? value = VietnameseNumber.TryParse(input.Value, out var parsed) ? parsed : null;
                decimal? total = VietnameseNumber.TryParse(input.Denominator, out var parsedTotal) ? parsedTotal : null;
                report.SetIndicatorValue(section.ContentAreaId, input.IndicatorId, value, Clean(input.Note), edit, total);
            }
        }

        report.UpdateGeneral(Clean(form.Difficulties), Clean(form.Recommendations), edit);
    }

    /// <summary>NFC at the input boundary, so search and PDF text behave; line ends made uniform.</summary>
    internal static string? Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Normalize(System.Text.NormalizationForm.FormC).ReplaceLineEndings("\n").Trim();

    private static SaveResult Conflict(AnnualReport current, ReportForm typed)
    {
        var different = current.Sections.OrderBy(s => s.AreaNumber)
            .Where(s => !string.Equals(s.Narrative ?? string.Empty, Clean(typed.Areas.FirstOrDefault(a => a.ContentAreaId == s.ContentAreaId)?.Narrative) ?? string.Empty, StringComparison.Ordinal))
            .Select(s => (s.AreaNumber, s.Narrative))
            .ToArray();
        return new SaveResult(SaveOutcome.Conflict,
            $"{current.UpdatedByName} đã lưu báo cáo này lúc {VietnamTime.ToLocal(current.UpdatedAt):HH:mm dd/MM/yyyy}, sau khi bạn mở trang. Nội dung bạn vừa nhập vẫn còn nguyên bên dưới; hãy đối chiếu với bản của họ rồi bấm Lưu lại.",
            Conflict: new SaveConflict(current.UpdatedByName, current.UpdatedAt, different));
    }

    public Task<ChangeOutcome> ProposeAsync(int id, CommendationForm form, Actor by, CancellationToken cancellationToken) =>
        ChangeAsync(id, ct => db.AnnualReports.SingleOrDefaultAsync(r => r.Id == id, ct), "Đề nghị khen thưởng trong báo cáo", form.NomineeName, "Đã thêm đề nghị khen thưởng.", async report =>
            report.ProposeCommendation(form.Kind, Clean(form.NomineeName)!, form.Gender, Clean(form.Position), Clean(form.Achievement)!, await EditAsync(report, by, cancellationToken)),
            cancellationToken);

    public Task<ChangeOutcome> WithdrawAsync(int id, int proposalId, Actor by, CancellationToken cancellationToken) =>
        ChangeAsync(id, ct => db.AnnualReports.Include(r => r.ProposedCommendations).SingleOrDefaultAsync(r => r.Id == id, ct), "Rút đề nghị khen thưởng",
            proposalId.ToString(PortalSetup.Vietnamese), "Đã rút đề nghị khen thưởng.", async report => report.WithdrawCommendation(proposalId, await EditAsync(report, by, cancellationToken)), cancellationToken);

    public Task<ChangeOutcome> DetachAsync(int id, int attachmentId, Actor by, CancellationToken cancellationToken) =>
        ChangeAsync(id, ct => db.AnnualReports.Include(r => r.Attachments).SingleOrDefaultAsync(r => r.Id == id, ct), "Xóa minh chứng",
            attachmentId.ToString(PortalSetup.Vietnamese), "Đã gỡ tệp minh chứng khỏi báo cáo.", async report => report.Detach(attachmentId, await EditAsync(report, by, cancellationToken)), cancellationToken);

    /// <summary>Attaches a checked file: the file row and the attachment are saved together or not at all.</summary>
    public Task<ChangeOutcome> AttachAsync(int id, Domain.Files.StoredFile file, int? contentAreaId, Actor by, CancellationToken cancellationToken) =>
        ChangeAsync(id, ct => db.AnnualReports.Include(r => r.Attachments).Include(r => r.Sections).AsSplitQuery().SingleOrDefaultAsync(r => r.Id == id, ct),
            "Tải lên minh chứng", $"{file.FileName} ({file.Size} byte, SHA-256 {file.Sha256})", $"Đã tải lên tệp minh chứng \"{file.FileName}\".", async report =>
            {
                var edit = await EditAsync(report, by, cancellationToken);
                if (report.EditRefusal(edit.Window, edit.Now) is { } refusal)
                {
                    throw new DomainException(refusal);
                }

                // The file needs its key for the attachment; both are saved in the same transaction.
                db.StoredFiles.Add(file);
                await db.SaveChangesAsync(cancellationToken);
                report.Attach(file.Id, contentAreaId, file.Size, await settings.MaxReportBytesAsync(), edit);
            }, cancellationToken);

    /// <summary>The unit's edit now, under its report window (the lock and any exception).</summary>
    private async Task<ReportEdit> EditAsync(AnnualReport report, Actor by, CancellationToken cancellationToken) =>
        new(by, clock.GetUtcNow(), await rules.WindowAsync(report.UnitId, report.Year, cancellationToken));

    /// <summary>Runs one change of the report in one unit of work under the report's lock (the runner's <see cref="RecordChanges.ApplyAsync{T}(string, Func{CancellationToken, Task{T}}, Func{T, Task{Change}}, CancellationToken)"/>).</summary>
    private Task<ChangeOutcome> ChangeAsync(int id, Func<CancellationToken, Task<AnnualReport?>> load, string action, string? details, string done, Func<AnnualReport, Task> change,
        CancellationToken cancellationToken) =>
        changes.ApplyAsync($"report:{id}", load, async report =>
        {
            await change(report);
            return new Change(action, "Báo cáo năm", id.ToString(PortalSetup.Vietnamese), details, done);
        }, cancellationToken);
}
