using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace NguyenLuongBang.Emulation.Web.Infrastructure;

/// <summary>
/// The commune a page is about, read once per request on the action side and handed to the page in
/// its view data: views and the layout read <see cref="PageCommune.Commune"/>, they never await a
/// service. One filter rather than a commune on every page model: the layout (every page, error
/// pages included) needs it, and most page models have nothing else to do with it. It always runs,
/// so the pages answered by other filters (a refused value or control character) and the status
/// pages re-executed to Errors carry it too. It reads at the result, after the action: a page that
/// shows another commune's record (<see cref="CurrentCommune.Name"/>, the verification page) names
/// that commune.
/// </summary>
internal sealed class PageCommuneFilter(CurrentCommune commune, IModelMetadataProvider metadata) : IAsyncAlwaysRunResultFilter
{
    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var viewData = context.Result switch
        {
            ViewResult view => view.ViewData ??= new ViewDataDictionary(metadata, context.ModelState),
            PartialViewResult partial => partial.ViewData ??= new ViewDataDictionary(metadata, context.ModelState),
            _ => null,
        };
        if (viewData is not null)
        {
            PageCommune.Set(viewData, await commune.GetAsync(context.HttpContext.RequestAborted));
        }

        await next();
    }
}

/// <summary>The page's commune in its view data, put there by <see cref="PageCommuneFilter"/>.</summary>
public static class PageCommune
{
    private const string Key = "nlb.page-commune";

    /// <summary>The commune the page is about (its name in the title, the header, the footer and the text).</summary>
    public static CommuneEntry Commune(this ViewDataDictionary viewData)
    {
        ArgumentNullException.ThrowIfNull(viewData);
        return viewData[Key] as CommuneEntry
               ?? throw new InvalidOperationException("The page has no commune: it was not rendered from a view result of an action (PageCommuneFilter).");
    }

    internal static void Set(ViewDataDictionary viewData, CommuneEntry commune) => viewData[Key] = commune;
}
