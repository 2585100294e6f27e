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
        catch (FormatException)
        {
            // Reported below with the field's name, like every other bad input.
        }

        throw new ValidationFailedException([new FieldError(field, "invalid", UiText.Get("ClockStepInvalid"))]);
    }
}
