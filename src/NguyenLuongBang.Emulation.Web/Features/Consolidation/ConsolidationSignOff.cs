using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Awards;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Consolidation;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Domain.Reports;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;
using NguyenLuongBang.Emulation.Web.Features.Reports;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Consolidation;

/// <summary>
/// The consolidated report's way to the city: the reviewer writes the assessment and submits it
/// for signature (trình ký); the chairman — or the vice-chairman signing for him — approves it,
/// and only then does it take its number and date and are its PDF and Word stored for good; or
/// sends it back with a comment. One method per user action, each one transaction; refusals are
/// <see cref="DomainException"/>s.
/// </summary>
public sealed class ConsolidationSignOff(AppDbContext db, ConsolidationQuery query, ReportingRules rules, DocumentNumbers numbers, DocumentIssuer issuer,
    Signatories signatories, AuditLog audit, TimeProvider clock)
{
    public async Task SaveAssessmentAsync(ReviewRound round, AssessmentForm form, Actor by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);

        // An area's text left as the portal drafted it on the page is not kept: the report goes on
        // following the data (also when reports were accepted between showing the page and saving).
        var areaTexts = form.Areas
            .Select(a => (a.Key, Clean(a.Value) is { } text && text != Clean(form.Drafts.GetValueOrDefault(a.Key)) ? text : null)).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockAsync($"consolidation:{round.Code}", cancellationToken);
        var report = await FindOrCreateAsync(round, by, cancellationToken);
        report.UpdateAssessment(Clean(form.Direction), Clean(form.Strengths), Clean(form.Limitations), Clean(form.TasksAhead), Clean(form.Recommendations), by, clock.GetUtcNow());
        if (areaTexts.Count > 0)
        {
            report.UpdateAreaTexts(areaTexts, by, clock.GetUtcNow());
        }

        var edited = areaTexts.Where(a => a.Item2 is not null).Select(a => a.Key).ToList();
        audit.Add("Sửa báo cáo tổng hợp", "Báo cáo tổng hợp", round.Code,
            areaTexts.Count == 0 ? null : edited.Count == 0 ? "Các nội dung theo bản hệ thống soạn" : $"Chuyên viên viết lại nội dung {string.Join(", ", edited.Select(n => $"({n})"))}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Trình ký: refused while the assessment still has placeholders; before the deadline, or with
    /// unit reports not yet accepted, only with a written reason (kept in the history and the audit).
    /// </summary>
    public Task SubmitForSignatureAsync(ReviewRound round, string? reason, Actor by, CancellationToken cancellationToken) =>
        SubmitForSignatureAsync(round, reason, by,
            async ct => (await query.LoadAsync(round, ct)).Units.Count(u => u.Status != StatusText.Of(ReportStatus.Accepted)), cancellationToken);

    /// <summary>Trình ký of the report of the scope's own row (a commune's, or the city's), counting what is not accepted its own way.</summary>
    /// <param name="notAccepted">The unit reports of the round not yet accepted, as the report counts them.</param>
    public async Task SubmitForSignatureAsync(ReviewRound round, string? reason, Actor by, Func<CancellationToken, Task<int>> notAccepted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notAccepted);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockAsync($"consolidation:{round.Code}", cancellationToken);
        var report = await FindOrCreateAsync(round, by, cancellationToken);
        var deadline = await rules.DeadlineAsync(round.Years[^1]);
        report.SubmitForSignature(by, clock.GetUtcNow(), clock.GetUtcNow() <= deadline, await notAccepted(cancellationToken), Clean(reason));
        audit.Add("Trình ký báo cáo tổng hợp", "Báo cáo tổng hợp", round.Code,
            string.IsNullOrWhiteSpace(reason) ? null : $"Lý do: {Clean(reason)}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task SendBackAsync(ReviewRound round, string? comment, Actor by, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockAsync($"consolidation:{round.Code}", cancellationToken);
        var report = await FindAsync(round, cancellationToken);
        report.SendBack(by, clock.GetUtcNow(), Clean(comment));
        audit.Add("Trả lại báo cáo tổng hợp", "Báo cáo tổng hợp", round.Code, Clean(comment));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Approves and signs: the register number and today's date, the document rendered with them
    /// and stored, once. The report refuses first if it is not waiting for signature (a second
    /// click, or twenty): before a number is taken and anything rendered, so a refusal holds the
    /// write lock for a moment only and duplicates queued behind the one approval do not each
    /// render the PDF and Word while the others wait. The transaction then ends unsaved.
    /// </summary>
    public Task<IssuedDocument> ApproveAsync(ReviewRound round, Actor by, CancellationToken cancellationToken) =>
        ApproveAsync(round, by, new ReportIssue(DocumentNumbers.CommuneCommittee, $"Báo cáo kết quả Phong trào thi đua {round.Period}", "bao-cao",
            ct => signatories.CommitteeAsync(by, ct),
            async (numbered, signer, ct) => ConsolidatedReportDocument.Compose(await query.LoadAsync(round, signer, numbered, ct))), cancellationToken);

    /// <summary>Approves and signs the report of the scope's own row, numbered in <paramref name="terms"/>' register and drawn by its composer.</summary>
    public async Task<IssuedDocument> ApproveAsync(ReviewRound round, Actor by, ReportIssue terms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(terms);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockAsync($"consolidation:{round.Code}", cancellationToken);
        var report = await FindAsync(round, cancellationToken);
        report.CheckApproval(by);
        // Signed by the person approving, in the office they hold; dated today.
        var signer = await terms.Signer(cancellationToken);
        var today = VietnamTime.Today(clock);
        var number = await numbers.TakeAsync(terms.Issuer, "BC", terms.Title, today, by, cancellationToken);
        var document = await terms.Compose((number.Number, today), signer, cancellationToken);
        var issued = issuer.Issue(IssuedDocumentKind.ConsolidatedReport, number, document, $"{terms.FilePrefix}-{number.Sequence:00}-{today.Year}", by);
        report.Approve(issued, by, clock.GetUtcNow());
        audit.Add("Ký ban hành báo cáo tổng hợp", "Báo cáo tổng hợp", round.Code, $"{number.Number}, người ký {issued.SignerName}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return issued;
    }

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

/// <summary>How a consolidated report is issued: the register it is numbered in, its register title, its file name, and the document drawn with its number and date.</summary>
public sealed record ReportIssue(string Issuer, string Title, string FilePrefix, Func<CancellationToken, Task<Signatory>> Signer,
    Func<(string Number, DateOnly Date), Signatory, CancellationToken, Task<Documents.OfficialDocument>> Compose);
