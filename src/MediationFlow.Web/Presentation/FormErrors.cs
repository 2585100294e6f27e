using MediationFlow.Core.Errors;

namespace MediationFlow.Web.Presentation;

/// <summary>Field errors from the application, by the field names the forms post.</summary>
public static class FormErrors
{
    public static Dictionary<string, string> ByField(IEnumerable<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var byField = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var error in errors)
        {
            // Two rules may fail on one field; the reader fixes one thing at a time.
            byField.TryAdd(error.Field, error.Message);
        }

        return byField;
    }
}
