using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Awards;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Web.Data;
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
public sealed class AwardsController(AppDbContext db, AwardQueries queries, AwardSigning signing, IssuedFiles files) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(ReviewRound round, CancellationToken cancellationToken) =>
        View(await queries.LoadAsync(round, User.ToActor().UserId, cancellationToken));

    /// <summary>Phòng VH-XH issues its tờ trình to the chairman with the nominees the council passed.</summary>
    [Authorize(Policy = Policies.Review)]
    [HttpPost("Proposal")]
    public Task<IActionResult> IssueSubmission(ReviewRound round, CancellationToken cancellationToken) =>
        DoAsync(round, async () =>
        {
            var submission = await signing.IssueOfficeSubmissionAsync(round, User.ToActor(), cancellationToken);
            return $"Đã ban hành Tờ trình số {submission.Number} ({submission.NomineeCount} đề nghị).";
        });

    /// <summary>The chairman sends the approved Bằng khen proposals of the round to the city.</summary>
    [Authorize(Policy = Policies.Approve)]
    [HttpPost("CityProposal")]
    public Task<IActionResult> IssueCitySubmission(ReviewRound round, CancellationToken cancellationToken) =>
        DoAsync(round, async () =>
        {
            var submission = await signing.IssueCitySubmissionAsync(round, User.ToActor(), cancellationToken);
            return $"Đã ban hành Tờ trình số {submission.Number} ({submission.NomineeCount} đề nghị).";
        });

    /// <summary>
    /// The latest issued tờ trình as stored; while none is issued, or with <paramref name="draft"/>,
    /// the draft of what the next one would list (marked DỰ THẢO).
    /// </summary>
    [HttpGet("Proposal.pdf")]
    public async Task<IActionResult> SubmissionPdf(ReviewRound round, SubmissionTarget target, bool draft, CancellationToken cancellationToken)
    {
        var latest = draft ? null : await db.Submissions.AsNoTracking()
            .Where(s => s.RoundKind == round.Kind && s.RoundYear == round.Year && s.Target == target)
            .OrderByDescending(s => s.Id).Select(s => s.DocumentId).FirstOrDefaultAsync(cancellationToken);
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
        await files.DownloadAsync(await db.Submissions.AsNoTracking().Where(s => s.Id == id && s.RoundKind == round.Kind && s.RoundYear == round.Year)
            .Select(s => s.DocumentId).FirstOrDefaultAsync(cancellationToken), format, cancellationToken);

    /// <summary>The chairman signs the decision for every approved nominee of the round not yet in one.</summary>
    [Authorize(Policy = Policies.Approve)]
    [HttpPost("Decision")]
    /// <param name="number">The number the commune's document system gave, when the văn thư entered one; else the register's next.</param>
    public Task<IActionResult> IssueDecision(ReviewRound round, string? number, CancellationToken cancellationToken) =>
        DoAsync(round, async () =>
        {
            var decision = await signing.SignDecisionAsync(round, RegisterNumberField.Parse(number), User.ToActor(), cancellationToken);
            return $"Đã ban hành Quyết định số {decision.Number} ({decision.Lines.Count} Giấy khen).";
        });

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
        try
        {
            var decision = await signing.CorrectAsync(round, id, reason, kept, User.ToActor(), cancellationToken);
            if (decision is null)
            {
                return NotFound();
            }

            TempData["Message"] = $"Đã ban hành Quyết định số {decision.Number} ({decision.Lines.Count} Giấy khen).";
        }
        catch (DomainException refused)
        {
            TempData["Error"] = refused.Message;
        }

        return RedirectToAction(nameof(Index), new { round = round.Code });
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

        var documentId = await DecisionLines(round, id).Where(l => l.Id == line).Select(l => l.CertificateDocumentId).FirstOrDefaultAsync(cancellationToken);
        return await files.DownloadAsync(documentId, IssuedFileFormat.Pdf, cancellationToken);
    }

    /// <summary>
    /// For pre-printed blanks: the certificates' variable fields, as frozen at signing, at the
    /// positions the administrator set. A print aid; the stored certificate stays the record.
    /// </summary>
    [HttpGet("Decision/{id:int}/Blanks.pdf")]
    public async Task<IActionResult> Blanks(ReviewRound round, int id, int? line, [FromServices] PortalSettings settings, CancellationToken cancellationToken)
    {
        var models = await DecisionLines(round, id).Where(l => (line == null || l.Id == line) && l.CertificateDocument != null).OrderBy(l => l.CertificateNumber)
            .Select(l => l.CertificateDocument!.Model).ToListAsync(cancellationToken);
        if (models.Count == 0)
        {
            return NotFound();
        }

        var certificates = models.Select(m => DocumentIssuer.ReadCertificate(m)!).ToList();
        return File(PdfRenderer.RenderCertificateBlanks(certificates, await settings.BlankLayoutAsync()), DocumentIssuer.PdfType, $"giay-khen-in-phoi-{round.Code}.pdf");
    }

    private IQueryable<AwardLine> DecisionLines(ReviewRound round, int id) =>
        db.AwardDecisions.AsNoTracking().Where(d => d.Id == id && d.RoundKind == round.Kind && d.RoundYear == round.Year).SelectMany(d => d.Lines);

    private async Task<IActionResult> DecisionFileAsync(ReviewRound round, int id, IssuedFileFormat format, CancellationToken cancellationToken)
    {
        var documentId = await db.AwardDecisions.AsNoTracking().Where(d => d.Id == id && d.RoundKind == round.Kind && d.RoundYear == round.Year)
            .Select(d => d.DocumentId).FirstOrDefaultAsync(cancellationToken);
        return await files.DownloadAsync(documentId, format, cancellationToken);
    }

    /// <summary>Runs one issuing step: its message on success, the entity's refusal otherwise; back to the round's page either way.</summary>
    private async Task<IActionResult> DoAsync(ReviewRound round, Func<Task<string>> step)
    {
        try
        {
            TempData["Message"] = await step();
        }
        catch (DomainException refused)
        {
            TempData["Error"] = refused.Message;
        }

        return RedirectToAction(nameof(Index), new { round = round.Code });
    }
}
