using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Web.Data;

namespace NguyenLuongBang.Emulation.Web.Features.Reports;

/// <summary>The indicator catalogue and content areas, read once per request.</summary>
public sealed class IndicatorCatalog(AppDbContext db)
{
    private Dictionary<int, Indicator>? _indicators;
    private List<ContentArea>? _areas;

    public async Task<IReadOnlyDictionary<int, Indicator>> AllAsync(CancellationToken cancellationToken = default) =>
        _indicators ??= await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Id, cancellationToken);

    public async Task<IReadOnlyList<ContentArea>> AreasAsync(CancellationToken cancellationToken = default) =>
        _areas ??= await db.ContentAreas.AsNoTracking().OrderBy(a => a.Number).ToListAsync(cancellationToken);
}
