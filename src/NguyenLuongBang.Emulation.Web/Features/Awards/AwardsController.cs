using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Awards;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Nominations;
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
public sealed class AwardsController(AppDbContext db, AwardQueries queries, DocumentNumbers numbers, PortalSettings settings, Notifications.Notifier notifier, AuditLog audit, TimeProvider clock) : Controller
{
    private const string PdfType = "application/pdf";

    [HttpGet("")]
    public async Task<IActionResult> Index(ReviewRound round, CancellationToken cancellationToken) =>
        View(await queries.LoadAsync(round, User.ToActor().Name, cancellationToken));

    /// <summary>Phòng VH-XH issues its tờ trình to the chairman with the nominees the council passed.</summary>
    [Authorize(Policy = Policies.Review)]
    [HttpPost("Proposal")]
    public async Task<IActionResult> IssueProposal(ReviewRound round, CancellationToken cancellationToken)
    {
        var signer = await queries.HeadOfCultureAsync(User.ToActor().Name);
        var count = await queries.CouncilPassedCertificates(round).CountAsync(cancellationToken);
        return await IssueSubmissionAsync(round, SubmissionTarget.Chairman, signer, count, DocumentNumbers.CultureOffice, [], cancellationToken);
    }

    /// <summary>The chairman sends the approved Bằng khen proposals of the round to the city.</summary>
    [Authorize(Policy = Policies.Approve)]
    [HttpPost("CityProposal")]
    public async Task<IActionResult> IssueCityProposal(ReviewRound round, CancellationToken cancellationToken)
    {
        var signer = await queries.SignerAsync(SignerTitle.Chairman, User.ToActor().Name);
        var pending = await queries.RoundNominations(round)
            .Where(n => n.Status == NominationStatus.Approved && n.AwardForm == AwardForm.CityCertificateProposal && n.ForwardedToCityNumber == null)
            .ToListAsync(cancellationToken);
        return await IssueSubmissionAsync(round, SubmissionTarget.City, signer, pending.Count, DocumentNumbers.CommuneCommittee, pending, cancellationToken);
    }

    [HttpGet("Proposal.pdf")]
    public async Task<IActionResult> ProposalPdf(ReviewRound round, SubmissionTarget target, CancellationToken cancellationToken)
    {
        var signer = target == SubmissionTarget.City
            ? await queries.SignerAsync(SignerTitle.Chairman, User.ToActor().Name)
            : await queries.HeadOfCultureAsync(User.ToActor().Name);
        var data = await queries.ProposalAsync(round, target, signer, VietnamTime.Today(clock).Year, cancellationToken);
        var name = target == SubmissionTarget.City ? "to-trinh-thanh-pho" : "to-trinh";
        return File(PdfRenderer.Render(AwardDocuments.Proposal(data)), PdfType, $"{name}-{round.Code}.pdf");
    }

    /// <summary>The chairman signs the decision for every approved nominee of the round not yet in one.</summary>
    [Authorize(Policy = Policies.Approve)]
    [HttpPost("Decision")]
    public async Task<IActionResult> IssueDecision(ReviewRound round, DateOnly? signedOn, SignerTitle signer, CancellationToken cancellationToken)
    {
        var awarded = queries.AwardedNominationIds(round);
        var approved = await queries.RoundNominations(round)
            .Where(n => n.Status == NominationStatus.Approved && n.AwardForm == AwardForm.CommuneCertificate && !awarded.Contains(n.Id))
            .ToListAsync(cancellationToken);
        if (approved.Count == 0)
        {
            return Refuse(round, "Không có tập thể, cá nhân nào đã được phê duyệt mà chưa có quyết định khen thưởng.");
        }

        var units = await queries.UnitNamesAsync(approved.Select(n => n.UnitId), cancellationToken);
        var lines = approved.Select(n => (n.Id, n.NomineeKind, n.NomineeName, AwardQueries.PositionAndUnit(n, units), n.Achievement)).ToList();
        var proposal = await db.AwardSubmissions.AsNoTracking()
            .Where(s => s.RoundKind == round.Kind && s.RoundYear == round.Year && s.Target == SubmissionTarget.Chairman)
            .OrderByDescending(s => s.Id).Select(s => s.Number).FirstOrDefaultAsync(cancellationToken);
        return await SignAsync(round, signedOn, signer, lines, proposal, null, null, cancellationToken);
    }

    /// <summary>A correction is a new decision for the lines kept (names and positions as corrected) naming the old one.</summary>
    [Authorize(Policy = Policies.Approve)]
    [HttpPost("Decision/{id:int}/Correct")]
    public async Task<IActionResult> Correct(ReviewRound round, int id, DateOnly? signedOn, SignerTitle signer, string? reason,
        List<int> keep, Dictionary<int, string>? names, Dictionary<int, string>? positions, CancellationToken cancellationToken)
    {
        var old = await db.AwardDecisions.Include(d => d.Lines).SingleOrDefaultAsync(d => d.Id == id && d.RoundKind == round.Kind && d.RoundYear == round.Year, cancellationToken);
        if (old is null)
        {
            return NotFound();
        }

        var replacedBy = await db.AwardDecisions.Where(d => d.CorrectsDecisionId == id).Select(d => d.Number).FirstOrDefaultAsync(cancellationToken);
        if (replacedBy is not null)
        {
            return Refuse(round, $"Quyết định {old.Number} đã được thay thế bởi Quyết định {replacedBy}; hãy đính chính quyết định mới nhất.");
        }

        var lines = old.Lines.Where(l => keep.Contains(l.Id)).Select(l => (l.NominationId, l.NomineeKind,
            Text(names, l.Id) ?? l.NomineeName, Text(positions, l.Id) ?? l.PositionAndUnit, l.Achievement)).ToList();
        return await SignAsync(round, signedOn, signer, lines, old.ProposalNumber, old, reason, cancellationToken);
    }

    [HttpGet("Decision/{id:int}.pdf")]
    public Task<IActionResult> DecisionPdf(ReviewRound round, int id, CancellationToken cancellationToken) =>
        WithDecisionAsync(round, id, (decision, campaign) => File(PdfRenderer.Render(AwardDocuments.Decision(decision, campaign)), PdfType, FileName(decision, "quyet-dinh", "pdf")), cancellationToken);

    [HttpGet("Decision/{id:int}.docx")]
    public Task<IActionResult> DecisionWord(ReviewRound round, int id, CancellationToken cancellationToken) =>
        WithDecisionAsync(round, id, (decision, campaign) => File(WordRenderer.Render(AwardDocuments.Decision(decision, campaign)),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", FileName(decision, "quyet-dinh", "docx")), cancellationToken);

    /// <summary>All certificates of a decision in one file for printing, or one awardee's.</summary>
    [HttpGet("Decision/{id:int}/Certificates.pdf")]
    public Task<IActionResult> Certificates(ReviewRound round, int id, int? line, CancellationToken cancellationToken) =>
        WithDecisionAsync(round, id, (decision, campaign) =>
        {
            var certificates = AwardDocuments.Certificates(decision, campaign, line);
            return certificates.Count == 0
                ? NotFound()
                : File(PdfRenderer.RenderCertificates(certificates), PdfType, FileName(decision, line is null ? "giay-khen" : $"giay-khen-{line}", "pdf"));
        }, cancellationToken);

    private async Task<IActionResult> SignAsync(ReviewRound round, DateOnly? signedOn, SignerTitle signer,
        IReadOnlyList<(int NominationId, NomineeKind Kind, string Name, string? Position, string Achievement)> lines, string? proposal,
        AwardDecision? corrects, string? reason, CancellationToken cancellationToken)
    {
        var date = signedOn ?? VietnamTime.Today(clock);
        if (date > VietnamTime.Today(clock))
        {
            return Refuse(round, "Ngày ký không được sau ngày hôm nay.");
        }

        var signerName = await queries.SignerAsync(signer, User.ToActor().Name);
        var baseSalary = await settings.NumberAsync(PortalSettings.BaseSalaryKey);
        var individual = await settings.NumberAsync(PortalSettings.IndividualMultipleKey);
        var collective = await settings.NumberAsync(PortalSettings.CollectiveMultipleKey);
        var actor = User.ToActor();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            // Check the decision before taking numbers: a refused decision must not use up register lines.
            AwardDecision Decide(string number, Func<int, int> certificate) => new(
                new DecisionTerms(round, number, date, signerName, signer, baseSalary, proposal),
                lines.Select((l, i) => new AwardLine(l.NominationId, l.Kind, l.Name, l.Position, l.Achievement, l.Kind == NomineeKind.Collective ? collective : individual, certificate(i))),
                actor, clock.GetUtcNow(), corrects, reason);

            _ = Decide("?", i => i + 1);

            var title = corrects is null ? $"Quyết định tặng Giấy khen - {round.Title}" : $"Quyết định tặng Giấy khen - {round.Title} (thay thế QĐ {corrects.Number})";
            var number = await numbers.IssueAsync(DocumentNumbers.CommuneCommittee, "QĐ", title, date, actor, cancellationToken);
            var certificates = await numbers.IssueManyAsync(DocumentNumbers.CommuneCommittee, AwardDocuments.CertificateType, lines.Select(l => $"Giấy khen: {l.Name}").ToList(), date, actor, cancellationToken);
            var decision = Decide(number.Number, i => certificates[i].Sequence);
            db.AwardDecisions.Add(decision);
            await NotifyUnitsAsync(decision, cancellationToken);
            audit.Add(corrects is null ? "Ban hành quyết định khen thưởng" : "Ban hành quyết định thay thế", "Quyết định khen thưởng", decision.Number,
                $"{lines.Count} tập thể, cá nhân; tổng {VietnameseNumber.Format(decision.TotalAmount)} đồng" + (corrects is null ? string.Empty : $"; thay thế {corrects.Number}: {reason}"));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            TempData["Message"] = $"Đã ban hành Quyết định số {decision.Number} ({lines.Count} Giấy khen).";
            return RedirectToAction(nameof(Index), new { round = round.Code });
        }
        catch (DomainException refused)
        {
            await transaction.RollbackAsync(cancellationToken);
            return Refuse(round, refused.Message);
        }
    }

    /// <summary>Each unit with an awardee hears of it (bell and e-mail), with a link to the public honour board.</summary>
    private async Task NotifyUnitsAsync(AwardDecision decision, CancellationToken cancellationToken)
    {
        var nominationIds = decision.Lines.Select(l => l.NominationId).ToList();
        var unitOf = await db.Nominations.AsNoTracking().Where(n => nominationIds.Contains(n.Id) && n.UnitId != null)
            .ToDictionaryAsync(n => n.Id, n => n.UnitId!.Value, cancellationToken);
        var notes = decision.Lines.Where(l => unitOf.ContainsKey(l.NominationId)).GroupBy(l => unitOf[l.NominationId])
            .Select(g => (g.Key, $"Chủ tịch UBND xã đã ký Quyết định số {decision.Number} ngày {decision.SignedOn:dd/MM/yyyy} tặng Giấy khen cho: {string.Join(", ", g.Select(l => l.NomineeName))}."))
            .ToList();
        await notifier.NotifyUnitsAsync(notes, "/Vinh-danh", cancellationToken: cancellationToken);
    }

    private async Task<IActionResult> IssueSubmissionAsync(ReviewRound round, SubmissionTarget target, string signer, int count, string issuer,
        IReadOnlyList<Nomination> forwarded, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        var actor = User.ToActor();
        try
        {
            _ = new AwardSubmission(round, target, "?", today, signer, count, actor, clock.GetUtcNow());
        }
        catch (DomainException refused)
        {
            return Refuse(round, refused.Message);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var title = target == SubmissionTarget.City
            ? $"Tờ trình đề nghị tặng Bằng khen của Chủ tịch UBND thành phố - {round.Title}"
            : $"Tờ trình đề nghị tặng Giấy khen của Chủ tịch UBND xã - {round.Title}";
        var number = await numbers.IssueAsync(issuer, "TTr", title, today, actor, cancellationToken);
        var submission = new AwardSubmission(round, target, number.Number, today, signer, count, actor, clock.GetUtcNow());
        db.AwardSubmissions.Add(submission);
        foreach (var nomination in forwarded)
        {
            nomination.ForwardToCity(number.Number, today, actor, clock.GetUtcNow());
        }

        audit.Add("Ban hành tờ trình", "Tờ trình khen thưởng", number.Number, $"{count} đề nghị — {round.Title}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        TempData["Message"] = $"Đã ban hành Tờ trình số {number.Number} ({count} đề nghị).";
        return RedirectToAction(nameof(Index), new { round = round.Code });
    }

    private async Task<IActionResult> WithDecisionAsync(ReviewRound round, int id, Func<AwardDecision, string, IActionResult> render, CancellationToken cancellationToken)
    {
        var decision = await db.AwardDecisions.AsNoTracking().Include(d => d.Lines)
            .SingleOrDefaultAsync(d => d.Id == id && d.RoundKind == round.Kind && d.RoundYear == round.Year, cancellationToken);
        return decision is null ? NotFound() : render(decision, await queries.CampaignTitleAsync(cancellationToken));
    }

    private RedirectToActionResult Refuse(ReviewRound round, string message)
    {
        TempData["Error"] = message;
        return RedirectToAction(nameof(Index), new { round = round.Code });
    }

    private static string? Text(Dictionary<int, string>? values, int key) =>
        values is not null && values.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static string FileName(AwardDecision decision, string kind, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"{kind}-{decision.Number.Split('/')[0]}-{decision.SignedOn.Year}.{extension}");
}
