using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.Domain.Reports;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Nominations;

/// <summary>
/// The reviewer's writes on a round's nominations, each one unit of work under the nomination's
/// lock (a unit's proposal: under the proposal's, so it is taken over once): take over a proposal,
/// create one, record and resolve objections, record discipline or an override, post publicly.
/// </summary>
public sealed class NominationActions(AppDbContext db, RecordChanges changes, NominationQueries queries, PortalSettings settings, TimeProvider clock)
{
    private const string Entity = "Đề nghị khen thưởng";

    /// <summary>Takes a unit's proposal into the round's list, once: a second click (or a simultaneous one) finds it there.</summary>
    public Task<ChangeOutcome> FromProposalAsync(ReviewRound round, int proposalId, Actor by, CancellationToken cancellationToken)
    {
        var years = round.Years.ToArray();
        return changes.ApplyAsync($"proposal:{proposalId}", ct => (
                from r in db.AnnualReports
                where years.Contains(r.Year) && r.Status == ReportStatus.Accepted
                join p in db.Set<ProposedCommendation>() on r.Id equals p.AnnualReportId
                where p.Id == proposalId
                select new { r.UnitId, p.Kind, p.NomineeName, p.Gender, p.Position, p.Achievement })
            .SingleOrDefaultAsync(ct), async proposal =>
        {
            if (await db.Nominations.AnyAsync(n => n.ProposedCommendationId == proposalId && n.RoundKind == round.Kind && n.RoundYear == round.Year, cancellationToken))
            {
                return Change.Already($"Đề nghị \"{proposal.NomineeName}\" đã được đưa vào danh sách.");
            }

            return Added(new Nomination(round, proposal.Kind, proposal.NomineeName, proposal.Gender, proposal.Position, proposal.UnitId,
                AwardForm.CommuneCertificate, proposal.Achievement, proposalId, by, clock.GetUtcNow()));
        }, cancellationToken);
    }

    /// <summary>A nomination the reviewer writes directly, its form already checked; the entity may still refuse it.</summary>
    public Task<ChangeOutcome> CreateAsync(ReviewRound round, NominationForm form, Actor by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        return changes.RunAsync($"nominations:{round.Code}", _ => Task.FromResult<Change?>(Added(new Nomination(round, form.Kind, form.NomineeName!, form.Gender,
            form.Position, form.UnitId, form.AwardForm, form.Achievement!, null, by, clock.GetUtcNow()))), cancellationToken);
    }

    public Task<ChangeOutcome> RecordObjectionAsync(ReviewRound round, int id, string? fromWhom, string? content, DateOnly? receivedOn, Actor by, CancellationToken cancellationToken) =>
        ChangeAsync(round, id, "Ghi nhận ý kiến phản ánh",
            n => n.RecordObjection(fromWhom ?? string.Empty, content ?? string.Empty, receivedOn ?? VietnamTime.Today(clock), by, clock.GetUtcNow()), cancellationToken);

    public Task<ChangeOutcome> ResolveObjectionAsync(ReviewRound round, int id, int objectionId, string? resolution, Actor by, CancellationToken cancellationToken) =>
        ChangeAsync(round, id, "Giải quyết ý kiến phản ánh", n => n.ResolveObjection(objectionId, resolution ?? string.Empty, by, clock.GetUtcNow()), cancellationToken);

    public Task<ChangeOutcome> RecordDisciplineAsync(ReviewRound round, int id, bool underDiscipline, string? note, Actor by, CancellationToken cancellationToken) =>
        ChangeAsync(round, id, "Ghi nhận kỷ luật, khiếu nại", n => n.RecordDiscipline(underDiscipline, note, by, clock.GetUtcNow()), cancellationToken);

    public Task<ChangeOutcome> OverrideAsync(ReviewRound round, int id, string? reason, Actor by, CancellationToken cancellationToken) =>
        ChangeAsync(round, id, "Vẫn trình Hội đồng (có lý do)", n => n.Override(reason ?? string.Empty, by, clock.GetUtcNow()), cancellationToken);

    /// <summary>Publishes the nominee for public posting; a second post while it is posted changes nothing.</summary>
    /// <param name="confirmFailing">The reviewer confirmed posting despite failed checks.</param>
    public async Task<ChangeOutcome> PostAsync(ReviewRound round, int id, bool confirmFailing, Actor by, CancellationToken cancellationToken)
    {
        var days = (int)await settings.NumberAsync(PortalSettings.PostingDaysKey);
        var eligibility = await queries.EligibilityAsync(round, id, cancellationToken) ?? [];
        return await changes.ApplyAsync(LockKey(id),
            ct => db.Nominations.SingleOrDefaultAsync(n => n.Id == id && n.RoundKind == round.Kind && n.RoundYear == round.Year, ct),
            nomination =>
            {
                if (nomination.Status == NominationStatus.Posted)
                {
                    return Change.Already($"\"{nomination.NomineeName}\" đang được công khai đến {VietnamTime.ToLocal(nomination.PostedUntil!.Value):dd/MM/yyyy}.");
                }

                nomination.Post(days, by, clock.GetUtcNow(), eligibility, confirmFailing);
                return new Change("Công khai đề nghị khen thưởng", Entity, Key(id), nomination.NomineeName, $"Công khai đề nghị khen thưởng: {nomination.NomineeName}.");
            }, cancellationToken);
    }

    /// <summary>A new nomination added to the unit of work, audited under the key its save gives it.</summary>
    private Change Added(Nomination nomination)
    {
        db.Nominations.Add(nomination);
        return new Change("Lập đề nghị khen thưởng", Entity, null, nomination.NomineeName, $"Đã đưa \"{nomination.NomineeName}\" vào danh sách đề nghị.") { Subject = nomination };
    }

    /// <summary>One verb on a nomination of the round, with its objections loaded; its audit row and message name the action and the nominee.</summary>
    private Task<ChangeOutcome> ChangeAsync(ReviewRound round, int id, string action, Action<Nomination> change, CancellationToken cancellationToken) =>
        changes.ApplyAsync(LockKey(id),
            ct => db.Nominations.Include(n => n.Objections).SingleOrDefaultAsync(n => n.Id == id && n.RoundKind == round.Kind && n.RoundYear == round.Year, ct),
            nomination =>
            {
                change(nomination);
                return new Change(action, Entity, Key(id), nomination.NomineeName, $"{action}: {nomination.NomineeName}.");
            }, cancellationToken);

    private static string LockKey(int id) => FormattableString.Invariant($"nomination:{id}");

    private static string Key(int id) => id.ToString(PortalSetup.Vietnamese);
}
