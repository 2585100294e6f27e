using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Threading.RateLimiting;
using MediationFlow.Web.Hosting;
using MediationFlow.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace MediationFlow.Web.Security;

/// <summary>
/// Guessing passwords and minting tokens are rate-limited with ASP.NET Core's rate limiter: sign-ins (the API and
/// the login form) per client address, new personal access tokens per person. The per-account limit on sign-in is
/// Identity's lockout (five wrong passwords, fifteen minutes). A refusal is a 429 with Retry-After, in the reader's
/// language: ProblemDetails for the API, a page for the login form.
/// </summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string Tokens = "tokens";

    public static IServiceCollection AddMediationFlowRateLimits(this IServiceCollection services, MediationFlowOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Require(options.SignInsPerMinute, nameof(options.SignInsPerMinute));
        Require(options.TokensPerHour, nameof(options.TokensPerHour));
        return services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(SignIn, context => HttpMethods.IsGet(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("reading the form")
                : RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown address",
                    _ => Window(options.SignInsPerMinute, TimeSpan.FromMinutes(1))));
            limiter.AddPolicy(Tokens, context => RateLimitPartition.GetFixedWindowLimiter(
                context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown address",
                _ => Window(options.TokensPerHour, TimeSpan.FromHours(1))));
            limiter.OnRejected = RefuseAsync;
        });
    }

    /// <summary>A limit of nothing would refuse every sign-in: the host does not start with one.</summary>
    private static void Require(int limit, string setting)
    {
        if (limit <= 0)
        {
            throw new InvalidSettingException($"{MediationFlowOptions.Section}:{setting}", UiText.Get("SettingNotPositive"));
        }
    }

    private static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) =>
        new() { PermitLimit = permits, Window = window, QueueLimit = 0, AutoReplenishment = true };

    private static async ValueTask RefuseAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? (int)Math.Ceiling(retryAfter.TotalSeconds) : 60;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var title = UiText.Get("TooManyRequests");
        var detail = string.Format(CultureInfo.CurrentCulture, UiText.Get("TooManyRequestsRetry"), seconds);
        if (http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = new ProblemDetails { Status = StatusCodes.Status429TooManyRequests, Title = title, Detail = detail },
            });
            return;
        }

        // The login form: a page in the reader's language with the way back to the form.
        var html = http.RequestServices.GetRequiredService<HtmlEncoder>();
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="{html.Encode(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName)}">
            <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>{html.Encode(title)} · MediationFlow</title><link rel="stylesheet" href="/css/site.css" /></head>
            <body><main class="card"><h1>{html.Encode(title)}</h1><p data-testid="notice-too-many">{html.Encode(detail)}</p><p><a href="/Account/Login">{html.Encode(UiText.Get("SignIn"))}</a></p></main></body>
            </html>
            """,
            cancellationToken);
    }
}
