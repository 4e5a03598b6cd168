using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Reports;

/// <summary>The indicator catalogue, content areas and unit types, from the shared <see cref="ReferenceCache"/> (read-only objects).</summary>
public sealed class IndicatorCatalog(AppDbContext db, ReferenceCache cache)
{
    public async Task<IReadOnlyDictionary<int, Indicator>> AllAsync(CancellationToken cancellationToken = default) =>
        await cache.GetAsync<IReadOnlyDictionary<int, Indicator>>(ReferenceCache.Indicators,
            async () => await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Id, cancellationToken));

    public async Task<IReadOnlyList<ContentArea>> AreasAsync(CancellationToken cancellationToken = default) =>
        await cache.GetAsync<IReadOnlyList<ContentArea>>(ReferenceCache.Areas,
            async () => await db.ContentAreas.AsNoTracking().OrderBy(a => a.Number).ToListAsync(cancellationToken));

    /// <summary>The unit types (code, name) in their order: seeded with the plan, never edited in the portal.</summary>
    public async Task<IReadOnlyList<KeyValuePair<string, string>>> UnitTypesAsync(CancellationToken cancellationToken = default) =>
        await cache.GetAsync<IReadOnlyList<KeyValuePair<string, string>>>(ReferenceCache.UnitTypes,
            async () => await db.UnitTypes.AsNoTracking().OrderBy(t => t.SortOrder).Select(t => new KeyValuePair<string, string>(t.Code, t.Name)).ToListAsync(cancellationToken));

    /// <summary>After the administrator changed the catalogue.</summary>
    public void Invalidate() => cache.Invalidate(ReferenceCache.Indicators);
}
