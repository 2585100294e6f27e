using System.Globalization;
using MediationFlow.Workflows.Definitions;

namespace MediationFlow.Workflows.Engine;

/// <summary>Parses raw input (form fields or JSON scalars as strings) against an action's input fields.</summary>
internal static class InputParser
{
    private static readonly string[] DateTimeFormats = ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm"];

    // ISO-8601 only: a lenient parse reads "03/04/2025" month first and fills a missing date from the machine's clock.
    private static readonly string[] OffsetDateTimeFormats = ["yyyy-MM-ddTHH:mmK", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK"];

    public static (ActionInput Input, IReadOnlyList<InputError> Errors) Parse(
        TransitionDefinition transition, IReadOnlyDictionary<string, string?> raw, CaseFacts facts, WorkflowSettings settings)
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        var errors = new List<InputError>();
        var known = transition.Input.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var name in raw.Keys.Where(k => !known.Contains(k)).Order(StringComparer.Ordinal))
        {
            errors.Add(new InputError(name, "unknownField", EngineMessages.UnknownField.Format(name)));
        }

        foreach (var field in transition.Input)
        {
            raw.TryGetValue(field.Name, out var text);
            text = text?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                if (field.Required)
                {
                    var code = field.Type == InputTypes.Confirmation ? "mustConfirm" : "required";
                    var message = field.Type == InputTypes.Confirmation ? EngineMessages.MustConfirm : EngineMessages.Required;
                    errors.Add(new InputError(field.Name, code, EngineMessages.Compose(message, field.Label)));
                }

                continue;
            }

            var (value, error) = ParseValue(field, text, facts, settings);
            if (error is not null)
            {
                errors.Add(error);
            }
            else if (value is not null)
            {
                values[field.Name] = value;
            }
        }

        return (new ActionInput(values), errors);
    }

    private static (object? Value, InputError? Error) ParseValue(InputFieldDefinition field, string text, CaseFacts facts, WorkflowSettings settings)
    {
        InputError Fail(string code, LocalizedText message, params object[] more) =>
            new(field.Name, code, EngineMessages.Compose(message, field.Label, more));

        switch (field.Type)
        {
            case InputTypes.Text or InputTypes.LongText or InputTypes.User:
                var max = field.Type == InputTypes.LongText ? InputTypes.LongTextMaxLength : InputTypes.TextMaxLength;
                return text.Length > max ? (null, Fail("tooLong", EngineMessages.TooLong, max)) : (text, null);
            case InputTypes.Boolean:
                return ParseBoolean(text) is { } flag ? (flag, null) : (null, Fail("notBoolean", EngineMessages.NotBoolean));
            case InputTypes.Confirmation:
                return ParseBoolean(text) == true ? (true, null) : (null, Fail("mustConfirm", EngineMessages.MustConfirm));
            case InputTypes.Number:
                return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
                    ? (number, null) : (null, Fail("notInteger", EngineMessages.NotInteger));
            case InputTypes.Date:
                return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? (date, null) : (null, Fail("notDate", EngineMessages.NotDate));
            case InputTypes.DateTime:
                return ParseDateTime(text, settings) is { } moment ? (moment, null) : (null, Fail("notDateTime", EngineMessages.NotDateTime));
            case InputTypes.Choice:
                return field.Options.Any(o => o.Value == text) ? (text, null) : (null, Fail("notOption", EngineMessages.NotOption));
            case InputTypes.Party:
                return facts.Parties.Any(p => p.Id == text) ? (text, null) : (null, Fail("unknownReference", EngineMessages.UnknownReference));
            case InputTypes.Session:
                return facts.Sessions.Any(s => s.Id == text) ? (text, null) : (null, Fail("unknownReference", EngineMessages.UnknownReference));
            case InputTypes.Obligation:
                return facts.Obligations.Any(o => o.Id == text) ? (text, null) : (null, Fail("unknownReference", EngineMessages.UnknownReference));
            default:
                throw new InvalidOperationException($"Input type '{field.Type}' passed validation but has no parser.");
        }
    }

    private static bool? ParseBoolean(string text) => text.ToUpperInvariant() switch
    {
        "TRUE" or "ON" or "YES" or "1" => true,
        "FALSE" or "OFF" or "NO" or "0" => false,
        _ => null,
    };

    /// <summary>Accepts ISO-8601 with an offset, or a local time (as HTML forms send it) in the definition's zone.</summary>
    private static DateTimeOffset? ParseDateTime(string text, WorkflowSettings settings)
    {
        if (DateTime.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return new DateTimeOffset(local, settings.UtcOffset);
        }

        return DateTimeOffset.TryParseExact(text, OffsetDateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment) && HasOffset(text)
            ? moment
            : null;
    }

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || (text.Length > 6 && (text[^6] == '+' || text[^6] == '-') && text[^3] == ':');
}
