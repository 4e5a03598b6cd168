using Microsoft.Extensions.Caching.Memory;

namespace NguyenLuongBang.Emulation.Web.Infrastructure;

/// <summary>
/// Reference data every page reads and almost nothing writes — the indicator catalogue, the
/// content areas, the settings — kept in memory for <see cref="Lifetime"/>. A change made on this
/// instance clears it at once; another instance sees it within the lifetime. Each commune has its
/// own entries: the key names the unit of work's commune.
/// </summary>
public sealed class ReferenceCache(IMemoryCache cache, Data.CommuneScope communes)
{
    public const string Indicators = "reference:indicators";
    public const string Areas = "reference:areas";
    public const string Settings = "reference:settings";
    public const string UnitTypes = "reference:unit-types";

    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public async Task<T> GetAsync<T>(string key, Func<Task<T>> load)
        where T : class
    {
        var own = OwnKey(key);
        if (cache.TryGetValue(own, out T? value) && value is not null)
        {
            return value;
        }

        value = await load();
        cache.Set(own, value, Lifetime);
        return value;
    }

    public void Invalidate(string key) => cache.Remove(OwnKey(key));

    private string OwnKey(string key) => communes.AllCommunes
        ? throw new InvalidOperationException("Reference data is cached per commune, not across communes.")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{key}@{communes.CommuneId}");
}
