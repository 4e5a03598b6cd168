using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Awards;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Awards;

/// <summary>A line of a correction: the awardee kept, with the name and position as corrected.</summary>
public sealed record CorrectedLine(int LineId, string? Name, string? PositionAndUnit);

/// <summary>
/// The award dossier's issuing steps, one method per user action: Phòng VH-XH's tờ trình to the
/// chairman, the commune's tờ trình to the city, the chairman's decision with its certificates,
/// and a correcting decision. Each is one unit of work under the round's lock
/// (<see cref="RecordChanges.RunAsync"/>): it checks what it needs there, takes its register
/// numbers, renders and stores the documents, records the audit and saves once — so a refusal or a
/// failure leaves no number, no document and no audit row. The outcome carries the message or the
/// Vietnamese reason of the refusal.
/// </summary>
public sealed class AwardSigning(AppDbContext db, AwardQueries queries, DocumentNumbers numbers, DocumentIssuer issuer, PortalSettings settings,
    Signatories signatories, Notifications.Notifier notifier, RecordChanges changes, TimeProvider clock)
{
    /// <summary>Tờ trình of Phòng VH-XH to the chairman, listing the nominees the council passed; signed by the head of the office.</summary>
    public Task<ChangeOutcome> IssueOfficeSubmissionAsync(ReviewRound round, Actor by, CancellationToken cancellationToken) =>
        changes.RunAsync(LockKey(round), ct => IssueSubmissionAsync(round, SubmissionTarget.Chairman, by, ct), cancellationToken);

    /// <summary>Tờ trình of the commune to the city, for the approved Bằng khen proposals not yet sent; signed by the chairman.</summary>
    public Task<ChangeOutcome> IssueCitySubmissionAsync(ReviewRound round, Actor by, CancellationToken cancellationToken) =>
        changes.RunAsync(LockKey(round), ct => IssueSubmissionAsync(round, SubmissionTarget.City, by, ct), cancellationToken);

    /// <summary>The lock of a round's award dossier: its tờ trình and decisions are issued one after the other.</summary>
    private static string LockKey(ReviewRound round) => $"awards:{round.Code}";

    /// <summary>
    /// The chairman (or the vice-chairman assigned to sign for him) signs the decision for every
    /// approved nominee of the round not yet in one, in his own name and office, dated today.
    /// </summary>
    /// <param name="typedNumber">
    /// The number the commune's document system gave, as the văn thư typed it ("385" or
    /// "385/QĐ-UBND"); empty: the register's next. One that cannot be a number is refused like any
    /// other reason not to sign.
    /// </param>
    public Task<ChangeOutcome> SignDecisionAsync(ReviewRound round, string? typedNumber, Actor by, CancellationToken cancellationToken) =>
        changes.RunAsync(LockKey(round), async ct =>
        {
            var registerNumber = RegisterNumberField.Parse(typedNumber);
            var signer = await signatories.CommitteeAsync(by, ct);
            var (lines, proposal) = await NextDecisionAsync(round, ct);
            return await SignAsync(round, signer, lines, proposal, null, null, by, ct, registerNumber);
        }, cancellationToken);

    /// <summary>
    /// The decision <see cref="SignDecisionAsync"/> would issue now, drawn as a draft (DỰ THẢO): the
    /// same list, amounts, signer and date, with the number left blank. Nothing is written: no number
    /// is taken, no file stored, no register row added.
    /// </summary>
    /// <returns>The draft, or why signing would be refused now (nothing to decide, a date before the tờ trình): the refusal signing would give.</returns>
    public async Task<(OfficialDocument? Draft, string? Refusal)> PreviewDecisionAsync(ReviewRound round, Actor by, CancellationToken cancellationToken)
    {
        try
        {
            var signer = await signatories.CommitteeAsync(by, cancellationToken);
            var (lines, proposal) = await NextDecisionAsync(round, cancellationToken);
            var basis = await BasisAsync(round, signer, lines, proposal, null, null, by);
            var draft = basis.Decide($"     /QĐ-{DocumentNumbers.CommuneCommittee}", i => i + 1, null);
            return (AwardDocuments.Decision(await settings.IssuerAsync(cancellationToken), draft, await queries.CampaignTitleAsync(cancellationToken), basis.Plans) with { Draft = true }, null);
        }
        catch (DomainException refused)
        {
            return (null, refused.Message);
        }
    }

    /// <summary>The approved Giấy khen nominees of the round not yet in a decision, and the office's latest tờ trình the decision cites.</summary>
    private async Task<(IReadOnlyList<LineDraft> Lines, DocumentReference? Proposal)> NextDecisionAsync(ReviewRound round, CancellationToken cancellationToken)
    {
        var awarded = queries.AwardedNominationIds(round);
        var approved = await queries.RoundNominations(round)
            .Where(n => n.Status == NominationStatus.Approved && n.AwardForm == AwardForm.CommuneCertificate && !awarded.Contains(n.Id))
            .ToListAsync(cancellationToken);
        if (approved.Count == 0)
        {
            throw new DomainException("Không có tập thể, cá nhân nào đã được phê duyệt mà chưa có quyết định khen thưởng.");
        }

        var units = await queries.UnitNamesAsync(approved.Select(n => n.UnitId), cancellationToken);
        var lines = approved.Select(n => new LineDraft(n.Id, n.NomineeKind, n.NomineeName, AwardQueries.PositionAndUnit(n, units), n.Achievement, n.Gender)).ToList();
        var proposal = await db.Submissions.AsNoTracking()
            .Where(s => s.RoundKind == round.Kind && s.RoundYear == round.Year && s.Target == SubmissionTarget.Chairman)
            .OrderByDescending(s => s.Id).Select(s => new DocumentReference(s.Number, s.IssuedOn)).FirstOrDefaultAsync(cancellationToken);
        return (lines, proposal);
    }

    /// <summary>A correction is a new decision for the lines kept (names and positions as corrected) naming the old one.</summary>
    public Task<ChangeOutcome> CorrectAsync(ReviewRound round, int decisionId, string? reason,
        IReadOnlyList<CorrectedLine> kept, Actor by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kept);
        return changes.RunAsync(LockKey(round), ct => CorrectionAsync(round, decisionId, reason, kept, by, ct), cancellationToken);
    }

    private async Task<Change?> CorrectionAsync(ReviewRound round, int decisionId, string? reason,
        IReadOnlyList<CorrectedLine> kept, Actor by, CancellationToken cancellationToken)
    {
        var old = await db.AwardDecisions.Include(d => d.Lines).Include(d => d.Document).SingleOrDefaultAsync(d => d.Id == decisionId && d.RoundKind == round.Kind && d.RoundYear == round.Year, cancellationToken);
        if (old is null)
        {
            return null;
        }

        // Who signs is asked once the decision is known to be this commune's: another commune's id answers not found.
        var signer = await signatories.CommitteeAsync(by, cancellationToken);

        var replacedBy = await db.AwardDecisions.Where(d => d.CorrectsDecisionId == decisionId).Select(d => d.Number).FirstOrDefaultAsync(cancellationToken);
        if (replacedBy is not null)
        {
            throw new DomainException($"Quyết định {old.Number} đã được thay thế bởi Quyết định {replacedBy}; hãy đính chính quyết định mới nhất.");
        }

        var lines = old.Lines.Where(l => kept.Any(k => k.LineId == l.Id)).Select(l =>
        {
            var change = kept.First(k => k.LineId == l.Id);
            return new LineDraft(l.NominationId, l.NomineeKind, Text(change.Name) ?? l.NomineeName, Text(change.PositionAndUnit) ?? l.PositionAndUnit, l.Achievement, l.Gender);
        }).ToList();
        var proposal = old.ProposalNumber is null ? null : new DocumentReference(old.ProposalNumber, old.ProposalIssuedOn ?? old.SignedOn);
        return await SignAsync(round, signer, lines, proposal, old, reason, by, cancellationToken);
    }

    private sealed record LineDraft(int NominationId, NomineeKind Kind, string Name, string? Position, string Achievement, Gender? Gender);

    private async Task<Change> SignAsync(ReviewRound round, Signatory signer, IReadOnlyList<LineDraft> lines,
        DocumentReference? proposal, AwardDecision? corrects, string? reason, Actor by, CancellationToken cancellationToken, int? registerNumber = null)
    {
        var basis = await BasisAsync(round, signer, lines, proposal, corrects, reason, by);
        var date = basis.Date;
        var plans = basis.Plans;
        AwardDecision Decide(string number, Func<int, int> certificate, Func<AwardDecision, DecisionDocuments>? issue = null) => basis.Decide(number, certificate, issue);

        // Check the decision before taking numbers and rendering anything.
        _ = Decide("?", i => i + 1);

        var title = corrects is null ? $"Quyết định tặng Giấy khen - {round.Title}" : $"Quyết định tặng Giấy khen - {round.Title} (thay thế QĐ {corrects.Number})";
        var number = await numbers.TakeAsync(DocumentNumbers.CommuneCommittee, "QĐ", title, date, by, registerNumber, cancellationToken);
        var certificateNumbers = await numbers.TakeAsync(DocumentNumbers.CommuneCommittee, AwardDocuments.CertificateType, lines.Select(l => $"Giấy khen: {l.Name}").ToList(), date, by, cancellationToken);
        var campaign = await queries.CampaignTitleAsync(cancellationToken);
        var commune = await settings.IssuerAsync(cancellationToken);
        var fileStem = $"quyet-dinh-{number.Sequence:00}-{date.Year}";
        var decision = Decide(number.Number, i => certificateNumbers[i].Sequence, signed =>
        {
            // Each Giấy khen first, with its own verification code; the print set then shows the
            // same codes, so the printed certificate can be checked like its PDF.
            var certificates = AwardDocuments.Certificates(commune, signed, campaign);
            var issuedCertificates = certificateNumbers.ToDictionary(
                registration => registration.Sequence,
                registration => issuer.IssueCertificate(registration, certificates.Single(c => c.RegisterNumber == registration.Number),
                    $"giay-khen-{registration.Sequence:00}-{date.Year}", by));
            var printSet = certificates.Select(c => issuedCertificates.Values.Select(d => DocumentIssuer.ReadCertificate(d.Model)!).Single(p => p.RegisterNumber == c.RegisterNumber)).ToList();
            var issued = issuer.Issue(IssuedDocumentKind.AwardDecision, number, AwardDocuments.Decision(commune, signed, campaign, plans), fileStem, by, corrects?.Document, printSet);
            return new DecisionDocuments(issued, issuedCertificates);
        });
        db.AwardDecisions.Add(decision);
        await NotifyUnitsAsync(decision, cancellationToken);
        return new Change(corrects is null ? "Ban hành quyết định khen thưởng" : "Ban hành quyết định thay thế", "Quyết định khen thưởng", decision.Number,
            $"{lines.Count} tập thể, cá nhân; tổng {VietnameseNumber.Format(decision.TotalAmount)} đồng" + (corrects is null ? string.Empty : $"; thay thế {corrects.Number}: {reason}"),
            $"Đã ban hành Quyết định số {decision.Number} ({decision.Lines.Count} Giấy khen).");
    }

/// <summary>A decision's terms before it has a number: dated today (checked against what it cites), with today's amounts.</summary>
    private sealed record DecisionBasis(DateOnly Date, PlanCitations Plans, Func<string, Func<int, int>, Func<AwardDecision, DecisionDocuments>?, AwardDecision> Decide);

    private async Task<DecisionBasis> BasisAsync(ReviewRound round, Signatory signer, IReadOnlyList<LineDraft> lines,
        DocumentReference? proposal, AwardDecision? corrects, string? reason, Actor by)
    {
        // Dated the day it is signed, Vietnam time; never before what it cites.
        var date = VietnamTime.Today(clock);
        DocumentDates.EnsureNotBefore(date, proposal is null ? null : ("Tờ trình", proposal.Number, proposal.Date),
            corrects is null ? null : ("Quyết định", corrects.Number, corrects.SignedOn));
        var plans = await settings.PlansAsync();
        DocumentDates.EnsureNotBefore(date, ("Kế hoạch", plans.CommunePlanNumber, plans.CommunePlanDate));
        var baseSalary = await settings.NumberAsync(PortalSettings.BaseSalaryKey);
        var individual = await settings.NumberAsync(PortalSettings.IndividualMultipleKey);
        var collective = await settings.NumberAsync(PortalSettings.CollectiveMultipleKey);
        return new DecisionBasis(date, plans, (number, certificate, issue) => new AwardDecision(
            new DecisionTerms(round, number, date, signer.Name, signer.Title, baseSalary, proposal?.Number, proposal?.Date),
            lines.Select((l, i) => new AwardLine(l.NominationId, l.Kind, l.Name, l.Position, l.Achievement, l.Kind == NomineeKind.Collective ? collective : individual, certificate(i), l.Gender)),
            by, clock.GetUtcNow(), corrects, reason, issue));
    }

    /// <summary>Each unit with an awardee hears of it (bell and e-mail), with a link to the public honour board.</summary>
    private async Task NotifyUnitsAsync(AwardDecision decision, CancellationToken cancellationToken)
    {
        var nominationIds = decision.Lines.Select(l => l.NominationId).ToList();
        var unitOf = await db.Nominations.AsNoTracking().Where(n => nominationIds.Contains(n.Id) && n.UnitId != null)
            .ToDictionaryAsync(n => n.Id, n => n.UnitId!.Value, cancellationToken);
        var level = (await settings.IssuerAsync(cancellationToken)).Level;
        var notes = decision.Lines.Where(l => unitOf.ContainsKey(l.NominationId)).GroupBy(l => unitOf[l.NominationId])
            .Select(g => (g.Key, $"Chủ tịch UBND {level} đã ký Quyết định số {decision.Number} ngày {decision.SignedOn:dd/MM/yyyy} tặng Giấy khen cho: {string.Join(", ", g.Select(l => l.NomineeName))}."))
            .ToList();
        await notifier.NotifyUnitsAsync(notes, "/Vinh-danh", cancellationToken: cancellationToken);
    }

    private async Task<Change?> IssueSubmissionAsync(ReviewRound round, SubmissionTarget target, Actor by, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        var toCity = target == SubmissionTarget.City;
        // The commune's tờ trình is signed by the chairman (or his assigned deputy), the office's by its head: each in his own name.
        var signer = toCity ? await signatories.CommitteeAsync(by, cancellationToken) : await signatories.CultureOfficeAsync(by, cancellationToken);
        if (toCity)
        {
            // Each proposal's own lock too, so a dossier edited at this moment is either in before the check or refused after.
            foreach (var id in await queries.RoundNominations(round).Where(n => n.AwardForm == AwardForm.CityCertificate && n.City == null)
                         .Select(n => n.Id).OrderBy(n => n).ToListAsync(cancellationToken))
            {
                await db.LockAsync($"nomination:{id}", cancellationToken);
            }
        }

        var forwarded = toCity
            ? await queries.RoundNominations(round)
                .Where(n => n.Status == NominationStatus.Approved && n.AwardForm == AwardForm.CityCertificate && n.City == null)
                .Include(n => n.Dossier).Include(n => n.Objections).AsSplitQuery()
                .ToListAsync(cancellationToken)
            : [];
        if (forwarded.Where(n => !n.DossierComplete).Select(n => n.NomineeName).ToList() is { Count: > 0 } incomplete)
        {
            // Refused before a number is taken: the city receives nothing without its dossier.
            throw new DomainException($"Chưa ký được tờ trình lên thành phố: hồ sơ đề nghị của {string.Join(", ", incomplete)} chưa đầy đủ (xem Danh mục hồ sơ của từng người).");
        }

        var count = toCity ? forwarded.Count : await queries.CouncilPassedCertificates(round).CountAsync(cancellationToken);
        var plans = await settings.PlansAsync();
        if (!toCity && await db.Submissions.Where(s => s.RoundKind == round.Kind && s.RoundYear == round.Year && s.Target == SubmissionTarget.Chairman)
                .OrderByDescending(s => s.Id).Select(s => new { s.Number, s.IssuedAt }).FirstOrDefaultAsync(cancellationToken) is { } last
            && !await queries.CouncilPassedCertificates(round).AnyAsync(n => n.History.Any(h => h.To == NominationStatus.CouncilPassed && h.At > last.IssuedAt), cancellationToken))
        {
            // A second tờ trình only when the council passed someone after the last one.
            throw new DomainException($"Đã ban hành Tờ trình số {last.Number} với các đề nghị Hội đồng đã thông qua; chưa có đề nghị nào mới được thông qua sau đó.");
        }

        // The entity refuses an empty tờ trình before any number is taken.
        _ = new Submission(round, target, "?", today, signer.Name, count, by, clock.GetUtcNow());
        var title = toCity
            ? $"Tờ trình đề nghị tặng Bằng khen của Chủ tịch UBND thành phố - {round.Title}"
            : $"Tờ trình đề nghị tặng Giấy khen của Chủ tịch UBND {(await settings.IssuerAsync(cancellationToken)).Level} - {round.Title}";
        var drawn = await queries.SubmissionAsync(round, target, cancellationToken);
        DocumentDates.EnsureNotBefore(today, [.. drawn.Minutes.Select(m => ((string, string, DateOnly)?)("Biên bản", m.Number, m.Date)),
            ("Kế hoạch", plans.CommunePlanNumber, plans.CommunePlanDate)]);
        var number = await numbers.TakeAsync(toCity ? DocumentNumbers.CommuneCommittee : DocumentNumbers.CultureOffice, "TTr", title, today, by, cancellationToken);
        var data = drawn with
        {
            Number = number.Number, IssuedOn = today, SignerName = signer.Name, SignerTitle = signer.Title, Plans = plans,
        };
        var issued = issuer.Issue(toCity ? IssuedDocumentKind.CitySubmission : IssuedDocumentKind.OfficeSubmission, number, AwardDocuments.Submission(data),
            $"{(toCity ? "to-trinh-thanh-pho" : "to-trinh")}-{number.Sequence:00}-{today.Year}", by);
        var submission = new Submission(round, target, number.Number, today, signer.Name, count, by, clock.GetUtcNow(), issued);
        db.Submissions.Add(submission);
        foreach (var nomination in forwarded)
        {
            nomination.ForwardToCity(number.Number, today, by, clock.GetUtcNow());
        }

        return new Change("Ban hành tờ trình", "Tờ trình khen thưởng", number.Number, $"{count} đề nghị — {round.Title}",
            $"Đã ban hành Tờ trình số {submission.Number} ({submission.NomineeCount} đề nghị).");
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
