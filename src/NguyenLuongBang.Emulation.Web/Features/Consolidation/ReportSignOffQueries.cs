using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Consolidation;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Identity;

namespace NguyenLuongBang.Emulation.Web.Features.Consolidation;

/// <summary>A consolidated report's page, a commune's or the city's: its sign-off, the assessment being written, and the figures it will print.</summary>
public sealed record ReportPage<TData>(ReviewRound Round, SignOffPanel SignOff, AssessmentForm Form, TData Data);

/// <summary>
/// What the sign-off part of a report's page shows (the shared partial <c>_ReportSignOff</c>): the
/// report's state and history, and what the signed-in person may do with it, decided here from the
/// report's own rules and the scope's policies so that the view holds no rule.
/// </summary>
/// <param name="Path">The report's page, relative to the site: the sign-off forms post below it.</param>
/// <param name="MissingParts">Assessment parts still empty: submitting for signature is refused while any remain.</param>
/// <param name="NotAccepted">Unit reports of the round not accepted: submitting then needs a reason.</param>
/// <param name="SentBackComment">The signer's comment when the report was sent back and is being corrected; null otherwise.</param>
/// <param name="SignsAs">What the signing form tells the signed-in person they sign as.</param>
public sealed record SignOffPanel(string Path, ConsolidatedReportStatus Status, string? Number, DateOnly? IssuedOn, IReadOnlyList<string> MissingParts, int NotAccepted,
    string? SentBackComment, IReadOnlyList<ConsolidatedReportStatusChange> History, SignOffWording Wording, string SignsAs)
{
    /// <summary>The report may be edited (its own rule; true before one exists) and the signed-in person may write and submit it.</summary>
    public bool CanSubmit { get; init; }

    /// <summary>The report waits for signature (its own rule).</summary>
    public bool AwaitingSignature { get; init; }

    /// <summary>The signed-in person may sign reports of this scope or send them back.</summary>
    public bool MaySign { get; init; }

    /// <summary>The signed-in person sent it for signature: another signer signs it.</summary>
    public bool SubmittedByMe { get; init; }

    /// <summary>The signing and send-back forms are offered.</summary>
    public bool CanSign => AwaitingSignature && MaySign && !SubmittedByMe;
}

/// <summary>The reads of a report's sign-off: its page and its issued document.</summary>
public sealed class ReportSignOffQueries(AppDbContext db, IAuthorizationService authorization)
{
    public async Task<ReportPage<TData>> PageAsync<TData>(IReportScope<TData> scope, ReviewRound round, AssessmentForm? typed, ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var stored = await Reports(round).Include(r => r.History).SingleOrDefaultAsync(cancellationToken);
        var data = await scope.LoadAsync(round, cancellationToken);
        var form = typed ?? new AssessmentForm
        {
            Direction = stored?.Direction, Strengths = stored?.Strengths, Limitations = stored?.Limitations, TasksAhead = stored?.TasksAhead, Recommendations = stored?.Recommendations,
            Areas = scope.AreaTexts(data, round),
        };
        var history = stored?.History.OrderBy(h => h.At).ToList() ?? [];
        var lastReturn = history.LastOrDefault(h => h.From == ConsolidatedReportStatus.AwaitingSignature && h.To == ConsolidatedReportStatus.Draft);
        var submittedBy = history.LastOrDefault(h => h.To == ConsolidatedReportStatus.AwaitingSignature)?.ActorUserId;
        var me = user.ToActor();
        var maySign = (await authorization.AuthorizeAsync(user, scope.SignPolicy)).Succeeded;
        var awaiting = stored?.CanSign ?? false;
        var panel = new SignOffPanel(scope.PagePath(round), stored?.Status ?? ConsolidatedReportStatus.Draft, stored?.Number, stored?.IssuedOn,
            stored?.MissingParts() ?? new ConsolidatedReport(round, Actor.System, default).MissingParts(), scope.NotAccepted(data), stored?.CanEdit == true ? lastReturn?.Comment : null, history, scope.Wording,
            maySign && awaiting ? await scope.SignsAsAsync(me, cancellationToken) : string.Empty)
        {
            CanSubmit = (stored?.CanEdit ?? true) && (await authorization.AuthorizeAsync(user, scope.SubmitPolicy)).Succeeded,
            AwaitingSignature = awaiting,
            MaySign = maySign,
            SubmittedByMe = awaiting && submittedBy == me.UserId,
        };
        return new ReportPage<TData>(round, panel, form, data);
    }

    /// <summary>The issued document of the round's report, if it is issued: its stored files are what is downloaded.</summary>
    public Task<int?> IssuedDocumentAsync(ReviewRound round, CancellationToken cancellationToken) =>
        Reports(round).Where(r => r.Status == ConsolidatedReportStatus.Issued).Select(r => r.DocumentId).FirstOrDefaultAsync(cancellationToken);

    private IQueryable<ConsolidatedReport> Reports(ReviewRound round) =>
        db.ConsolidatedReports.AsNoTracking().Where(r => r.RoundKind == round.Kind && r.RoundYear == round.Year);
}
