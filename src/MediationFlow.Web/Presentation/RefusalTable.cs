using System.Globalization;
using MediationFlow.Core.Errors;
using MediationFlow.Web.Localization;

namespace MediationFlow.Web.Presentation;

/// <summary>
/// One kind of refusal: its status, the ProblemDetails <c>type</c> a client tells it by, and the resource
/// holding its title. API clients switch on <see cref="Type"/>, never on the title or detail, which are in
/// the reader's language.
/// </summary>
public sealed record RefusalKind(int Status, string Name, string TitleResource, string Meaning)
{
    public string Type => RefusalTable.TypePrefix + Name;

    public string TitleIn(CultureInfo culture) => UiText.In(culture, TitleResource);
}

/// <summary>A refusal as one reader sees it: its kind, status, title and detail in their language.</summary>
public sealed record ShownRefusal(RefusalKind Kind, int Status, string Title, string? Detail);

/// <summary>
/// The one table from a refusal to what the reader sees, read by the API (ProblemDetails), the page forms
/// and the page filter alike, so a refusal has the same status everywhere.
/// </summary>
public static class RefusalTable
{
    /// <summary>
    /// Problem types are relative references (RFC 9457, 3.1.1): stable names a client compares, documented in
    /// the OpenAPI document and the README; the product has no public address to make them absolute.
    /// </summary>
    public const string TypePrefix = "/problems/";

    public static readonly RefusalKind InvalidFields = new(StatusCodes.Status400BadRequest, "invalid-fields", "ProblemInvalidFields",
        "One or more fields are invalid; `errors` names each field (JSON path, `input.<name>` for an action's input) with the reason. Nothing was changed.");

    public static readonly RefusalKind BadRequest = new(StatusCodes.Status400BadRequest, "bad-request", "ProblemBadRequest",
        "The request could not be read (for example a body that is too large). Nothing was changed.");

    public static readonly RefusalKind SignInRequired = new(StatusCodes.Status401Unauthorized, "sign-in-required", "ProblemSignInRequired",
        "No valid bearer token: sign in (POST /api/v1/auth/login) or send a personal access token as `Authorization: Bearer mf_…`.");

    public static readonly RefusalKind Forbidden = new(StatusCodes.Status403Forbidden, "forbidden", "ForbiddenTitle",
        "You may not do this in this council (for example open a case without being its mediator or chair).");

    public static readonly RefusalKind RoleRequired = new(StatusCodes.Status403Forbidden, "role-required", "ProblemRoleRequired",
        "The case could take this action now, but not from you: your role on the case does not allow it. `reasons` says which role it needs.");

    public static readonly RefusalKind NotFound = new(StatusCodes.Status404NotFound, "not-found", "NotFoundTitle",
        "It does not exist, or you may not know that it exists (another council's case, a workshop you take no part in).");

    public static readonly RefusalKind StaleVersion = new(StatusCodes.Status409Conflict, "stale-version", "ProblemStaleVersion",
        "The case changed since the `expectedVersion` you sent; nothing was saved. `currentState` and `currentVersion` give the case as it is now: read it again and decide anew.");

    public static readonly RefusalKind ActionNotAvailable = new(StatusCodes.Status409Conflict, "action-not-available", "ProblemActionNotAvailable",
        "The action is not available now: the case is in another state, or a rule of the workflow blocks it (`reasons`, `refusal`). Sending it again will not help until the case changes; GET /api/v1/cases/{id}/actions lists what is available.");

    public static readonly RefusalKind TooManyRequests = new(StatusCodes.Status429TooManyRequests, "too-many-requests", "ProblemTooManyRequests",
        "Too many attempts from this client in a short time; wait for the number of seconds in `Retry-After` and try again.");

    public static IReadOnlyList<RefusalKind> All { get; } =
        [InvalidFields, BadRequest, SignInRequired, Forbidden, RoleRequired, NotFound, StaleVersion, ActionNotAvailable, TooManyRequests];

    /// <summary>The row for a refusal the user caused; null for anything else, which stays a defect (500).</summary>
    public static RefusalKind? KindOf(Exception exception) => exception switch
    {
        ValidationFailedException => InvalidFields,
        UnauthenticatedException => SignInRequired,
        ForbiddenException => Forbidden,
        ActionRefusedException { OnlyRoleBlocks: true } => RoleRequired,
        ActionRefusedException => ActionNotAvailable,
        NotFoundException => NotFound,
        ConflictException => StaleVersion,
        BadHttpRequestException => BadRequest,
        _ => null,
    };

    /// <summary>The row for a response that carries nothing but its status (a challenge, an unknown address, the rate limiter).</summary>
    public static RefusalKind? ForStatus(int status) => status switch
    {
        StatusCodes.Status400BadRequest => BadRequest,
        StatusCodes.Status401Unauthorized => SignInRequired,
        StatusCodes.Status403Forbidden => Forbidden,
        StatusCodes.Status404NotFound => NotFound,
        StatusCodes.Status429TooManyRequests => TooManyRequests,
        _ => null,
    };

    public static ShownRefusal? Show(Exception exception, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (KindOf(exception) is not { } kind)
        {
            return null;
        }

        var status = exception is BadHttpRequestException bad ? bad.StatusCode : kind.Status;
        var detail = exception switch
        {
            // The field errors say it, each beside its field.
            ValidationFailedException => null,
            ActionRefusedException refused => string.Join(" ", refused.Reasons),
            _ => exception.Message,
        };
        return new ShownRefusal(kind, status, kind.TitleIn(culture), detail);
    }
}
