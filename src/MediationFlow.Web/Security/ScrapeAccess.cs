using System.Net;
using System.Security.Cryptography;
using System.Text;
using MediationFlow.Web.Hosting;
using MediationFlow.Web.Localization;
using Microsoft.Net.Http.Headers;

namespace MediationFlow.Web.Security;

/// <summary>
/// Who may read the metrics: the machine itself (a Prometheus or agent on the same host, connecting to the program
/// directly, not through the reverse proxy), or a scraper that presents the configured token as a bearer token.
/// Anyone else is refused: the figures tell an outsider how busy which council is.
/// </summary>
public sealed class ScrapeAccess(RequestDelegate next, MediationFlowOptions options)
{
    public const int MinimumTokenLength = 32;

    private readonly byte[]? _tokenHash = options.MetricsToken is { Length: > 0 } token ? Hash(token) : null;

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (FromThisMachine(context) || PresentsToken(context))
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status403Forbidden;
    }

    /// <summary>A token short enough to guess is refused at start, naming the setting.</summary>
    public static void Require(MediationFlowOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.MetricsToken is { Length: > 0 and < MinimumTokenLength })
        {
            throw new InvalidSettingException($"{MediationFlowOptions.Section}:{nameof(options.MetricsToken)}",
                string.Format(System.Globalization.CultureInfo.CurrentCulture, UiText.Get("SettingTooShort"), MinimumTokenLength));
        }
    }

    /// <summary>
    /// Loopback, and not relayed: a request that came through a proxy on this machine also arrives from loopback, but
    /// carries the proxy's forwarding headers (or, once they are applied, the original ones).
    /// </summary>
    private static bool FromThisMachine(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address)
        && !context.Request.Headers.ContainsKey("X-Forwarded-For")
        && !context.Request.Headers.ContainsKey("X-Original-For")
        && !context.Request.Headers.ContainsKey("Forwarded");

    private bool PresentsToken(HttpContext context)
    {
        var presented = context.Request.Headers[HeaderNames.Authorization].ToString();
        const string scheme = "Bearer ";
        return _tokenHash is not null && presented.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
            && CryptographicOperations.FixedTimeEquals(_tokenHash, Hash(presented[scheme.Length..].Trim()));
    }

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
