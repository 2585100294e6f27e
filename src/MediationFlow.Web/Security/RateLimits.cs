using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using MediationFlow.Web.Api;
using MediationFlow.Web.Hosting;
using MediationFlow.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace MediationFlow.Web.Security;

/// <summary>
/// Guessing passwords and minting tokens are rate-limited with ASP.NET Core's rate limiter: sign-ins (the API and
/// the login form) per client address, new personal access tokens per person. The per-account limit on sign-in is
/// Identity's lockout (five wrong passwords, fifteen minutes). A refusal is a 429 with Retry-After, in the reader's
/// language: ProblemDetails for the API, the error page for the login form.
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
        if (!ApiPaths.Contains(http.Request.Path))
        {
            // The login form: the error page (Pages/Error) says it in the reader's language, with the way back.
            return;
        }

        // Type and title come from the refusal table, as for every other problem of the API.
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Detail = string.Format(CultureInfo.CurrentCulture, UiText.Get("TooManyRequestsRetry"), seconds),
            },
        });
    }
}
