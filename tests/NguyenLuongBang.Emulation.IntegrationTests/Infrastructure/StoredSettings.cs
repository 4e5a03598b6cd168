using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;

/// <summary>Settings as an old database may hold them: written straight into a commune's row, past every check the form makes.</summary>
public static class StoredSettings
{
    /// <summary>Writes <paramref name="value"/> into <paramref name="communeId"/>'s row (null removes it) and clears the cache; returns what was there.</summary>
    public static async Task<string?> WriteDirectlyAsync(this PortalFactory factory, int communeId, string key, string? value)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CommuneScope>().Use(communeId);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var row = await db.Settings.SingleOrDefaultAsync(s => s.Key == key);
        var old = row?.Value;
        if (value is null)
        {
            if (row is not null)
            {
                db.Settings.Remove(row);
            }
        }
        else if (row is null)
        {
            db.Settings.Add(new Domain.Settings.PortalSetting(key, value, Domain.Common.Actor.System, factory.Clock.GetUtcNow()));
        }
        else
        {
            row.Change(value, Domain.Common.Actor.System, factory.Clock.GetUtcNow());
        }

        await db.SaveChangesAsync();
        scope.ServiceProvider.GetRequiredService<ReferenceCache>().Invalidate(ReferenceCache.Settings);
        return old;
    }
}
