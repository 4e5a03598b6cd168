using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace NguyenLuongBang.Emulation.Web.Infrastructure;

/// <summary>
/// Views are found in the folder of the controller's feature — the namespace segment after
/// <c>Features</c> — not by the controller's name: <c>Features/Awards</c> holds the award pages'
/// controllers, their queries and actions, and their views together. A feature with a second
/// controller names that controller's views itself (<c>View("Dossier", …)</c>), so that no
/// <c>Index</c> is taken for another's.
/// </summary>
public sealed class FeatureFolders : IViewLocationExpander
{
    /// <summary>Where a feature's views are: the placeholder stands for the feature's folder.</summary>
    public const string FeatureLocation = "/Features/{feature}/{0}.cshtml";

    private const string Key = "feature";

    private const string Marker = ".Features.";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor action && FeatureOf(action.ControllerTypeInfo) is { } feature)
        {
            context.Values[Key] = feature;
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Values.TryGetValue(Key, out var feature) && feature is not null
            ? viewLocations.Select(location => location.Replace("{feature}", feature, StringComparison.Ordinal))
            : viewLocations.Where(location => !location.Contains("{feature}", StringComparison.Ordinal));
    }

    /// <summary>The feature a controller belongs to: <c>…Features.Awards.DossierController</c> → <c>Awards</c>; null outside Features.</summary>
    public static string? FeatureOf(Type controller)
    {
        ArgumentNullException.ThrowIfNull(controller);
        var name = controller.Namespace ?? string.Empty;
        var at = name.IndexOf(Marker, StringComparison.Ordinal);
        return at < 0 ? null : name[(at + Marker.Length)..].Split('.')[0];
    }
}
