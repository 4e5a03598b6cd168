using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Consolidation;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Web.Documents;

namespace NguyenLuongBang.Emulation.Web.Features.Consolidation;

/// <summary>
/// Whose consolidated report is signed off: a commune's (to the city) or the city's own (across
/// communes). The sign-off itself — the assessment, trình ký, trả lại, ký ban hành, the stored
/// files — is one and the same (<see cref="ConsolidationSignOff"/>, <see cref="ReportSignOffController{TData}"/>);
/// a scope only says what differs: the register, the composer, who may sign, the routes, the words.
/// </summary>
public interface IReportScope
{
    /// <summary>The register the issued report is numbered in (<see cref="Documents.DocumentNumbers"/>).</summary>
    string Register { get; }

    /// <summary>The report's line in the register.</summary>
    string RegisterTitle(ReviewRound round);

    /// <summary>The start of the stored files' names, e.g. "bao-cao".</summary>
    string FilePrefix { get; }

    /// <summary>The name of a draft downloaded before issue.</summary>
    string DraftFileName(ReviewRound round, string extension);

    /// <summary>The policy (<see cref="Identity.Policies"/>) of who writes the assessment and submits it for signature.</summary>
    string SubmitPolicy { get; }

    /// <summary>The policy of who signs it or sends it back.</summary>
    string SignPolicy { get; }

    /// <summary>What the page calls the report's people and says when a step is done.</summary>
    SignOffWording Wording { get; }

    /// <summary>The person approving, in the office they hold for this report; refused when they hold none.</summary>
    Task<Signatory> SignerAsync(Actor by, CancellationToken cancellationToken);

    /// <summary>What the signing form tells the signed-in person they would sign as.</summary>
    Task<string> SignsAsAsync(Actor by, CancellationToken cancellationToken);

    /// <summary>The report drawn from today's data: a draft without <paramref name="issue"/>, or with its number, date and signer when issued.</summary>
    Task<OfficialDocument> ComposeAsync(ReviewRound round, Signatory? signer, (string Number, DateOnly Date)? issue, CancellationToken cancellationToken);

    /// <summary>The unit reports of the round not yet accepted, as the report counts them: submitting then needs a reason.</summary>
    Task<int> NotAcceptedAsync(ReviewRound round, CancellationToken cancellationToken);
}

/// <summary>A report scope with the figures its page shows beside the assessment.</summary>
/// <typeparam name="TData">The report's data (<see cref="ConsolidationData"/>, or the city's).</typeparam>
public interface IReportScope<TData> : IReportScope
{
    Task<TData> LoadAsync(ReviewRound round, CancellationToken cancellationToken);

    /// <summary>The unit reports in <paramref name="data"/> not yet accepted.</summary>
    int NotAccepted(TData data);

    /// <summary>The area syntheses the assessment starts from (a year's commune report; none for the city's).</summary>
    Dictionary<int, string?> AreaTexts(TData data, ReviewRound round);

    /// <summary>The route values of the report's page (its <c>Index</c> action) for <paramref name="round"/>.</summary>
    object RouteValues(ReviewRound round);

    /// <summary>The report's page, relative to the site ("Consolidation/2026"): its sign-off forms post below it.</summary>
    string PagePath(ReviewRound round);
}

/// <summary>The words of a sign-off that differ between a commune (Chủ tịch UBND) and the city (Trưởng Ban Thi đua - Khen thưởng).</summary>
/// <param name="SubmitHeading">"Trình Chủ tịch ký".</param>
/// <param name="SubmitNote">Who gives the report its number and date.</param>
/// <param name="NotAcceptedNote">"Còn {0} … chưa được tiếp nhận: ", with the count.</param>
/// <param name="AwaitingSigner">Shown to who may not sign while the report waits.</param>
/// <param name="AwaitingOtherSigner">Shown to a signer who submitted it: another signs.</param>
/// <param name="ReturnButton">The button that sends it back.</param>
/// <param name="AwaitingStatus">The history's name for "waiting for signature".</param>
public sealed record SignOffWording(
    string SubmitHeading,
    string SubmitNote,
    string NotAcceptedNote,
    string AwaitingSigner,
    string AwaitingOtherSigner,
    string ReturnButton,
    string AwaitingStatus,
    string Saved,
    string Submitted,
    string SentBack)
{
    /// <summary>A status as the report's history names it.</summary>
    public string StatusName(ConsolidatedReportStatus status) =>
        status == ConsolidatedReportStatus.AwaitingSignature ? AwaitingStatus : StatusText.Of(status);
}
