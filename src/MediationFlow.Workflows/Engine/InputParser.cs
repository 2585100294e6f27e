using System.Buffers;
using System.Globalization;
using System.Text;
using MediationFlow.Workflows.Definitions;

namespace MediationFlow.Workflows.Engine;

/// <summary>Parses raw input (form fields or JSON scalars as strings) against an action's input fields.</summary>
internal static class InputParser
{
    private static readonly string[] DateTimeFormats = ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm"];

    // ISO-8601 only: a lenient parse reads "03/04/2025" month first and fills a missing date from the machine's clock.
    private static readonly string[] OffsetDateTimeFormats = ["yyyy-MM-ddTHH:mmK", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK"];

    /// <param name="dateLabels">The definition's names of case dates, for errors about a date bound by one.</param>
    public static (ActionInput Input, IReadOnlyList<InputError> Errors) Parse(
        TransitionDefinition transition, IReadOnlyDictionary<string, string?> raw, CaseFacts facts, WorkflowSettings settings,
        DateTimeOffset now, IReadOnlyDictionary<string, LocalizedText> dateLabels)
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
            var (value, error) = string.IsNullOrEmpty(text) ? (null, null) : ParseValue(field, text, facts, settings);
            if (error is not null)
            {
                errors.Add(error);
            }
            else if (value is not null)
            {
                values[field.Name] = value;
            }
            else if (field.Required)
            {
                var code = field.Type == InputTypes.Confirmation ? "mustConfirm" : "required";
                var message = field.Type == InputTypes.Confirmation ? EngineMessages.MustConfirm : EngineMessages.Required;
                errors.Add(new InputError(field.Name, code, EngineMessages.Compose(message, field.Label)));
            }
        }

        // Bounds between fields are judged once every field has its value.
        var constraints = new DateConstraints(transition, values, facts, settings, now, dateLabels);
        foreach (var field in transition.Input.Where(f => values.ContainsKey(f.Name)))
        {
            if ((constraints.Check(field) ?? RepresentsItsParty(field, values, facts, transition)) is { } error)
            {
                errors.Add(error);
                values.Remove(field.Name);
            }
        }

        var order = transition.Input.Select(f => f.Name).ToList();
        return (new ActionInput(values), [.. errors.OrderBy(e => order.IndexOf(e.Field))]);
    }

    /// <summary>A representative named with a party acts for that party, not for another one.</summary>
    private static InputError? RepresentsItsParty(InputFieldDefinition field, Dictionary<string, object> values, CaseFacts facts, TransitionDefinition transition)
    {
        if (field.Type != InputTypes.Representative || field.BelongsTo is not { } partyField
            || values.GetValueOrDefault(partyField) is not string party || values[field.Name] is not string id)
        {
            return null;
        }

        var label = transition.Input.First(f => f.Name == partyField).Label;
        return facts.Representatives.Any(r => r.Id == id && r.PartyId == party)
            ? null
            : new InputError(field.Name, "notPartysRepresentative", EngineMessages.Compose(EngineMessages.NotPartysRepresentative, field.Label, label));
    }

    private static (object? Value, InputError? Error) ParseValue(InputFieldDefinition field, string text, CaseFacts facts, WorkflowSettings settings)
    {
        InputError Fail(string code, LocalizedText message, params object[] more) =>
            new(field.Name, code, EngineMessages.Compose(message, field.Label, more));

        switch (field.Type)
        {
            case InputTypes.Text or InputTypes.LongText or InputTypes.User:
                var max = field.Type == InputTypes.LongText ? InputTypes.LongTextMaxLength : InputTypes.TextMaxLength;
                return text.Length > max ? (null, Fail("tooLong", EngineMessages.TooLong, max))
                    : !IsReadable(text) ? (null, Fail("unreadableText", EngineMessages.UnreadableText))
                    : (text, null);
            case InputTypes.Boolean:
                return ParseBoolean(text) is { } flag ? (flag, null) : (null, Fail("notBoolean", EngineMessages.NotBoolean));
            case InputTypes.Confirmation:
                return ParseBoolean(text) == true ? (true, null) : (null, Fail("mustConfirm", EngineMessages.MustConfirm));
            case InputTypes.Number:
                return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
                    ? (number, null) : (null, Fail("notInteger", EngineMessages.NotInteger));
            case InputTypes.Date:
                return !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? (null, Fail("notDate", EngineMessages.NotDate))
                    : InYears(date.Year) ? (date, null) : (null, Fail("yearOutOfRange", EngineMessages.YearOutOfRange, InputTypes.EarliestYear, InputTypes.LatestYear));
            case InputTypes.DateTime:
                return !TryParseDateTime(text, settings, facts.TimeZone, out var wallClock, out var offset)
                    ? (null, Fail("notDateTime", EngineMessages.NotDateTime))
                    : InYears(wallClock.Year) ? (new DateTimeOffset(wallClock, offset), null)
                    : (null, Fail("yearOutOfRange", EngineMessages.YearOutOfRange, InputTypes.EarliestYear, InputTypes.LatestYear));
            case InputTypes.Choice:
                return field.Options.Any(o => o.Value == text) ? (text, null) : (null, Fail("notOption", EngineMessages.NotOption));
            case InputTypes.Party:
                return facts.Parties.Any(p => p.Id == text) ? (text, null) : (null, Fail("unknownReference", EngineMessages.UnknownReference));
            case InputTypes.Session:
                return facts.Sessions.Any(s => s.Id == text) ? (text, null) : (null, Fail("unknownReference", EngineMessages.UnknownReference));
            case InputTypes.Obligation:
                return facts.Obligations.Any(o => o.Id == text) ? (text, null) : (null, Fail("unknownReference", EngineMessages.UnknownReference));
            case InputTypes.Representative:
                return facts.Representatives.FirstOrDefault(r => r.Id == text) is not { } representative ? (null, Fail("unknownReference", EngineMessages.UnknownReference))
                    : !representative.HasAuthority ? (null, Fail("noAuthority", EngineMessages.NoAuthority))
                    : (text, null);
            case InputTypes.Council:
                return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var council) && council > 0
                    ? (council, null) : (null, Fail("notOption", EngineMessages.NotOption));
            case InputTypes.Parties or InputTypes.Attendees:
                var items = Items(text);
                var known = field.Type == InputTypes.Parties ? items.All(id => facts.Parties.Any(p => p.Id == id)) : items.All(item => IsAttendee(item, facts));
                return items.Count == 0 ? (null, null)
                    : known ? (items, null)
                    : (null, Fail("unknownReference", EngineMessages.UnknownReference));
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

    /// <summary>
    /// Accepts ISO-8601 with an offset, or a local time (as HTML forms send it) where the case is. Gives
    /// the wall-clock time and its offset apart: at the ends of the calendar (0001-01-01T00:00 at +05:00) the
    /// moment itself cannot be represented, and the caller refuses such years first.
    /// </summary>
    private static bool TryParseDateTime(string text, WorkflowSettings settings, TimeZoneInfo? zone, out DateTime wallClock, out TimeSpan offset)
    {
        if (DateTime.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out wallClock))
        {
            offset = settings.OffsetAt(wallClock, zone);
            return true;
        }

        var parsed = DateTimeOffset.TryParseExact(text, OffsetDateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment) && HasOffset(text);
        (wallClock, offset) = parsed ? (moment.DateTime, moment.Offset) : (default, default);
        return parsed;
    }

    /// <summary>A list as forms and clients send it: comma-separated, trimmed, each item once.</summary>
    private static List<string> Items(string text) =>
        [.. text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal)];

    private static bool IsAttendee(string item, CaseFacts facts)
    {
        var colon = item.IndexOf(':', StringComparison.Ordinal);
        var (kind, id) = colon < 0 ? (item, string.Empty) : (item[..colon], item[(colon + 1)..]);
        return kind switch
        {
            "party" => facts.Parties.Any(p => p.Id == id),
            "representative" => facts.Representatives.Any(r => r.Id == id),
            "participant" => facts.Participants.Any(p => p.Id == id),
            _ => false,
        };
    }

    private static bool InYears(int year) => year is >= InputTypes.EarliestYear and <= InputTypes.LatestYear;

    /// <summary>
    /// Text that survived its encoding: no half of a surrogate pair, and no U+FFFD, which is what a form's
    /// bytes that were not UTF-8 decode to. Such text would be stored as garbage, or not at all.
    /// </summary>
    private static bool IsReadable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            // A NUL is no character of any text a person types, and PostgreSQL cannot store one.
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var length) != OperationStatus.Done || rune == Rune.ReplacementChar || rune.Value == 0)
            {
                return false;
            }

            i += length - 1;
        }

        return true;
    }

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || (text.Length > 6 && (text[^6] == '+' || text[^6] == '-') && text[^3] == ':');
}
