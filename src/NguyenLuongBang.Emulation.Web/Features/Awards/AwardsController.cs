using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NguyenLuongBang.Emulation.Domain.Awards;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Awards;

/// <summary>
/// The award dossier of a round: Phòng VH-XH's tờ trình to the chairman; the chairman's award
/// decision (register number, signer, amounts) and its certificates; corrections as new
/// decisions; the tờ trình proposing Bằng khen to the city. Decisions are never changed or deleted.
/// </summary>
[Authorize(Policy = Policies.ReadAllReports)]
[Route("Awards/{round:round}")]
public sealed class AwardsController(AwardQueries queries, AwardSigning signing, IssuedFiles files) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(ReviewRound round, CancellationToken cancellationToken) =>
        View(await queries.LoadAsync(round, User.ToActor().UserId, User.IsInRole(Roles.Reviewer), User.IsInRole(Roles.Chairman), cancellationToken));

    /// <summary>Phòng VH-XH issues its tờ trình to the chairman with the nominees the council passed.</summary>
    [Authorize(Policy = Policies.Review)]
    [HttpPost("Proposal")]
    public async Task<IActionResult> IssueSubmission(ReviewRound round, CancellationToken cancellationToken) =>
        BackToRound(round, await signing.IssueOfficeSubmissionAsync(round, User.ToActor(), cancellationToken));

    /// <summary>The chairman sends the approved Bằng khen proposals of the round to the city.</summary>
    [Authorize(Policy = Policies.Approve)]
    [HttpPost("CityProposal")]
    public async Task<IActionResult> IssueCitySubmission(ReviewRound round, CancellationToken cancellationToken) =>
        BackToRound(round, await signing.IssueCitySubmissionAsync(round, User.ToActor(), cancellationToken));

    /// <summary>
    /// The latest issued tờ trình as stored; while none is issued, or with <paramref name="draft"/>,
    /// the draft of what the next one would list (marked DỰ THẢO).
    /// </summary>
    [HttpGet("Proposal.pdf")]
    public async Task<IActionResult> SubmissionPdf(ReviewRound round, SubmissionTarget target, bool draft, CancellationToken cancellationToken)
    {
        var latest = draft ? null : await queries.LatestSubmissionDocumentAsync(round, target, cancellationToken);
        if (latest is not null)
        {
            return await files.DownloadAsync(latest, IssuedFileFormat.Pdf, cancellationToken);
        }

        var name = target == SubmissionTarget.City ? "to-trinh-thanh-pho" : "to-trinh";
        return File(PdfRenderer.Render(AwardDocuments.Submission(await queries.SubmissionAsync(round, target, cancellationToken))), DocumentIssuer.PdfType, $"{name}-du-thao-{round.Code}.pdf");
    }

    /// <summary>One issued tờ trình of the round, as stored.</summary>
    [HttpGet("Proposal/{id:int}.pdf")]
    public Task<IActionResult> IssuedSubmissionPdf(ReviewRound round, int id, CancellationToken cancellationToken) =>
        IssuedSubmissionAsync(round, id, IssuedFileFormat.Pdf, cancellationToken);

    /// <summary>One issued tờ trình of the round, its Word file as stored.</summary>
    [HttpGet("Proposal/{id:int}.docx")]
    public Task<IActionResult> IssuedSubmissionWord(ReviewRound round, int id, CancellationToken cancellationToken) =>
        IssuedSubmissionAsync(round, id, IssuedFileFormat.Word, cancellationToken);

    private async Task<IActionResult> IssuedSubmissionAsync(ReviewRound round, int id, IssuedFileFormat format, CancellationToken cancellationToken) =>
        await files.DownloadAsync(await queries.SubmissionDocumentAsync(round, id, cancellationToken), format, cancellationToken);

    /// <summary>The chairman signs the decision for every approved nominee of the round not yet in one.</summary>
    [Authorize(Policy = Policies.Approve)]
    [HttpPost("Decision")]
    /// <param name="number">The number the commune's document system gave, when the văn thư entered one; else the register's next.</param>
    public async Task<IActionResult> IssueDecision(ReviewRound round, string? number, CancellationToken cancellationToken) =>
        BackToRound(round, await signing.SignDecisionAsync(round, number, User.ToActor(), cancellationToken));

    /// <summary>
    /// What "Ký và ban hành quyết định" would issue now, as a draft PDF marked DỰ THẢO with the number
    /// blank: the chairman reads it before signing. Takes no number and stores nothing.
    /// </summary>
    [Authorize(Policy = Policies.Approve)]
    [HttpGet("Decision/Preview.pdf")]
    public async Task<IActionResult> DecisionPreview(ReviewRound round, CancellationToken cancellationToken)
    {
        var (draft, refusal) = await signing.PreviewDecisionAsync(round, User.ToActor(), cancellationToken);
        if (draft is null)
        {
            TempData["Error"] = refusal;
            return RedirectToAction(nameof(Index), new { round = round.Code });
        }

        return File(PdfRenderer.Render(draft), DocumentIssuer.PdfType, $"quyet-dinh-du-thao-{round.Code}.pdf");
    }

    /// <summary>A correction is a new decision for the lines kept (names and positions as corrected) naming the old one.</summary>
    [Authorize(Policy = Policies.Approve)]
    [HttpPost("Decision/{id:int}/Correct")]
    public async Task<IActionResult> Correct(ReviewRound round, int id, string? reason,
        List<int> keep, Dictionary<int, string>? names, Dictionary<int, string>? positions, CancellationToken cancellationToken)
    {
        var kept = keep.Distinct().Select(lineId => new CorrectedLine(lineId, names?.GetValueOrDefault(lineId), positions?.GetValueOrDefault(lineId))).ToList();
        return BackToRound(round, await signing.CorrectAsync(round, id, reason, kept, User.ToActor(), cancellationToken));
    }

    [HttpGet("Decision/{id:int}.pdf")]
    public Task<IActionResult> DecisionPdf(ReviewRound round, int id, CancellationToken cancellationToken) =>
        DecisionFileAsync(round, id, IssuedFileFormat.Pdf, cancellationToken);

    [HttpGet("Decision/{id:int}.docx")]
    public Task<IActionResult> DecisionWord(ReviewRound round, int id, CancellationToken cancellationToken) =>
        DecisionFileAsync(round, id, IssuedFileFormat.Word, cancellationToken);

    /// <summary>All certificates of a decision in one file for printing (stored at signing), or one awardee's own.</summary>
    [HttpGet("Decision/{id:int}/Certificates.pdf")]
    public async Task<IActionResult> Certificates(ReviewRound round, int id, int? line, CancellationToken cancellationToken)
    {
        if (line is null)
        {
            return await DecisionFileAsync(round, id, IssuedFileFormat.PrintSet, cancellationToken);
        }

        return await files.DownloadAsync(await queries.CertificateDocumentAsync(round, id, line.Value, cancellationToken), IssuedFileFormat.Pdf, cancellationToken);
    }

    /// <summary>
    /// For pre-printed blanks: the certificates' variable fields, as frozen at signing, at the
    /// positions the administrator set. A print aid; the stored certificate stays the record.
    /// </summary>
    [HttpGet("Decision/{id:int}/Blanks.pdf")]
    public async Task<IActionResult> Blanks(ReviewRound round, int id, int? line, [FromServices] PortalSettings settings, CancellationToken cancellationToken)
    {
        var certificates = await queries.CertificatesAsync(round, id, line, cancellationToken);
        if (certificates.Count == 0)
        {
            return NotFound();
        }

        return File(PdfRenderer.RenderCertificateBlanks(certificates, await settings.BlankLayoutAsync()), DocumentIssuer.PdfType, $"giay-khen-in-phoi-{round.Code}.pdf");
    }

    private async Task<IActionResult> DecisionFileAsync(ReviewRound round, int id, IssuedFileFormat format, CancellationToken cancellationToken) =>
        await files.DownloadAsync(await queries.DecisionDocumentAsync(round, id, cancellationToken), format, cancellationToken);

    /// <summary>An issuing step's message or refusal (404 when its record is not the round's), back to the round's page.</summary>
    private IActionResult BackToRound(ReviewRound round, ChangeOutcome outcome) => this.Answer(outcome, RedirectToAction(nameof(Index), new { round = round.Code }));
}
