using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Primitives;
using NguyenLuongBang.Emulation.Web.Features.Errors;

namespace NguyenLuongBang.Emulation.Web.Infrastructure;

/// <summary>
/// Refuses a request whose form fields or query hold a control character (NUL and the like; a tab,
/// a carriage return and a line feed are text) before the action reads them: no one types one, a
/// database may refuse it (PostgreSQL text cannot hold NUL), and a document would print it. The
/// answer is a 400 page that names the fields and gives back what was typed, the control
/// characters shown as "�", so nothing is lost. It runs after antiforgery (an authorization filter).
/// </summary>
internal sealed class RefuseControlCharactersFilter : IAsyncResourceFilter
{
    public const string Title = "Có ký tự không hợp lệ";

    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.HttpContext.Request;
        if (context.ActionDescriptor.EndpointMetadata.OfType<ErrorsControllerMarker>().Any())
        {
            await next();
            return;
        }

        var found = Refused(request.Query);
        if (request.HasFormContentType && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(context.HttpContext.RequestAborted);
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException)
            {
                // A form that cannot be read is MVC's to answer (400), as before.
                await next();
                return;
            }

            found.AddRange(Refused(form));
        }

        if (found.Count == 0)
        {
            await next();
            return;
        }

        var page = Page(found);
        context.Result = new ViewResult
        {
            ViewName = "~/Features/Errors/Error.cshtml",
            StatusCode = StatusCodes.Status400BadRequest,
            ViewData = new ViewDataDictionary<ErrorPage>(new EmptyModelMetadataProvider(), context.ModelState) { Model = page },
        };
    }

    /// <summary>The 400 page naming the fields and giving back what was typed.</summary>
    public static ErrorPage Page(IReadOnlyList<TypedField> found)
    {
        ArgumentNullException.ThrowIfNull(found);
        return new ErrorPage(StatusCodes.Status400BadRequest, Title,
            $"Nội dung gửi lên có ký tự điều khiển không gõ được (như ký tự NUL) ở {(found.Count == 1 ? "trường" : "các trường")} {string.Join(", ", found.Select(f => f.Field))}, "
            + "thường do dán từ một tệp hoặc chương trình khác. Yêu cầu không được thực hiện, không có gì được ghi nhận. "
            + "Nội dung đã gõ ở dưới (ký tự không hợp lệ hiện là \u201C\uFFFD\u201D): hãy sao chép, xóa các ký tự đó, rồi quay lại biểu mẫu và gửi lại.")
        {
            Typed = found,
        };
    }

    /// <summary>The fields of a query or form that hold a refused character, as typed (made visible).</summary>
    public static List<TypedField> Refused(IEnumerable<KeyValuePair<string, StringValues>> fields) => RefusedFields(fields).ToList();

    /// <summary>A control character other than tab, carriage return and line feed.</summary>
    public static bool IsRefused(char c) => char.IsControl(c) && c is not ('\t' or '\r' or '\n');

    private static IEnumerable<TypedField> RefusedFields(IEnumerable<KeyValuePair<string, StringValues>> fields)
    {
        foreach (var (name, values) in fields)
        {
            if (name.Any(IsRefused) || values.Any(v => v is not null && v.Any(IsRefused)))
            {
                yield return new TypedField(Visible(name), string.Join(Environment.NewLine, values.Select(v => Visible(v ?? string.Empty))));
            }
        }
    }

    private static string Visible(string text)
    {
        var shown = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            shown.Append(IsRefused(c) ? '\uFFFD' : c);
        }

        return shown.ToString();
    }
}

/// <summary>
/// A url-encoded form holding a NUL cannot be read by the framework (antiforgery then answers a bare
/// 400): such a body is read here first, before antiforgery, and a refused field answers 400 with
/// the fields kept for the error page, which gives them back.
/// </summary>
public static class ControlCharacterRefusal
{
    public const string RefusedKey = "nlb.control-characters";

    /// <summary>A url-encoded form is a few kilobytes; a bigger one is left to the framework's own limits.</summary>
    private const long MaxFormBytes = 4L * 1024 * 1024;

    public static IApplicationBuilder UseControlCharacterRefusal(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null
                || context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>() is not null)
            {
                await next();
                return;
            }

            var found = RefuseControlCharactersFilter.Refused(request.Query);
            if (request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true
                && request.ContentLength is > 0 and <= MaxFormBytes)
            {
                request.EnableBuffering();
                using (var reader = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true))
                {
                    found.AddRange(RefuseControlCharactersFilter.Refused(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(await reader.ReadToEndAsync(context.RequestAborted))));
                }

                request.Body.Position = 0;
            }

            if (found.Count > 0)
            {
                context.Items[RefusedKey] = found;
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            await next();
        });
}

/// <summary>The error pages' own controller: it answers for a refused request and reads nothing of it.</summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class ErrorsControllerMarker : Attribute
{
}
