using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Web.Features.Errors;

namespace NguyenLuongBang.Emulation.Web.Infrastructure;

/// <summary>
/// Binds a choice (an enum) only to one of its names: an unknown name ("Recuse" for "Recused"), a
/// number or a combination of names is refused, never read as the first value or as another one.
/// </summary>
internal sealed class DefinedEnumModelBinder(IModelBinder inner, Type enumType) : IModelBinder
{
    public const string Refusal = "Lựa chọn không có trong danh sách";

    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        await inner.BindModelAsync(bindingContext);
        var typed = bindingContext.ValueProvider.GetValue(bindingContext.ModelName).FirstValue;
        if (string.IsNullOrWhiteSpace(typed))
        {
            return;
        }

        // Only a named value: not a number, not a combination of names.
        var failed = (bindingContext.ModelState.TryGetValue(bindingContext.ModelName, out var entry) && entry.Errors.Count > 0)
            || !Enum.GetNames(enumType).Contains(typed.Trim(), StringComparer.OrdinalIgnoreCase);
        if (failed)
        {
            entry?.Errors.Clear();
            bindingContext.ModelState.AddModelError(bindingContext.ModelName, $"{Refusal}: \"{typed}\".");
            bindingContext.Result = ModelBindingResult.Failed();
        }
    }
}

internal sealed class DefinedEnumModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var type = context.Metadata.UnderlyingOrModelType;
        return type.IsEnum
            ? new DefinedEnumModelBinder(new SimpleTypeModelBinder(context.Metadata.ModelType, context.Services.GetRequiredService<ILoggerFactory>()), type)
            : null;
    }
}

/// <summary>
/// Refuses a posted form whose choices or values could not be read — an unknown choice anywhere,
/// or an impossible date, number or flag given straight to an action — before the action runs:
/// the user sees why, and nothing is recorded. (Forms bound to a model re-render their own binding
/// errors with what was typed.)
/// </summary>
internal sealed class RefuseMalformedValuesFilter : IActionFilter
{
    public void OnActionExecuting(ActionExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (HttpMethods.IsGet(context.HttpContext.Request.Method) || HttpMethods.IsHead(context.HttpContext.Request.Method))
        {
            return;
        }

        var problem = context.ModelState.Values.SelectMany(e => e.Errors).FirstOrDefault(e => e.ErrorMessage.StartsWith(DefinedEnumModelBinder.Refusal, StringComparison.Ordinal))?.ErrorMessage;
        var shownByAction = context.ActionDescriptor.EndpointMetadata.OfType<ShowsBindingErrorsAttribute>().Any();
        foreach (var parameter in context.ActionDescriptor.Parameters.Where(p => !shownByAction && IsValue(p.ParameterType)))
        {
            var error = context.ModelState
                .Where(e => e.Key == parameter.Name || e.Key.StartsWith(parameter.Name + "[", StringComparison.Ordinal))
                .SelectMany(e => e.Value!.Errors.Select(x => (e.Value.AttemptedValue, x.ErrorMessage)))
                .FirstOrDefault();
            if (error.ErrorMessage is not null)
            {
                problem ??= string.IsNullOrWhiteSpace(error.AttemptedValue) ? "Thiếu một giá trị bắt buộc." : $"Giá trị \"{error.AttemptedValue}\" không hợp lệ.";
            }
        }

        if (problem is not null)
        {
            context.Result = new ViewResult
            {
                ViewName = "~/Features/Errors/Error.cshtml",
                StatusCode = StatusCodes.Status400BadRequest,
                ViewData = new ViewDataDictionary<ErrorPage>(new EmptyModelMetadataProvider(), context.ModelState)
                {
                    Model = new ErrorPage(400, "Giá trị không hợp lệ", $"{problem} Yêu cầu không được thực hiện, không có gì được ghi nhận. Vui lòng quay lại, tải lại trang và chọn trong danh sách."),
                },
            };
        }
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }

    /// <summary>A value read from one text (a date, a number, a flag, a choice) or a list of them; a round decides its own answer (404).</summary>
    private static bool IsValue(Type type)
    {
        var element = type.IsArray ? type.GetElementType()! : type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) ? type.GetGenericArguments()[0] : type;
        element = Nullable.GetUnderlyingType(element) ?? element;
        return element != typeof(string) && element != typeof(ReviewRound) && element != typeof(CancellationToken)
               && (element.IsPrimitive || element.IsEnum || element == typeof(decimal) || element == typeof(DateOnly) || element == typeof(DateTime)
                   || element == typeof(DateTimeOffset) || element == typeof(Guid) || TypeDescriptor.GetConverter(element) is EnumConverter);
    }
}

/// <summary>The action re-renders its own form with the values it could not read (and what was typed); the filter leaves those to it.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ShowsBindingErrorsAttribute : Attribute
{
}
