using NetEscapades.AspNetCore.SecurityHeaders;
using Scalar.AspNetCore;

namespace MediationFlow.Web.Security;

/// <summary>
/// The headers on every response (pages, API, static files, errors): scripts only from this server or with the
/// request's nonce, never in a frame, no plug-ins, no sniffing, no device features; HSTS over https only.
/// </summary>
public static class SecurityHeaders
{
    private const int OneYearInSeconds = 365 * 24 * 60 * 60;

    public static IApplicationBuilder UseMediationFlowSecurityHeaders(this IApplicationBuilder app) =>
        app.UseSecurityHeaders(new HeaderPolicyCollection()
            .AddContentTypeOptionsNoSniff()
            .AddFrameOptionsDeny()
            // Case ids are in the addresses: another site learns nothing of where a reader came from.
            .AddReferrerPolicySameOrigin()
            .AddPermissionsPolicy(p =>
            {
                p.AddCamera().None();
                p.AddMicrophone().None();
                p.AddGeolocation().None();
                p.AddPayment().None();
                p.AddUsb().None();
                p.AddFullscreen().Self();
            })
            // A browser that once reached the server over https keeps to it; on loopback a developer's plain http stays usable.
            .AddStrictTransportSecurity(OneYearInSeconds, includeSubdomains: false, preload: false, excludedHosts: ["localhost", "127.0.0.1", "[::1]"])
            .AddContentSecurityPolicy(csp =>
            {
                csp.AddDefaultSrc().Self();
                csp.AddScriptSrc().Self().WithNonce();
                // Mermaid and the API reference insert style elements as they draw; neither can carry a nonce.
                csp.AddStyleSrc().Self().UnsafeInline();
                csp.AddImgSrc().Self().Data();
                csp.AddObjectSrc().None();
                csp.AddFrameAncestors().None();
                csp.AddBaseUri().Self();
                csp.AddFormAction().Self();
            }));

    /// <summary>The API reference's own script tags carry this request's nonce (see the policy's script-src).</summary>
    public static void UseRequestNonce(ScalarOptions options, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);
        options.Nonce = context.GetNonce();
    }
}
