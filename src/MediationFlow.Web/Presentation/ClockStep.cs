using System.Xml;
using MediationFlow.Core.Errors;
using MediationFlow.Web.Localization;

namespace MediationFlow.Web.Presentation;

/// <summary>Reads a clock step as forms and API bodies give it: ISO-8601 ("PT3H", "P2D").</summary>
public static class ClockStep
{
    public static TimeSpan Parse(string? text, string field)
    {
        try
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                return XmlConvert.ToTimeSpan(text.Trim());
            }
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            // Reported below with the field's name, like every other bad input ("P99999999D" is beyond any TimeSpan).
        }

        throw new ValidationFailedException([new FieldError(field, "invalid", UiText.Get("ClockStepInvalid"))]);
    }

    /// <summary>
    /// Sends a clock change; the application names the step "by", a field no API body or form has, so its
    /// errors (a step of zero, or over a year) are given the caller's field name instead.
    /// </summary>
    public static async Task<T> SendAsync<T>(Func<Task<T>> send, string field)
    {
        ArgumentNullException.ThrowIfNull(send);
        try
        {
            return await send();
        }
        catch (ValidationFailedException e) when (e.Errors.Any(x => x.Field == "by"))
        {
            throw new ValidationFailedException([.. e.Errors.Select(x => x.Field == "by" ? x with { Field = field } : x)]);
        }
    }
}
