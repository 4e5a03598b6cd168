using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace NguyenLuongBang.Emulation.Web.Infrastructure;

/// <summary>
/// Refuses an oversized body by its declared length before anything reads it (antiforgery would
/// otherwise read it first and answer 400): the endpoint's own limit ([RequestSizeLimit]), else the
/// server's. The 413 is answered by the error page, which names the limit kept here.
/// </summary>
public static class RequestBodyLimits
{
    /// <summary>The body limit of the request, for the error page of a 413 (the item survives the re-execution).</summary>
    public const string LimitKey = "nlb.body-limit";

    /// <summary>After routing (the endpoint's limit is known), before authentication.</summary>
    public static IApplicationBuilder UseRequestBodyLimits(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            // The error page, re-executed for the refused request, reads none of its body.
            if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null
                || context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>() is not null)
            {
                await next();
                return;
            }

            var sizeFeature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
            var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? sizeFeature?.MaxRequestBodySize;
            if (limit is { } max && context.Request.ContentLength > max)
            {
                context.Items[LimitKey] = max;
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }

            // A body sent without its length (chunked) meets the same limit while it is read.
            if (limit is { } declared && sizeFeature is { IsReadOnly: false })
            {
                context.Items[LimitKey] = declared;
            }

            await next();
        });
}
