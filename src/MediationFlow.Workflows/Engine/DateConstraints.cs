using System.Globalization;
using MediationFlow.Workflows.Definitions;

namespace MediationFlow.Workflows.Engine;

/// <summary>
/// Checks a date input against the dates it depends on (<c>notBefore</c>, <c>notAfter</c>): a legal act is dated
/// when it happened, so it cannot be in the future nor before the act it follows. A reference the case does not
/// have yet is no bound. A date compared with a moment counts as its whole day in the case's zone.
/// </summary>
internal sealed class DateConstraints(
    TransitionDefinition transition, IReadOnlyDictionary<string, object> values, CaseFacts facts,
    WorkflowSettings settings, DateTimeOffset now, IReadOnlyDictionary<string, LocalizedText> dateLabels)
{
    public const string Now = "now";

    /// <summary>The reference field kinds a bound may read a date of: a session's planned time, an obligation's due date.</summary>
    public static readonly IReadOnlyDictionary<string, (string Type, bool IsMoment)> ReferenceDates = new Dictionary<string, (string, bool)>
    {
        ["plannedAt"] = (InputTypes.Session, true),
        ["dueOn"] = (InputTypes.Obligation, false),
    };

    /// <summary>The first bound the field breaks, as an error; null when it keeps them all.</summary>
    public InputError? Check(InputFieldDefinition field)
    {
        if (!values.TryGetValue(field.Name, out var value))
        {
            return null;
        }

        foreach (var reference in field.NotBefore)
        {
            if (Resolve(reference, value is DateTimeOffset) is { } bound && !NotBefore(value, bound.Value))
            {
                return Error(field, reference == Now ? "inPast" : "tooEarly", reference == Now ? EngineMessages.InPast : EngineMessages.TooEarly, bound);
            }
        }

        foreach (var reference in field.NotAfter)
        {
            if (Resolve(reference, value is DateTimeOffset) is { } bound && !NotAfter(value, bound.Value))
            {
                return Error(field, reference == Now ? "inFuture" : "tooLate", reference == Now ? EngineMessages.InFuture : EngineMessages.TooLate, bound);
            }
        }

        return null;
    }

    private bool NotBefore(object value, object bound) => (value, bound) switch
    {
        (DateOnly date, DateOnly other) => date >= other,
        (DateTimeOffset moment, DateOnly other) => moment >= settings.StartOfDay(other, facts.TimeZone),
        (DateOnly date, DateTimeOffset other) => date >= settings.Today(other, facts.TimeZone),
        (DateTimeOffset moment, DateTimeOffset other) => moment >= other,
        _ => true,
    };

    private bool NotAfter(object value, object bound) => (value, bound) switch
    {
        (DateOnly date, DateOnly other) => date <= other,
        (DateTimeOffset moment, DateOnly other) => moment < settings.EndOfDay(other, facts.TimeZone),
        (DateOnly date, DateTimeOffset other) => date <= settings.Today(other, facts.TimeZone),
        (DateTimeOffset moment, DateTimeOffset other) => moment <= other,
        _ => true,
    };

    /// <summary>The bound's value (a date or a moment) and what to call it; null when the case or the input lacks it.</summary>
    private (object Value, LocalizedText Label)? Resolve(string reference, bool forMoment)
    {
        if (reference == Now)
        {
            return forMoment ? (now, EngineMessages.NowLabel) : (settings.Today(now, facts.TimeZone), EngineMessages.TodayLabel);
        }

        if (facts.Dates.TryGetValue(reference, out var caseDate))
        {
            return (caseDate, dateLabels.TryGetValue(reference, out var label) ? label : new LocalizedText(reference, reference, reference));
        }

        if (transition.Input.FirstOrDefault(f => f.Name == reference) is { } other)
        {
            return values.TryGetValue(other.Name, out var given) ? (given, other.Label) : null;
        }

        var dot = reference.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0 || transition.Input.FirstOrDefault(f => f.Name == reference[..dot]) is not { } owner || values.GetValueOrDefault(owner.Name) is not string id)
        {
            return null;
        }

        return reference[(dot + 1)..] switch
        {
            "plannedAt" when facts.Sessions.FirstOrDefault(s => s.Id == id)?.PlannedAt is { } planned =>
                (planned, EngineMessages.Compose(EngineMessages.PlannedTimeOf, owner.Label)),
            "dueOn" when facts.Obligations.FirstOrDefault(o => o.Id == id) is { } obligation =>
                (obligation.DueOn, EngineMessages.Compose(EngineMessages.DueDateOf, owner.Label)),
            _ => null,
        };
    }

    private InputError Error(InputFieldDefinition field, string code, LocalizedText template, (object Value, LocalizedText Label) bound)
    {
        var shown = bound.Value switch
        {
            DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTimeOffset moment => settings.LocalTime(moment, facts.TimeZone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            _ => string.Empty,
        };
        return new InputError(field.Name, code, EngineMessages.Compose(template, field.Label, bound.Label, shown));
    }
}
