using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Web.Infrastructure;

/// <summary>
/// <c>{round:round}</c> in a route matches only a valid round code ("2026", "so-ket-2027",
/// "tong-ket-2030"): anything else is a 404 before an action runs.
/// </summary>
public sealed class ReviewRoundRouteConstraint : IRouteConstraint
{
    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value)
        && ReviewRound.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), out _);
}

/// <summary>Binds a <see cref="ReviewRound"/> action parameter from its code.</summary>
public sealed class ReviewRoundModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName).FirstValue;
        if (ReviewRound.TryParse(value, out var round))
        {
            bindingContext.Result = ModelBindingResult.Success(round);
        }
        else
        {
            bindingContext.ModelState.AddModelError(bindingContext.ModelName, "Đợt thi đua không hợp lệ.");
        }

        return Task.CompletedTask;
    }
}

public sealed class ReviewRoundModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context?.Metadata.ModelType == typeof(ReviewRound) ? new ReviewRoundModelBinder() : null;
}
