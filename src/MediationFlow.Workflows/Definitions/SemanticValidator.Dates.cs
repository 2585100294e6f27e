using System.Text.RegularExpressions;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Workflows.Definitions;

internal sealed partial class SemanticValidator
{
    /// <summary>Where each case date is first used; each must have a label, the name the case page shows.</summary>
    private readonly Dictionary<string, string> _usedDates = new(StringComparer.Ordinal);

    private void UseDate(string name, string path)
    {
        if (CaseDates.All.Contains(name))
        {
            _usedDates.TryAdd(name, path);
        }
    }

    /// <summary>A date input's bounds and the case date it records; the pairing and option rules of the other input kinds.</summary>
    private void CheckInputDates(TransitionDefinition transition, InputFieldDefinition field, string path)
    {
        var isDate = field.Type is InputTypes.Date or InputTypes.DateTime;
        if (field.Records is { } records)
        {
            if (!isDate)
            {
                Error($"{path}.records", AuthoringMessages.RecordsNotDate);
            }
            else if (!CaseDates.Settable.Contains(records))
            {
                Error($"{path}.records", AuthoringMessages.NotSettableDate.Format(records, string.Join(", ", CaseDates.Settable)));
            }
            else
            {
                UseDate(records, $"{path}.records");
            }
        }

        foreach (var (bounds, name) in new[] { (field.NotBefore, "notBefore"), (field.NotAfter, "notAfter") }.Where(b => b.Item1.Count > 0))
        {
            if (!isDate)
            {
                Error($"{path}.{name}", AuthoringMessages.BoundsOnlyOnDates);
                continue;
            }

            foreach (var (bound, k) in bounds.Select((b, k) => (b, k)))
            {
                CheckBound(transition, field, bound, $"{path}.{name}[{k}]");
            }
        }

        if (field.BelongsTo is { } owner
            && (field.Type != InputTypes.Representative || !transition.Input.Any(f => f.Name == owner && f.Type == InputTypes.Party)))
        {
            Error($"{path}.belongsTo", AuthoringMessages.BelongsToMisplaced.Format(owner));
        }

        if (field.OptionsFrom is not null && (field.Type != InputTypes.Choice || field.Options.Count > 0 || _d.Screening.Count == 0))
        {
            Error($"{path}.optionsFrom", AuthoringMessages.OptionsFromMisplaced);
        }
    }

    private void CheckBound(TransitionDefinition transition, InputFieldDefinition field, string bound, string path)
    {
        var dot = bound.IndexOf('.', StringComparison.Ordinal);
        var known = bound == DateConstraints.Now
            || CaseDates.All.Contains(bound)
            || transition.Input.Any(f => f.Name == bound && f != field && f.Type is InputTypes.Date or InputTypes.DateTime)
            || (dot > 0 && DateConstraints.ReferenceDates.TryGetValue(bound[(dot + 1)..], out var owner)
                && transition.Input.Any(f => f.Name == bound[..dot] && f.Type == owner.Type));
        if (!known)
        {
            Error(path, AuthoringMessages.UnknownBound.Format(bound));
        }
        else
        {
            UseDate(bound, path);
        }
    }

    /// <summary>The labels of $.dates are of case dates the engine knows, and every case date used has one.</summary>
    private void CheckDates()
    {
        foreach (var name in _d.Dates.Keys.Where(n => !CaseDates.All.Contains(n)))
        {
            Error($"$.dates.{name}", AuthoringMessages.UnknownCaseDate.Format(name, string.Join(", ", CaseDates.All)));
        }

        foreach (var (name, path) in _usedDates.Where(u => !_d.Dates.ContainsKey(u.Key)))
        {
            Error(path, AuthoringMessages.DateNoLabel.Format(name));
        }
    }

    /// <summary>Guard reasons and input labels may show a setting's value as "{name}"; the name must be a setting the definition has.</summary>
    private void CheckPlaceholders()
    {
        var texts = _d.GuardRules.Select(g => (Path: GuardPath(g.Key), Text: g.Value.Reason))
            .Concat(_d.Transitions.SelectMany((t, i) => t.Input.Select((f, k) => (Path: $"$.transitions[{i}].input[{k}].label", Text: f.Label))));
        foreach (var (path, text) in texts)
        {
            foreach (var (language, value) in new[] { ("kk", text.Kk), ("ru", text.Ru), ("en", text.En) })
            {
                foreach (var name in SettingPlaceholder().Matches(value ?? string.Empty).Select(m => m.Groups[1].Value).Where(n => !_d.Settings.ContainsKey(n)))
                {
                    Error($"{path}.{language}", AuthoringMessages.UnknownPlaceholder.Format(name));
                }
            }
        }
    }

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    internal static partial Regex SettingPlaceholder();
}
