using System.Globalization;
using MediationFlow.Core.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace MediationFlow.Web.Api;

/// <summary>
/// Turns a user's mistake into a ProblemDetails response with the right status: 400 with field errors,
/// 401, 403, 404, 409 with the case's current state and version. Defects stay 500.
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

        // The exception handler runs outside the localization middleware, whose culture does not flow back
        // out with the exception; the request's culture is still on the context.
        var culture = httpContext.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ?? CultureInfo.CurrentUICulture;
        var problem = For(exception, culture);
        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status400BadRequest;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    public static ProblemDetails? For(Exception exception, CultureInfo culture) => exception switch
    {
        ValidationFailedException e => new HttpValidationProblemDetails(
            e.Errors.GroupBy(x => x.Field).ToDictionary(g => g.Key, g => g.Select(x => x.Message).ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = Text(culture, "The request has invalid fields.", "В запросе есть неверные поля.", "Сұраныста қате өрістер бар."),
        },
        UnauthenticatedException e => Problem(StatusCodes.Status401Unauthorized, e.Message),
        ForbiddenException e => Problem(StatusCodes.Status403Forbidden, e.Message),
        ActionRefusedException { OnlyRoleBlocks: true } e => Refused(StatusCodes.Status403Forbidden, e),
        ActionRefusedException e => Refused(StatusCodes.Status409Conflict, e),
        NotFoundException e => Problem(StatusCodes.Status404NotFound, e.Message),
        ConflictException e => Conflict(e),
        BadHttpRequestException e => Problem(e.StatusCode, e.Message),
        _ => null,
    };

    private static ProblemDetails Problem(int status, string detail) => new() { Status = status, Detail = detail };

    private static ProblemDetails Refused(int status, ActionRefusedException e)
    {
        var problem = Problem(status, e.Message);
        problem.Extensions["refusal"] = e.Refusal.ToString();
        problem.Extensions["reasons"] = e.Reasons;
        return problem;
    }

    private static ProblemDetails Conflict(ConflictException e)
    {
        var problem = Problem(StatusCodes.Status409Conflict, e.Message);
        problem.Extensions["caseId"] = e.CaseId;
        problem.Extensions["currentState"] = e.CurrentState;
        problem.Extensions["currentVersion"] = e.CurrentVersion;
        return problem;
    }

    private static string Text(CultureInfo culture, string en, string ru, string kk) => culture.TwoLetterISOLanguageName switch
    {
        "ru" => ru,
        "kk" => kk,
        _ => en,
    };
}
