using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Features.Reports;

namespace NguyenLuongBang.Emulation.Web.Features.AdminIndicators;

/// <summary>What the indicator catalogue's pages read: the indicators per content area, one indicator as a form, the form's choices, and whether a code is taken.</summary>
public sealed class AdminIndicatorsQueries(AppDbContext db, IndicatorCatalog catalog)
{
    public async Task<IReadOnlyList<(ContentArea Area, IReadOnlyList<Indicator> Indicators)>> ListAsync(CancellationToken cancellationToken)
    {
        var areas = await db.ContentAreas.AsNoTracking().OrderBy(a => a.Number).ToListAsync(cancellationToken);
        var indicators = await db.Indicators.AsNoTracking().OrderBy(i => i.Code).ToListAsync(cancellationToken);
        return areas.Select(a => (a, (IReadOnlyList<Indicator>)indicators.Where(i => i.ContentAreaId == a.Id).ToList())).ToList();
    }

    /// <summary>The indicator as its form, or null when there is no such indicator.</summary>
    public async Task<IndicatorForm?> FormAsync(int id, CancellationToken cancellationToken) =>
        await db.Indicators.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken) is { } indicator
            ? new IndicatorForm
            {
                Id = id, Code = indicator.Code, Name = indicator.Name, MeasureUnit = indicator.MeasureUnit, Kind = indicator.Kind, Aggregation = indicator.Aggregation, LowerIsBetter = indicator.LowerIsBetter, ContentAreaId = indicator.ContentAreaId,
                UnitTypes = [.. indicator.UnitTypes],
            }
            : null;

    public async Task<IndicatorPage> PageAsync(IndicatorForm form, CancellationToken cancellationToken) =>
        new(form, await db.ContentAreas.AsNoTracking().OrderBy(a => a.Number).Select(a => new KeyValuePair<int, string>(a.Id, "(" + a.Number + ") " + a.ShortTitle)).ToListAsync(cancellationToken),
            await catalog.UnitTypesAsync(cancellationToken));

    /// <summary>The codes of the unit types in the catalogue.</summary>
    public async Task<IReadOnlyCollection<string>> TypeCodesAsync(CancellationToken cancellationToken) =>
        (await catalog.UnitTypesAsync(cancellationToken)).Select(t => t.Key).ToList();

    public Task<bool> ContentAreaExistsAsync(int contentAreaId, CancellationToken cancellationToken) => db.ContentAreas.AnyAsync(a => a.Id == contentAreaId, cancellationToken);

    /// <summary>Why <paramref name="code"/> cannot be another indicator's (<paramref name="id"/> aside), or null.</summary>
    public async Task<string?> CodeTakenAsync(string? code, int? id, CancellationToken cancellationToken)
    {
        var normalized = code?.Trim().ToUpperInvariant();
        return normalized is not null && await db.Indicators.AnyAsync(i => i.Code == normalized && i.Id != id, cancellationToken) ? $"Mã {normalized} đã được dùng." : null;
    }
}
