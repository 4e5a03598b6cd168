using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Registrations;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Registration;

/// <summary>What the registration pages read: a unit's registration as a form, the reviewer's list of a year, one registration to read.</summary>
public sealed class RegistrationQueries(AppDbContext db, TimeProvider clock)
{
    /// <param name="typed">The form as posted, shown again with <paramref name="errors"/>; null shows the registration as stored.</param>
    public async Task<RegistrationPage> EditAsync(int unitId, int year, RegistrationForm? typed, IReadOnlyList<string>? errors, CancellationToken cancellationToken)
    {
        var registration = await db.Registrations.AsNoTracking().Include(r => r.Areas).Include(r => r.Targets).AsSplitQuery()
            .SingleOrDefaultAsync(r => r.UnitId == unitId && r.Year == year, cancellationToken);
        return await PageAsync(year, unitId, registration, typed ?? FormOf(registration), errors, cancellationToken);
    }

    public async Task<RegistrationList> ListAsync(int? year, CancellationToken cancellationToken)
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
        return new RegistrationList(chosen, rows);
    }

    /// <summary>A unit's registration as the reviewer reads it, or null.</summary>
    public async Task<RegistrationPage?> ShowAsync(int id, CancellationToken cancellationToken)
    {
        var registration = await db.Registrations.AsNoTracking().Include(r => r.Areas).Include(r => r.Targets).Include(r => r.History)
            .AsSplitQuery().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        return registration is null ? null
            : await PageAsync(registration.Year, registration.UnitId, registration, FormOf(registration), null, cancellationToken) with { ReadOnly = true };
    }

    public Task<int?> YearOfAsync(int id, CancellationToken cancellationToken) =>
        db.Registrations.Where(r => r.Id == id).Select(r => (int?)r.Year).FirstOrDefaultAsync(cancellationToken);

    private static RegistrationForm FormOf(EmulationRegistration? registration) => new()
    {
        Areas = registration?.Areas.Select(a => a.ContentAreaId).ToList() ?? [],
        Targets = registration?.Targets.ToDictionary(t => t.IndicatorId, t => (string?)VietnameseNumber.Format(t.Target)) ?? [],
    };

    private async Task<RegistrationPage> PageAsync(int year, int unitId, EmulationRegistration? registration, RegistrationForm form, IReadOnlyList<string>? errors, CancellationToken cancellationToken)
    {
        var areas = await db.ContentAreas.AsNoTracking().OrderBy(a => a.Number).ToListAsync(cancellationToken);
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => new { u.Name, u.UnitType!.Code }).SingleOrDefaultAsync(cancellationToken);
        var indicators = (await db.Indicators.AsNoTracking().Where(i => !i.IsRetired).OrderBy(i => i.Code).ToListAsync(cancellationToken)).Where(i => i.AppliesTo(unit?.Code)).ToList();
        return new RegistrationPage(year, unit?.Name ?? string.Empty, registration?.Id, registration?.Status, registration?.ReviewerComment,
            areas.Select(a => (a, (IReadOnlyList<Indicator>)indicators.Where(i => i.ContentAreaId == a.Id).ToList())).ToList(), form, errors ?? [], false);
    }
}
