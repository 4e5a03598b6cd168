using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Communes;

namespace NguyenLuongBang.Emulation.Web.Data;

/// <summary>
/// Which commune the current unit of work sees: one per request (or per background pass). The
/// database context filters every query of a commune-owned table by it and stamps every new row
/// with it, so no query or insert can forget the commune (see docs/architecture.md). It starts on
/// <see cref="Commune.FirstId"/>: a deployment with one commune needs nothing else. A signed-in
/// request moves it to the account's commune before anything reads (<c>SessionStore</c>).
/// </summary>
public sealed class CommuneScope
{
    public int CommuneId { get; private set; } = Commune.FirstId;

    /// <summary>True while reading across communes (the city's read-only views, the start-up checks).</summary>
    public bool AllCommunes { get; private set; }

    /// <summary>From now on this unit of work sees, and writes into, <paramref name="communeId"/> only.</summary>
    public void Use(int communeId)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(communeId);
        CommuneId = communeId;
        AllCommunes = false;
    }

    /// <summary>
    /// Reads across every commune until the returned handle is disposed. Nothing can be added
    /// meanwhile: a new row would not know whose it is, and the save refuses it.
    /// </summary>
    public IDisposable AcrossCommunes()
    {
        var previous = AllCommunes;
        AllCommunes = true;
        return new Restore(() => AllCommunes = previous);
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}

/// <summary>Work that is done for every commune in turn (background jobs, start-up, operator commands).</summary>
public static class CommunePasses
{
    /// <summary>
    /// Runs <paramref name="work"/> once for each active commune (or every commune), each pass in its
    /// own service scope whose unit of work sees that commune only (nothing read for one commune is
    /// kept for the next). A pass that throws stops the rest: callers that must go on catch inside.
    /// </summary>
    /// <returns>The sum of what the passes returned.</returns>
    public static async Task<int> ForEachCommuneAsync(this IServiceScopeFactory scopes, Func<IServiceProvider, CancellationToken, Task<int>> work, CancellationToken cancellationToken,
        bool inactiveToo = false)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        ArgumentNullException.ThrowIfNull(work);
        var total = 0;
        foreach (var communeId in await CommuneIdsAsync(scopes, cancellationToken, inactiveToo))
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CommuneScope>().Use(communeId);
            total += await work(scope.ServiceProvider, cancellationToken);
        }

        return total;
    }

    /// <summary>
    /// Runs <paramref name="work"/> for one commune in a child service scope of its own, whose unit
    /// of work sees (and writes into) that commune only. The only way a request reaches another
    /// commune's data (the city's pages, a document checked by its code, a sign-in or a password
    /// reset before the account's commune is known): nothing resolved or tracked by the request's
    /// own scope is reused, so nothing of one commune leaks into the other's unit of work.
    /// </summary>
    public static async Task<T> InCommuneAsync<T>(this IServiceScopeFactory scopes, int communeId, Func<IServiceProvider, CancellationToken, Task<T>> work,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CommuneScope>().Use(communeId);
        return await work(scope.ServiceProvider, cancellationToken);
    }

    /// <summary>The active communes (or every commune), in order, read in a scope of their own.</summary>
    public static async Task<IReadOnlyList<int>> CommuneIdsAsync(this IServiceScopeFactory scopes, CancellationToken cancellationToken, bool inactiveToo = false)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        await using var listing = scopes.CreateAsyncScope();
        return await listing.ServiceProvider.GetRequiredService<AppDbContext>().Communes.AsNoTracking()
            .Where(c => inactiveToo || c.IsActive).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(cancellationToken);
    }
}
