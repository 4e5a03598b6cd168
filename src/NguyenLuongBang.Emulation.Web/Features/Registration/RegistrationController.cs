using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Registrations;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Features.Notifications;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Registration;

public sealed class RegistrationForm
{
    public List<int> Areas { get; set; } = [];

    /// <summary>Target per indicator id, as typed ("95" or "1.250").</summary>
    public Dictionary<int, string?> Targets { get; set; } = [];
}

/// <summary>
/// Yearly emulation registration (đăng ký thi đua): the unit commits to content areas and targets;
/// the reviewer confirms or returns it.
/// </summary>
public sealed class RegistrationController(AppDbContext db, RecordChanges changes, TimeProvider clock) : Controller
{
    [Authorize(Policy = Policies.UnitStaff)]
    [HttpGet("Registration/{year:int}")]
    public async Task<IActionResult> Edit(int year, CancellationToken cancellationToken)
    {
        if (year is < ReviewRound.FirstYear or > ReviewRound.FinalYear)
        {
            return NotFound();
        }

        var registration = await LoadAsync(User.GetUnitId()!.Value, year, cancellationToken);
        var form = new RegistrationForm
        {
            Areas = registration?.Areas.Select(a => a.ContentAreaId).ToList() ?? [],
            Targets = registration?.Targets.ToDictionary(t => t.IndicatorId, t => (string?)VietnameseNumber.Format(t.Target)) ?? [],
        };
        return View(await PageAsync(year, registration, form, null, cancellationToken));
    }

    [Authorize(Policy = Policies.UnitStaff)]
    [HttpPost("Registration/{year:int}")]
    public async Task<IActionResult> Edit(int year, RegistrationForm form, Infrastructure.FormIntent? intent, CancellationToken cancellationToken)
    {
        if (year is < ReviewRound.FirstYear or > ReviewRound.FinalYear)
        {
            return NotFound();
        }

        var unitId = User.GetUnitId()!.Value;

        // Under the registration's lock: two saves at once (two tabs, a double click) apply one
        // after the other instead of both creating the year's registration.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockAsync($"registration:{unitId}:{year}", cancellationToken);
        var registration = await LoadAsync(unitId, year, cancellationToken);
        // Only the indicators the unit's type reports can take a target.
        var unitType = await db.Units.Where(u => u.Id == unitId).Select(u => u.UnitType!.Code).SingleAsync(cancellationToken);
        var indicators = (await db.Indicators.Where(i => !i.IsRetired).ToListAsync(cancellationToken)).Where(i => i.AppliesTo(unitType)).ToDictionary(i => i.Id);
        var errors = new List<string>();
        var areaIds = await db.ContentAreas.Select(a => a.Id).ToListAsync(cancellationToken);
        if (HasUnreadable("Areas") || form.Areas.Any(a => !areaIds.Contains(a)) || form.Areas.Count > areaIds.Count)
        {
            errors.Add("Nội dung thi đua đã chọn không hợp lệ; vui lòng chọn trong danh sách.");
            form.Areas = form.Areas.Where(areaIds.Contains).Distinct().ToList();
        }

        if (HasUnreadable("Targets"))
        {
            errors.Add("Chỉ tiêu không tồn tại.");
        }

        var targets = new List<(Indicator, decimal)>();
        foreach (var (indicatorId, text) in form.Targets.Where(t => !string.IsNullOrWhiteSpace(t.Value)))
        {
            if (!indicators.TryGetValue(indicatorId, out var indicator))
            {
                errors.Add("Chỉ tiêu không tồn tại.");
            }
            else if (!VietnameseNumber.TryParse(text, out var target))
            {
                errors.Add($"{indicator.Name}: \"{text}\" không phải là số.");
            }
            else if (indicator.CheckValue(target) is { } outOfRange)
            {
                errors.Add(outOfRange);
            }
            else
            {
                targets.Add((indicator, target));
            }
        }

        if (errors.Count == 0)
        {
            try
            {
                var now = clock.GetUtcNow();
                if (registration is null)
                {
                    registration = new EmulationRegistration(unitId, year, User.ToActor(), now);
                    db.Registrations.Add(registration);
                }

                registration.Commit(form.Areas, targets, now);
                if (intent == Infrastructure.FormIntent.Submit)
                {
                    registration.Submit(User.ToActor(), now);
                }

                var change = new Change(intent == Infrastructure.FormIntent.Submit ? "Gửi đăng ký thi đua" : "Lưu đăng ký thi đua", "Đăng ký thi đua", $"{unitId}/{year}",
                    $"{registration.Areas.Count} nội dung, {registration.Targets.Count} chỉ tiêu",
                    intent == Infrastructure.FormIntent.Submit ? "Đã gửi bản đăng ký thi đua cho Phòng Văn hóa - Xã hội." : "Đã lưu bản đăng ký.");
                var outcome = await changes.SaveAsync(change, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return this.Answer(outcome, RedirectToAction(nameof(Edit), new { year }));
            }
            catch (DomainException refused)
            {
                errors.Add(refused.Message);
            }
        }

        return View(await PageAsync(year, registration, form, errors, cancellationToken));
    }

    [Authorize(Policy = Policies.Review)]
    [HttpGet("Review/Registrations")]
    public async Task<IActionResult> List(int? year, CancellationToken cancellationToken)
    {
        var chosen = Math.Clamp(year ?? VietnamTime.Today(clock).Year, ReviewRound.FirstYear, ReviewRound.FinalYear);
        var rows = await (
                from unit in db.Units.AsNoTracking()
                where unit.IsActive
                join registration in db.Registrations.Where(r => r.Year == chosen) on unit.Id equals registration.UnitId into found
                from registration in found.DefaultIfEmpty()
                orderby unit.Name
                select new RegistrationRow(unit.Id, unit.Name, registration == null ? null : registration.Id, registration == null ? null : registration.Status,
                    registration == null ? 0 : registration.Areas.Count, registration == null ? 0 : registration.Targets.Count))
            .ToListAsync(cancellationToken);
        return View(new RegistrationList(chosen, rows));
    }

    [Authorize(Policy = Policies.ReadAllReports)]
    [HttpGet("Review/Registrations/{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken cancellationToken)
    {
        var registration = await db.Registrations.AsNoTracking().Include(r => r.Areas).Include(r => r.Targets).Include(r => r.History)
            .AsSplitQuery().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (registration is null)
        {
            return NotFound();
        }

        var form = new RegistrationForm
        {
            Areas = registration.Areas.Select(a => a.ContentAreaId).ToList(),
            Targets = registration.Targets.ToDictionary(t => t.IndicatorId, t => (string?)VietnameseNumber.Format(t.Target)),
        };
        return View("Edit", await PageAsync(registration.Year, registration, form, null, cancellationToken) with { ReadOnly = true, ReadByReviewer = User.IsInRole(Roles.Reviewer) });
    }

    /// <summary>The reviewer confirms a unit's registration; confirming again changes nothing and tells the unit nothing new.</summary>
    [Authorize(Policy = Policies.Review)]
    [HttpPost("Review/Registrations/{id:int}/Confirm")]
    public Task<IActionResult> Confirm(int id, [FromServices] Notifier notifier, CancellationToken cancellationToken) =>
        DecideAsync(id, async registration =>
        {
            if (registration.Status == RegistrationStatus.Confirmed)
            {
                return Change.Already("Bản đăng ký đã được xác nhận.");
            }

            registration.Confirm(User.ToActor(), clock.GetUtcNow());
            await notifier.NotifyUnitAsync(registration.UnitId, $"Bản đăng ký thi đua năm {registration.Year} của đơn vị đã được xác nhận.", $"/Registration/{registration.Year}", cancellationToken: cancellationToken);
            return new Change("Xác nhận đăng ký thi đua", "Đăng ký thi đua", $"{registration.UnitId}/{registration.Year}", null, "Đã xác nhận bản đăng ký.");
        }, cancellationToken);

    /// <summary>The reviewer returns a unit's registration with a comment.</summary>
    [Authorize(Policy = Policies.Review)]
    [HttpPost("Review/Registrations/{id:int}/Return")]
    public Task<IActionResult> Return(int id, string? comment, [FromServices] Notifier notifier, CancellationToken cancellationToken) =>
        DecideAsync(id, async registration =>
        {
            if (registration.Status == RegistrationStatus.Returned)
            {
                return Change.Already("Bản đăng ký đã được trả lại cho đơn vị.");
            }

            registration.Return(User.ToActor(), clock.GetUtcNow(), comment ?? string.Empty);
            await notifier.NotifyUnitAsync(registration.UnitId, $"Bản đăng ký thi đua năm {registration.Year} được trả lại: {comment}", $"/Registration/{registration.Year}", cancellationToken: cancellationToken);
            return new Change("Trả lại đăng ký thi đua", "Đăng ký thi đua", $"{registration.UnitId}/{registration.Year}", comment, "Đã trả lại bản đăng ký.");
        }, cancellationToken);

    private async Task<IActionResult> DecideAsync(int id, Func<EmulationRegistration, Task<Change>> decide, CancellationToken cancellationToken)
    {
        var year = await db.Registrations.Where(r => r.Id == id).Select(r => (int?)r.Year).FirstOrDefaultAsync(cancellationToken);
        var outcome = await changes.ApplyAsync($"registration:{id}", ct => db.Registrations.SingleOrDefaultAsync(r => r.Id == id, ct), decide, cancellationToken);
        return this.Answer(outcome, outcome.Result == ChangeResult.Refused ? RedirectToAction(nameof(Show), new { id }) : RedirectToAction(nameof(List), new { year }));
    }

    /// <summary>A value of that list the binder could not read (a choice that is not a number): refused, never dropped quietly.</summary>
    private bool HasUnreadable(string list) =>
        ModelState.Any(e => (e.Key == list || e.Key.StartsWith(list + "[", StringComparison.Ordinal)) && e.Value?.Errors.Count > 0);

    private Task<EmulationRegistration?> LoadAsync(int unitId, int year, CancellationToken cancellationToken) =>
        db.Registrations.Include(r => r.Areas).Include(r => r.Targets).AsSplitQuery()
            .SingleOrDefaultAsync(r => r.UnitId == unitId && r.Year == year, cancellationToken);

    private async Task<RegistrationPage> PageAsync(int year, EmulationRegistration? registration, RegistrationForm form, IReadOnlyList<string>? errors, CancellationToken cancellationToken)
    {
        var areas = await db.ContentAreas.AsNoTracking().OrderBy(a => a.Number).ToListAsync(cancellationToken);
        var unitType = await db.Units.Where(u => u.Id == (registration == null ? User.GetUnitId() : registration.UnitId)).Select(u => u.UnitType!.Code).SingleOrDefaultAsync(cancellationToken);
        var indicators = (await db.Indicators.AsNoTracking().Where(i => !i.IsRetired).OrderBy(i => i.Code).ToListAsync(cancellationToken)).Where(i => i.AppliesTo(unitType)).ToList();
        var unitName = registration is null
            ? await db.Units.Where(u => u.Id == User.GetUnitId()).Select(u => u.Name).SingleOrDefaultAsync(cancellationToken)
            : await db.Units.Where(u => u.Id == registration.UnitId).Select(u => u.Name).SingleAsync(cancellationToken);
        return new RegistrationPage(year, unitName ?? string.Empty, registration?.Id, registration?.Status, registration?.ReviewerComment,
            areas.Select(a => (a, (IReadOnlyList<Indicator>)indicators.Where(i => i.ContentAreaId == a.Id).ToList())).ToList(), form, errors ?? [], false);
    }
}

public sealed record RegistrationPage(int Year, string UnitName, int? Id, RegistrationStatus? Status, string? ReviewerComment,
    IReadOnlyList<(ContentArea Area, IReadOnlyList<Indicator> Indicators)> Areas, RegistrationForm Form, IReadOnlyList<string> Errors, bool ReadOnly)
{
    public bool Editable => !ReadOnly && Status is null or RegistrationStatus.Draft or RegistrationStatus.Returned;

    /// <summary>Read by the reviewer, who confirms or returns a submitted registration here.</summary>
    public bool ReadByReviewer { get; init; }

    /// <summary>The reviewer's confirm and return forms are shown: a submitted registration, read by the reviewer.</summary>
    public bool Decidable => ReadOnly && ReadByReviewer && Status == RegistrationStatus.Submitted;
}

public sealed record RegistrationRow(int UnitId, string UnitName, int? Id, RegistrationStatus? Status, int Areas, int Targets);

public sealed record RegistrationList(int Year, IReadOnlyList<RegistrationRow> Rows);
