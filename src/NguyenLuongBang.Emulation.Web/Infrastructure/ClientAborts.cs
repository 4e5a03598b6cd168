namespace NguyenLuongBang.Emulation.Web.Infrastructure;

/// <summary>
/// A browser that closes or navigates away mid-request cancels the work under it; what then throws
/// (a cancelled query, a reset connection) is not a fault of the portal. It is logged as a client
/// abort, at information level and without a stack trace, answered 499 (client closed request),
/// and never counted as a 500.
/// </summary>
public sealed class ClientAborts(RequestDelegate next, ILogger<ClientAborts> logger)
{
    public const int ClientClosedRequest = 499;

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await next(context);
        }
        catch (Exception ex) when (context.RequestAborted.IsCancellationRequested && ex is OperationCanceledException or IOException or Microsoft.AspNetCore.Connections.ConnectionAbortedException)
        {
            logger.LogInformation("Client closed the request {Method} {Path} before the answer ({Kind})", context.Request.Method, context.Request.Path, ex.GetType().Name);
            if (!context.Response.HasStarted)
            {
                context.Response.StatusCode = ClientClosedRequest;
            }
        }
    }
}
