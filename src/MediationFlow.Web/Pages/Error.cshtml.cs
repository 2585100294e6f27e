using System.Globalization;
using MediationFlow.Web.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MediationFlow.Web.Pages;

/// <summary>
/// The page a person sees instead of an empty error response: what happened in their language, the menu, and
/// a way back. The host re-executes a failed page request here, whatever its method, so nothing here is bound
/// to a handler (a POST that failed comes back as a POST).
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    /// <summary>Statuses with a text of their own; any other gets the general one with its code.</summary>
    private static readonly int[] Described = [400, 404, 405, 429, 500];

    /// <summary>
    /// The status this page answers with: for an exception, what it means for the reader; otherwise the route's,
    /// and asked for directly (/Error/200) still an error, never a 200.
    /// </summary>
    public int Shown
    {
        get
        {
            if (HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error is { } exception)
            {
                return ProblemMapping.For(exception, CultureInfo.CurrentUICulture)?.Status ?? StatusCodes.Status500InternalServerError;
            }

            var routed = int.TryParse(RouteData.Values["status"]?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var status) ? status : 0;
            return routed is >= 400 and <= 599 ? routed : StatusCodes.Status404NotFound;
        }
    }

    /// <summary>The request's trace id, for the administrator to find its log lines and spans by.</summary>
    public string TraceId => Hosting.Telemetry.TraceId(HttpContext);

    /// <summary>The resource key's suffix for a status: its own text, or the general one.</summary>
    public static string TextKey(int status) => Described.Contains(status) ? status.ToString(CultureInfo.InvariantCulture) : "Other";
}
