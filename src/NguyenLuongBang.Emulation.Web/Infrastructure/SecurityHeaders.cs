using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace NguyenLuongBang.Emulation.Web.Infrastructure;

/// <summary>
/// Headers every answer carries, and the sign-in rate limit. The CSP allows scripts, styles,
/// fonts and images from the portal itself only: the views have no inline scripts or styles.
/// Every answer but a static asset says <c>Cache-Control: no-store</c>; Kestrel sends no
/// <c>Server</c> header (PortalSetup).
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string SignInPolicy = "sign-in";

    /// <summary>"Quên mật khẩu?" and the reset form: per client address and hour (Portal:PasswordResetPermitsPerHour, default 30; an office shares one address).</summary>
    public const string PasswordResetPolicy = "password-reset";

    /// <summary>The public look-up of a feedback reference: per client address and minute (Portal:FeedbackLookupsPerMinute, default 30, as the document check).</summary>
    public const string FeedbackLookupPolicy = "feedback-lookup";

    /// <summary>The public verification page: per client address and minute (Portal:VerifyPermitsPerMinute, default 30).</summary>
    public const string VerifyPolicy = "verify";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XFrameOptions = "DENY";
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";

                // Pages and files carry personal or unit data: no browser or proxy keeps a copy.
                // Only the portal's own scripts, styles and fonts (static files) may be cached.
                if (!headers.ContainsKey("Cache-Control") && !IsStaticAsset(context))
                {
                    headers.CacheControl = "no-store";
                }

                return Task.CompletedTask;
            });
            await next();
        });

    private static bool IsStaticAsset(HttpContext context) =>
        context.GetEndpoint() is null && context.Response.StatusCode == StatusCodes.Status200OK && Path.HasExtension(context.Request.Path.Value);

    /// <summary>
    /// Sign-in attempts per client address and minute (Portal:SignInPermitsPerMinute, default 30);
    /// beyond that 429 with the portal's Vietnamese error page. Identity's lockout still guards each account.
    /// </summary>
    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("Portal:SignInPermitsPerMinute", 30);
        var checks = configuration.GetValue("Portal:VerifyPermitsPerMinute", 30);
        var resets = configuration.GetValue("Portal:PasswordResetPermitsPerHour", 30);
        var lookups = configuration.GetValue("Portal:FeedbackLookupsPerMinute", 30);
        return services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // No body here: the status-code pages render the Vietnamese error page for 429.
            o.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
            o.AddPolicy(SignInPolicy, http => PerAddress(http, permits, TimeSpan.FromMinutes(1)));
            o.AddPolicy(VerifyPolicy, http => PerAddress(http, checks, TimeSpan.FromMinutes(1)));
            o.AddPolicy(PasswordResetPolicy, http => PerAddress(http, resets, TimeSpan.FromHours(1)));
            o.AddPolicy(FeedbackLookupPolicy, http => PerAddress(http, lookups, TimeSpan.FromMinutes(1)));
        });
    }

    private static RateLimitPartition<string> PerAddress(HttpContext http, int permits, TimeSpan window) => RateLimitPartition.GetFixedWindowLimiter(
        http.Connection.RemoteIpAddress?.ToString() ?? "local",
        _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 });
}
