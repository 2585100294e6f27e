using System.Globalization;
using MediationFlow.Core.Errors;

namespace MediationFlow.Web.Presentation;

/// <summary>
/// How a page shows a refused form: the status from <see cref="RefusalTable"/>, the field errors beside their
/// inputs, and a notice for a refusal that belongs to no field. One mapping for every page that re-renders a refused form.
/// </summary>
public sealed record FormRefusal(int Status, Dictionary<string, string> Errors, string? Notice)
{
    public static FormRefusal Of(MediationFlowException refusal)
    {
        var shown = RefusalTable.Show(refusal, CultureInfo.CurrentUICulture)
            ?? throw new ArgumentException($"{refusal.GetType().Name} is missing from the refusal table.", nameof(refusal));
        return refusal is ValidationFailedException invalid
            ? new(shown.Status, FormErrors.ByField(invalid.Errors), null)
            : new(shown.Status, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), shown.Detail);
    }
}
