using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Registrations;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Features.Notifications;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Registration;

/// <summary>What a unit's registration form asks, checked: its errors (Vietnamese), or the targets to commit.</summary>
public sealed record RegistrationCheck(IReadOnlyList<string> Errors, IReadOnlyList<(Indicator Indicator, decimal Target)> Targets);

/// <summary>
/// The unit saves or sends its registration; the reviewer confirms or returns it. Each is one unit
/// of work under a lock on the registration: two saves at once (two tabs, a double click) apply one
/// after the other instead of both creating the year's registration, and a decision made twice is
/// told it was already made.
/// </summary>
public sealed class RegistrationActions(AppDbContext db, RecordChanges changes, Notifier notifier, TimeProvider clock)
{
    /// <summary>
    /// Checks the areas and targets typed against the catalogue: only the indicators the unit's type
    /// reports can take a target. Areas that are not in the catalogue are dropped from <paramref name="form"/>
    /// (it is shown again with the errors).
    /// </summary>
    /// <param name="unreadableAreas">The binder could not read a chosen area (not a number): refused, never dropped quietly.</param>
    /// <param name="unreadableTargets">The binder could not read a target's indicator.</param>
    public async Task<RegistrationCheck> CheckAsync(int unitId, RegistrationForm form, bool unreadableAreas, bool unreadableTargets, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var unitType = await db.Units.Where(u => u.Id == unitId).Select(u => u.UnitType!.Code).SingleAsync(cancellationToken);
        var indicators = (await db.Indicators.Where(i => !i.IsRetired).ToListAsync(cancellationToken)).Where(i => i.AppliesTo(unitType)).ToDictionary(i => i.Id);
        var errors = new List<string>();
        var areaIds = await db.ContentAreas.Select(a => a.Id).ToListAsync(cancellationToken);
        if (unreadableAreas || form.Areas.Any(a => !areaIds.Contains(a)) || form.Areas.Count > areaIds.Count)
        {
            errors.Add("Nội dung thi đua đã chọn không hợp lệ; vui lòng chọn trong danh sách.");
            form.Areas = form.Areas.Where(areaIds.Contains).Distinct().ToList();
        }

        if (unreadableTargets)
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

        return new RegistrationCheck(errors, targets);
    }

    /// <summary>Saves the unit's registration of <paramref name="year"/> with the checked targets, and sends it when <paramref name="submit"/>.</summary>
    public Task<ChangeOutcome> SaveAsync(int unitId, int year, RegistrationForm form, RegistrationCheck check, bool submit, Actor by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(check);
        return changes.RunAsync(LockKey(unitId, year), async ct =>
        {
            var registration = await db.Registrations.Include(r => r.Areas).Include(r => r.Targets).AsSplitQuery()
                .SingleOrDefaultAsync(r => r.UnitId == unitId && r.Year == year, ct);
            var now = clock.GetUtcNow();
            if (registration is null)
            {
                registration = new EmulationRegistration(unitId, year, by, now);
                db.Registrations.Add(registration);
            }

            registration.Commit(form.Areas, check.Targets, now);
            if (submit)
            {
                registration.Submit(by, now);
            }

            return new Change(submit ? "Gửi đăng ký thi đua" : "Lưu đăng ký thi đua", "Đăng ký thi đua", $"{unitId}/{year}",
                $"{registration.Areas.Count} nội dung, {registration.Targets.Count} chỉ tiêu",
                submit ? "Đã gửi bản đăng ký thi đua cho Phòng Văn hóa - Xã hội." : "Đã lưu bản đăng ký.");
        }, cancellationToken);
    }

    /// <summary>The reviewer confirms a unit's registration; confirming again changes nothing and tells the unit nothing new.</summary>
    public Task<ChangeOutcome> ConfirmAsync(int id, Actor by, CancellationToken cancellationToken) =>
        DecideAsync(id, async registration =>
        {
            if (registration.Status == RegistrationStatus.Confirmed)
            {
                return Change.Already("Bản đăng ký đã được xác nhận.");
            }

            registration.Confirm(by, clock.GetUtcNow());
            await notifier.NotifyUnitAsync(registration.UnitId, $"Bản đăng ký thi đua năm {registration.Year} của đơn vị đã được xác nhận.", $"/Registration/{registration.Year}", cancellationToken: cancellationToken);
            return new Change("Xác nhận đăng ký thi đua", "Đăng ký thi đua", $"{registration.UnitId}/{registration.Year}", null, "Đã xác nhận bản đăng ký.");
        }, cancellationToken);

    /// <summary>The reviewer returns a unit's registration with a comment.</summary>
    public Task<ChangeOutcome> ReturnAsync(int id, string? comment, Actor by, CancellationToken cancellationToken) =>
        DecideAsync(id, async registration =>
        {
            if (registration.Status == RegistrationStatus.Returned)
            {
                return Change.Already("Bản đăng ký đã được trả lại cho đơn vị.");
            }

            registration.Return(by, clock.GetUtcNow(), comment ?? string.Empty);
            await notifier.NotifyUnitAsync(registration.UnitId, $"Bản đăng ký thi đua năm {registration.Year} được trả lại: {comment}", $"/Registration/{registration.Year}", cancellationToken: cancellationToken);
            return new Change("Trả lại đăng ký thi đua", "Đăng ký thi đua", $"{registration.UnitId}/{registration.Year}", comment, "Đã trả lại bản đăng ký.");
        }, cancellationToken);

    /// <summary>The reviewer's decision under the same lock as the unit's save and submission, so the two apply one after the other.</summary>
    private async Task<ChangeOutcome> DecideAsync(int id, Func<EmulationRegistration, Task<Change>> decide, CancellationToken cancellationToken)
    {
        var owner = await db.Registrations.AsNoTracking().Where(r => r.Id == id).Select(r => new { r.UnitId, r.Year }).SingleOrDefaultAsync(cancellationToken);
        return owner is null ? ChangeOutcome.NotFound
            : await changes.ApplyAsync(LockKey(owner.UnitId, owner.Year), ct => db.Registrations.SingleOrDefaultAsync(r => r.Id == id, ct), decide, cancellationToken);
    }

    /// <summary>One lock per unit's registration of a year, whoever acts on it.</summary>
    private static string LockKey(int unitId, int year) => $"registration:{unitId}:{year}";
}
