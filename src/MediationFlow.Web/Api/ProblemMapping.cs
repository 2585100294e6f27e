using System.Globalization;
using MediationFlow.Core.Errors;
using MediationFlow.Web.Presentation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace MediationFlow.Web.Api;

/// <summary>
/// Turns a user's mistake into a ProblemDetails response as <see cref="RefusalTable"/> says: its status,
/// `type` and title, with field errors (400) or the case's current state and version (409). Defects stay 500.
/// </summary>
public sealed class ProblemMapping(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (!ApiPaths.Contains(httpContext.Request.Path))
        {
            // A person's page: the error page says it in their language (Pages/Error), with this mapping's status.
            return false;
        }

        var problem = For(exception, CultureOf(httpContext));
        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status400BadRequest;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    public static ProblemDetails? For(Exception exception, CultureInfo culture)
    {
        if (RefusalTable.Show(exception, culture) is not { } shown)
        {
            return null;
        }

        ProblemDetails problem = exception is ValidationFailedException invalid
            ? new HttpValidationProblemDetails(invalid.Errors.GroupBy(x => x.Field).ToDictionary(g => g.Key, g => g.Select(x => x.Message).ToArray()))
            : new ProblemDetails();
        problem.Type = shown.Kind.Type;
        problem.Status = shown.Status;
        problem.Title = shown.Title;
        problem.Detail = shown.Detail;
        switch (exception)
        {
            case ActionRefusedException refused:
                problem.Extensions["refusal"] = refused.Refusal.ToString();
                problem.Extensions["reasons"] = refused.Reasons;
                break;
            case ConflictException conflict:
                problem.Extensions["caseId"] = conflict.CaseId;
                problem.Extensions["currentState"] = conflict.CurrentState;
                problem.Extensions["currentVersion"] = conflict.CurrentVersion;
                break;
        }

        return problem;
    }

    /// <summary>
    /// Every problem carries the request's trace id, which its log lines and spans carry too. A response that carries
    /// only its status (a bearer challenge, an unknown address, the rate limiter) gets the table's `type` and a title
    /// in the reader's language instead of the framework's English defaults.
    /// </summary>
    public static void DescribeStatusOnly(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = context.ProblemDetails;
        problem.Extensions["traceId"] = Hosting.Telemetry.TraceId(context.HttpContext);
        if (context.Exception is not null || problem.Type?.StartsWith(RefusalTable.TypePrefix, StringComparison.Ordinal) == true
            || RefusalTable.ForStatus(problem.Status ?? context.HttpContext.Response.StatusCode) is not { } kind)
        {
            return;
        }

        problem.Type = kind.Type;
        problem.Title = kind.TitleIn(CultureOf(context.HttpContext));
    }

    /// <summary>
    /// The exception handler and status code pages run outside the localization middleware, whose culture does
    /// not flow back out; the request's culture is still on the context.
    /// </summary>
    private static CultureInfo CultureOf(HttpContext httpContext) =>
        httpContext.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ?? CultureInfo.CurrentUICulture;
}
