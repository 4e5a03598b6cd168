using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Identity;

/// <summary>
/// Tells a signed-in page how long the session may stay idle, so that its script warns two minutes
/// before the end and offers to stay (the layout reads <see cref="Key"/>; no view reads a service).
/// </summary>
public sealed class IdleTimeFilter(PortalSettings settings) : IAsyncResultFilter
{
    public const string Key = "IdleMinutes";

    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.Result is ViewResult view && context.HttpContext.User.Identity?.IsAuthenticated == true)
        {
            view.ViewData[Key] = (int)await settings.NumberAsync(PortalSettings.IdleMinutesKey);
        }

        await next();
    }
}
