using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Consolidation;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;
using NguyenLuongBang.Emulation.Web.Features.Reports;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Consolidation;

/// <summary>
/// The consolidated report's way to whom it goes, a commune's or the city's (<see cref="IReportScope"/>):
/// the reviewer writes the assessment and submits it for signature (trình ký); the chairman — or
/// the vice-chairman signing for him — approves it, and only then does it take its number and date
/// and are its PDF and Word stored for good; or sends it back with a comment. One method per user
/// action, each one unit of work through <see cref="RecordChanges.RunAsync"/> under the report's
/// lock; each answers a <see cref="ChangeOutcome"/> (a refusal is one, with its reason).
/// </summary>
public sealed class ConsolidationSignOff(AppDbContext db, RecordChanges changes, ReportingRules rules, DocumentNumbers numbers, DocumentIssuer issuer, TimeProvider clock)
{
    private const string Entity = "Báo cáo tổng hợp";

    public Task<ChangeOutcome> SaveAssessmentAsync(IReportScope scope, ReviewRound round, AssessmentForm form, Actor by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(form);

        // An area's text left as the portal drafted it on the page is not kept: the report goes on
        // following the data (also when reports were accepted between showing the page and saving).
        var areaTexts = form.Areas
            .Select(a => (a.Key, Clean(a.Value) is { } text && text != Clean(form.Drafts.GetValueOrDefault(a.Key)) ? text : null)).ToList();
        return changes.RunAsync(LockKey(round), async ct =>
        {
            var report = await FindOrCreateAsync(round, by, ct);
            report.UpdateAssessment(Clean(form.Direction), Clean(form.Strengths), Clean(form.Limitations), Clean(form.TasksAhead), Clean(form.Recommendations), by, clock.GetUtcNow());
            if (areaTexts.Count > 0)
            {
                report.UpdateAreaTexts(areaTexts, by, clock.GetUtcNow());
            }

            var edited = areaTexts.Where(a => a.Item2 is not null).Select(a => a.Key).ToList();
            return new Change("Sửa báo cáo tổng hợp", Entity, round.Code,
                areaTexts.Count == 0 ? null : edited.Count == 0 ? "Các nội dung theo bản hệ thống soạn" : $"Chuyên viên viết lại nội dung {string.Join(", ", edited.Select(n => $"({n})"))}",
                scope.Wording.Saved);
        }, cancellationToken);
    }

    /// <summary>
    /// Trình ký: refused while the assessment still has placeholders; before the deadline, or with
    /// unit reports not yet accepted (as the scope counts them), only with a written reason (kept in
    /// the history and the audit).
    /// </summary>
    public Task<ChangeOutcome> SubmitForSignatureAsync(IReportScope scope, ReviewRound round, string? reason, Actor by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return changes.RunAsync(LockKey(round), async ct =>
        {
            var report = await FindOrCreateAsync(round, by, ct);
            var deadline = await rules.DeadlineAsync(round.Years[^1]);
            report.SubmitForSignature(by, clock.GetUtcNow(), clock.GetUtcNow() <= deadline, await scope.NotAcceptedAsync(round, ct), Clean(reason));
            return new Change("Trình ký báo cáo tổng hợp", Entity, round.Code, string.IsNullOrWhiteSpace(reason) ? null : $"Lý do: {Clean(reason)}", scope.Wording.Submitted);
        }, cancellationToken);
    }

    public Task<ChangeOutcome> ReturnAsync(IReportScope scope, ReviewRound round, string? comment, Actor by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return changes.RunAsync(LockKey(round), async ct =>
        {
            var report = await FindAsync(round, ct);
            report.Return(by, clock.GetUtcNow(), Clean(comment));
            return new Change("Trả lại báo cáo tổng hợp", Entity, round.Code, Clean(comment), scope.Wording.SentBack);
        }, cancellationToken);
    }

    /// <summary>
    /// Approves and signs: the number in the scope's register and today's date, the document its
    /// composer draws with them, stored once. The report refuses first if it is not waiting for
    /// signature (a second click, or twenty): before a number is taken and anything rendered, so a
    /// refusal holds the write lock for a moment only and duplicates queued behind the one approval
    /// do not each render the PDF and Word while the others wait. The transaction then ends unsaved.
    /// </summary>
    public Task<ChangeOutcome> SignAsync(IReportScope scope, ReviewRound round, Actor by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return changes.RunAsync(LockKey(round), async ct =>
        {
            var report = await FindAsync(round, ct);
            report.CheckApproval(by);
            // Signed by the person approving, in the office they hold; dated today.
            var signer = await scope.SignerAsync(by, ct);
            var today = VietnamTime.Today(clock);
            var number = await numbers.TakeAsync(scope.Register, "BC", scope.RegisterTitle(round), today, by, ct);
            var document = await scope.ComposeAsync(round, signer, (number.Number, today), ct);
            var issued = issuer.Issue(IssuedDocumentKind.ConsolidatedReport, number, document, $"{scope.FilePrefix}-{number.Sequence:00}-{today.Year}", by);
            report.Sign(issued, by, clock.GetUtcNow());
            return new Change("Ký ban hành báo cáo tổng hợp", Entity, round.Code, $"{number.Number}, người ký {issued.SignerName}", $"Đã ký ban hành báo cáo số {issued.Number}.");
        }, cancellationToken);
    }

    /// <summary>The round's lock: the steps on one report wait for each other.</summary>
    private static string LockKey(ReviewRound round) => $"consolidation:{round.Code}";

    /// <summary>The report with its history: who sent it for signature is what stops that person signing it.</summary>
    private async Task<ConsolidatedReport> FindAsync(ReviewRound round, CancellationToken cancellationToken) =>
        await db.ConsolidatedReports.Include(r => r.History).SingleOrDefaultAsync(r => r.RoundKind == round.Kind && r.RoundYear == round.Year, cancellationToken)
        ?? throw new DomainException("Báo cáo tổng hợp chưa được trình ký.");

    private async Task<ConsolidatedReport> FindOrCreateAsync(ReviewRound round, Actor by, CancellationToken cancellationToken)
    {
        var report = await db.ConsolidatedReports.Include(r => r.History).Include(r => r.AreaTexts).SingleOrDefaultAsync(r => r.RoundKind == round.Kind && r.RoundYear == round.Year, cancellationToken);
        if (report is null)
        {
            report = new ConsolidatedReport(round, by, clock.GetUtcNow());
            db.ConsolidatedReports.Add(report);
        }

        return report;
    }

    private static string? Clean(string? text) => ReportEditor.Clean(text);
}
