using MediationFlow.Core.Errors;

namespace MediationFlow.Web.Presentation;

/// <summary>
/// How a page shows a refused form: the status, the field errors beside their inputs, and a notice for
/// a refusal that belongs to no field. One mapping for every page that re-renders a refused form.
/// </summary>
public sealed record FormRefusal(int Status, Dictionary<string, string> Errors, string? Notice)
{
    public static FormRefusal Of(MediationFlowException refusal) => refusal switch
    {
        ValidationFailedException invalid => new(StatusCodes.Status400BadRequest, FormErrors.ByField(invalid.Errors), null),
        ActionRefusedException refused => new(StatusCodes.Status409Conflict, NoErrors(), string.Join(" ", refused.Reasons)),
        ConflictException => new(StatusCodes.Status409Conflict, NoErrors(), refusal.Message),
        _ => new(StatusCodes.Status403Forbidden, NoErrors(), refusal.Message),
    };

    private static Dictionary<string, string> NoErrors() => new(StringComparer.OrdinalIgnoreCase);
}
