using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using NguyenLuongBang.Emulation.Domain.Communes;
using NguyenLuongBang.Emulation.Web.Data;

namespace NguyenLuongBang.Emulation.Web.Infrastructure;

/// <summary>A commune as the public pages and the root list need it.</summary>
public sealed record CommuneEntry(int Id, string Slug, string Name, CommuneKind Kind, bool IsActive)
{
    /// <summary>"xã Nguyễn Lương Bằng".</summary>
    public string DisplayName => Commune.DisplayNameOf(Kind, Name);

    /// <summary>"Xã Nguyễn Lương Bằng" (at the start of a sentence or a line).</summary>
    public string CapitalName => Issuer.Place;

    /// <summary>The commune as its documents name it.</summary>
    public Documents.IssuingCommune Issuer => new(Kind, Name);
}

/// <summary>The communes, read at most every <see cref="Lifetime"/> (a new or renamed commune shows within it on every instance).</summary>
public sealed class CommuneDirectory(IMemoryCache cache, IServiceScopeFactory scopes)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private const string Key = "communes:all";

    /// <summary>The active communes of the movement (the city's own row is not one).</summary>
    public async Task<IReadOnlyList<CommuneEntry>> ActiveAsync(CancellationToken cancellationToken) =>
        (await AllAsync(cancellationToken)).Where(c => c.IsActive && c.Kind != CommuneKind.City).ToList();

    /// <summary>The active commune whose short path is <paramref name="slug"/> (any case), read on every request: no allocation.</summary>
    public async Task<CommuneEntry?> FindActiveAsync(string slug, CancellationToken cancellationToken)
    {
        foreach (var commune in await AllAsync(cancellationToken))
        {
            if (commune.IsActive && commune.Kind != CommuneKind.City && string.Equals(commune.Slug, slug, StringComparison.OrdinalIgnoreCase))
            {
                return commune;
            }
        }

        return null;
    }

    /// <summary>
    /// The commune with <paramref name="id"/> (active or not). An id the cached list does not know is
    /// a commune created since (its accounts sign in at once, on any instance): the list is read again.
    /// </summary>
    public async Task<CommuneEntry> FindAsync(int id, CancellationToken cancellationToken)
    {
        if ((await AllAsync(cancellationToken)).FirstOrDefault(c => c.Id == id) is { } known)
        {
            return known;
        }

        cache.Remove(Key);
        return (await AllAsync(cancellationToken)).FirstOrDefault(c => c.Id == id)
            ?? throw new InvalidOperationException($"No commune {id}.");
    }

    /// <summary>After a commune is created or changed in this process: its pages answer at once here (other instances within <see cref="Lifetime"/>).</summary>
    public void Refresh() => cache.Remove(Key);

    private async Task<IReadOnlyList<CommuneEntry>> AllAsync(CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(Key, out IReadOnlyList<CommuneEntry>? communes) && communes is not null)
        {
            return communes;
        }

        await using var scope = scopes.CreateAsyncScope();
        communes = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Communes.AsNoTracking()
            .OrderBy(c => c.Name)
            .Select(c => new CommuneEntry(c.Id, c.Slug, c.Name, c.Kind, c.IsActive)).ToListAsync(cancellationToken);
        cache.Set(Key, communes, Lifetime);
        return communes;
    }
}

/// <summary>The commune the request is in, for pages that name it (the title, the header, the footer).</summary>
public sealed class CurrentCommune(CommuneDirectory directory, CommuneScope scope)
{
    private int? _named;

    public Task<CommuneEntry> GetAsync(CancellationToken cancellationToken = default) => directory.FindAsync(_named ?? scope.CommuneId, cancellationToken);

    /// <summary>
    /// The page shows a record of another commune, read in that commune's own scope (a document
    /// checked by its code): it names that commune, while the request's unit of work stays in its own.
    /// </summary>
    public void Name(int communeId)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(communeId);
        _named = communeId;
    }
}

/// <summary>
/// A commune's pages at its short path: <c>/nguyen-luong-bang/Phong-trao</c> is <c>/Phong-trao</c> of
/// that commune. The slug becomes the request's path base, so every link the page makes stays in
/// the commune; the unprefixed paths keep working (a signed-in account's own commune, or the first
/// commune for visitors). On another commune's pages a signed-in account is a visitor: its own
/// session is not used there, so nothing of its commune can show under another's name. A slug
/// must not be the first segment of one of the portal's own paths (checked where communes are made).
/// </summary>
public static class CommunePaths
{
    private const string PathCommuneKey = "nlb.path-commune";

    /// <summary>Before static files and routing: strips a commune's slug off the path.</summary>
    public static IApplicationBuilder UseCommunePaths(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value ?? string.Empty;
            var end = path.IndexOf('/', 1);
            var first = end < 0 ? path.TrimStart('/') : path[1..end];
            if (first.Length > 0)
            {
                if (await context.RequestServices.GetRequiredService<CommuneDirectory>().FindActiveAsync(first, context.RequestAborted) is { } commune)
                {
                    var rest = end < 0 ? string.Empty : path[end..];
                    if (rest is "" or "/")
                    {
                        context.Response.Redirect($"{context.Request.PathBase}/{commune.Slug}/Phong-trao");
                        return;
                    }

                    context.Request.PathBase = context.Request.PathBase.Add($"/{commune.Slug}");
                    context.Request.Path = rest;
                    context.Items[PathCommuneKey] = commune;
                    context.RequestServices.GetRequiredService<CommuneScope>().Use(commune.Id);
                }
            }

            await next();
        });

    /// <summary>After authentication: on another commune's pages the account is a visitor.</summary>
    public static IApplicationBuilder UseCommuneOfPath(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Items[PathCommuneKey] is CommuneEntry commune)
            {
                var scope = context.RequestServices.GetRequiredService<CommuneScope>();
                if (scope.CommuneId != commune.Id)
                {
                    context.User = new ClaimsPrincipal(new ClaimsIdentity());
                    context.Items.Remove(Identity.SessionStore.UnreadNotificationsKey);
                    scope.Use(commune.Id);
                }
            }

            await next();
        });

    /// <summary>The commune named by the request's path, if any.</summary>
    public static CommuneEntry? PathCommune(this HttpContext context) =>
        context?.Items[PathCommuneKey] as CommuneEntry;
}

/// <summary>Where a commune's short path may not go: the first segments of the portal's own paths.</summary>
public static class ReservedSlugs
{
    /// <summary>Controllers (conventional routes), literal first segments of attribute routes, and the static files' top folders.</summary>
    public static IReadOnlySet<string> From(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var reserved = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var action in services.GetRequiredService<Microsoft.AspNetCore.Mvc.Infrastructure.IActionDescriptorCollectionProvider>().ActionDescriptors.Items)
        {
            if (action.RouteValues.TryGetValue("controller", out var controller) && controller is not null)
            {
                reserved.Add(controller);
            }

            if (action.AttributeRouteInfo?.Template is { } template
                && template.TrimStart('/', '~').Split('/')[0] is { Length: > 0 } first && !first.StartsWith('{'))
            {
                reserved.Add(first);
            }
        }

        var webRoot = services.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider;
        foreach (var entry in webRoot.GetDirectoryContents(string.Empty))
        {
            reserved.Add(entry.Name);
        }

        reserved.Add("health");
        return reserved;
    }
}
