using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.Domain.Reports;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Nominations;

/// <summary>
/// The reviewer's nominations for a round: take over a unit's proposal (keeping the link), record
/// discipline or an override, publish for public posting. Nominations are never deleted.
/// </summary>
[Authorize(Policy = Policies.Review)]
[Route("Nominations/{round:round}")]
public sealed class NominationsController(AppDbContext db, NominationQueries queries, RecordChanges changes, AuditLog audit, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(ReviewRound round, CancellationToken cancellationToken) =>
        View(await queries.LoadAsync(round, cancellationToken));

    /// <summary>Takes a unit's proposal into the round's list, once: a second click (or a simultaneous one) finds it there.</summary>
    [HttpPost("FromProposal/{proposalId:int}")]
    public async Task<IActionResult> FromProposal(ReviewRound round, int proposalId, CancellationToken cancellationToken)
    {
        var years = round.Years.ToArray();
        var outcome = await changes.ApplyAsync($"proposal:{proposalId}", ct => (
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

            var nomination = new Nomination(round, proposal.Kind, proposal.NomineeName, proposal.Gender, proposal.Position, proposal.UnitId,
                AwardForm.CommuneCertificate, proposal.Achievement, proposalId, User.ToActor(), clock.GetUtcNow());
            db.Nominations.Add(nomination);
            return NewNomination(nomination);
        }, cancellationToken);
        return this.Answer(outcome, RedirectToAction(nameof(Index), new { round = round.Code }));
    }

    private static Change NewNomination(Nomination nomination) =>
        new("Lập đề nghị khen thưởng", "Đề nghị khen thưởng", null, nomination.NomineeName, $"Đã đưa \"{nomination.NomineeName}\" vào danh sách đề nghị.") { Subject = nomination };

    [HttpGet("New")]
    public async Task<IActionResult> New(ReviewRound round, CancellationToken cancellationToken) =>
        View(new NominationFormPage(round, new NominationForm(), await UnitsAsync(cancellationToken)));

    [HttpPost("New")]
    public async Task<IActionResult> Create(ReviewRound round, NominationForm form, [FromServices] IValidator<NominationForm> validator, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(form, cancellationToken)).AddToModelState(ModelState);
        if (form.UnitId is { } unitId && !await db.Units.AnyAsync(u => u.Id == unitId && u.IsActive, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.UnitId), "Đơn vị đã chọn không tồn tại hoặc đã ngừng hoạt động.");
        }

        if (ModelState.IsValid)
        {
            try
            {
                var nomination = new Nomination(round, form.Kind, form.NomineeName!, form.Gender, form.Position, form.UnitId,
                    form.AwardForm, form.Achievement!, null, User.ToActor(), clock.GetUtcNow());
                db.Nominations.Add(nomination);
                var change = NewNomination(nomination);
                audit.Add(change.Action, change.EntityType, nomination, change.Details);
                await db.SaveChangesAsync(cancellationToken);
                TempData["Message"] = change.Message;
                return RedirectToAction(nameof(Index), new { round = round.Code });
            }
            catch (DomainException refused)
            {
                ModelState.AddModelError(string.Empty, refused.Message);
            }
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("New", new NominationFormPage(round, form, await UnitsAsync(cancellationToken)));
    }

    [HttpPost("{id:int}/Objections")]
    public Task<IActionResult> RecordObjection(ReviewRound round, int id, string? fromWhom, string? content, DateOnly? receivedOn, CancellationToken cancellationToken) =>
        ChangeAsync(round, id, "Ghi nhận ý kiến phản ánh", n =>
        {
            n.RecordObjection(fromWhom ?? string.Empty, content ?? string.Empty, receivedOn ?? VietnamTime.Today(clock), User.ToActor(), clock.GetUtcNow());
            return Task.CompletedTask;
        }, cancellationToken);

    [HttpPost("{id:int}/Objections/{objectionId:int}/Resolve")]
    public Task<IActionResult> Resolve(ReviewRound round, int id, int objectionId, string? resolution, CancellationToken cancellationToken) =>
        ChangeAsync(round, id, "Giải quyết ý kiến phản ánh", n =>
        {
            n.ResolveObjection(objectionId, resolution ?? string.Empty, User.ToActor(), clock.GetUtcNow());
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>Publishes the nominee for public posting; a second post while it is posted changes nothing.</summary>
    [HttpPost("{id:int}/Post")]
    public async Task<IActionResult> Post(ReviewRound round, int id, bool confirmFailing, [FromServices] PortalSettings settings, CancellationToken cancellationToken)
    {
        var days = (int)await settings.NumberAsync(PortalSettings.PostingDaysKey);
        var eligibility = await queries.EligibilityAsync(round, id, cancellationToken) ?? [];
        return this.Answer(await changes.ApplyAsync($"nomination:{id}",
            ct => db.Nominations.SingleOrDefaultAsync(n => n.Id == id && n.RoundKind == round.Kind && n.RoundYear == round.Year, ct),
            nomination =>
            {
                if (nomination.Status == NominationStatus.Posted)
                {
                    return Change.Already($"\"{nomination.NomineeName}\" đang được công khai đến {VietnamTime.ToLocal(nomination.PostedUntil!.Value):dd/MM/yyyy}.");
                }

                nomination.Post(days, User.ToActor(), clock.GetUtcNow(), eligibility, confirmFailing);
                return new Change("Công khai đề nghị khen thưởng", "Đề nghị khen thưởng", id.ToString(PortalSetup.Vietnamese), nomination.NomineeName,
                    $"Công khai đề nghị khen thưởng: {nomination.NomineeName}.");
            }, cancellationToken), RedirectToAction(nameof(Index), new { round = round.Code }));
    }

    [HttpPost("{id:int}/Discipline")]
    public Task<IActionResult> Discipline(ReviewRound round, int id, bool underDiscipline, string? note, CancellationToken cancellationToken) =>
        ChangeAsync(round, id, "Ghi nhận kỷ luật, khiếu nại", n =>
        {
            n.RecordDiscipline(underDiscipline, note, User.ToActor(), clock.GetUtcNow());
            return Task.CompletedTask;
        }, cancellationToken);

    [HttpPost("{id:int}/Override")]
    public Task<IActionResult> Override(ReviewRound round, int id, string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(round, id, "Vẫn trình Hội đồng (có lý do)", n =>
        {
            n.Override(reason ?? string.Empty, User.ToActor(), clock.GetUtcNow());
            return Task.CompletedTask;
        }, cancellationToken);

    private async Task<IActionResult> ChangeAsync(ReviewRound round, int id, string action, Func<Nomination, Task> change, CancellationToken cancellationToken) =>
        this.Answer(await changes.ApplyAsync($"nomination:{id}",
            ct => db.Nominations.Include(n => n.Objections).SingleOrDefaultAsync(n => n.Id == id && n.RoundKind == round.Kind && n.RoundYear == round.Year, ct),
            async nomination =>
            {
                await change(nomination);
                return new Change(action, "Đề nghị khen thưởng", id.ToString(PortalSetup.Vietnamese), nomination.NomineeName, $"{action}: {nomination.NomineeName}.");
            }, cancellationToken), RedirectToAction(nameof(Index), new { round = round.Code }));

    private async Task<IReadOnlyList<KeyValuePair<int, string>>> UnitsAsync(CancellationToken cancellationToken) =>
        await db.Units.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.Name)
            .Select(u => new KeyValuePair<int, string>(u.Id, u.Name)).ToListAsync(cancellationToken);
}
