using System.Globalization;
using System.Text.Json;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Workflows.Definitions;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Web.Presentation;

/// <summary>One value entered with an action, as the timeline shows it.</summary>
public sealed record HistoryValue(string Label, string Value, bool Confidential);

/// <summary>
/// Turns the raw input stored with a history event into labelled, readable values: party ids become
/// names, dates are shown per culture in Kazakhstan time, choices get their labels, confidential fields are marked.
/// </summary>
public sealed class HistoryText(WorkflowCatalog catalog, Display display, Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> text)
{
    public IReadOnlyList<HistoryValue> Values(GetHistory.HistoryEntry entry, CaseView view, IReadOnlyDictionary<string, string> userNames)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(view);
        if (entry.Input.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        // Parties, representatives and participants added or corrected carry the whole person; the name says enough.
        var people = new (string Field, string Label)[] { ("representative", "Representative"), ("participant", "Participant"), ("party", "Party") };
        if (people.Any(p => entry.Input.TryGetProperty(p.Field, out var person) && person.ValueKind == JsonValueKind.Object))
        {
            return [.. people.Where(p => entry.Input.TryGetProperty(p.Field, out _)).Select(p => new HistoryValue(text[p.Label], PersonName(entry.Input.GetProperty(p.Field), view), false))];
        }

        var fields = catalog.TryGet(view.DefinitionId, entry.DefinitionVersion, out var workflow)
            && workflow.TryGetAction(entry.FromState, entry.Trigger, out var action)
            ? action.Input
            : [];
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var values = new List<HistoryValue>();
        foreach (var property in entry.Input.EnumerateObject())
        {
            var field = fields.FirstOrDefault(f => f.Name == property.Name);
            var note = NoteAsShown(property.Value);
            var dataLabel = field is null && DataLabels.TryGetValue(property.Name, out var key) ? text[key].Value : null;
            values.Add(new HistoryValue(
                field?.Label.For(language) ?? dataLabel ?? property.Name,
                note ?? (dataLabel is not null && property.Name == "referralSource" ? Source(property.Value) : Readable(field, property.Value, view, userNames)),
                note is not null || (field?.Confidential ?? false)));
        }

        return values;
    }

    /// <summary>The fields of the screening and referral events, which no workflow action declares, by the labels of the intake form.</summary>
    private static readonly Dictionary<string, string> DataLabels = new(StringComparer.Ordinal)
    {
        ["affectsThirdParties"] = "ScreenThirdParties",
        ["partyLacksCapacity"] = "ScreenCapacity",
        ["corruptionOrPublicServiceOffence"] = "ScreenCorruption",
        ["stateBodyIsParty"] = "ScreenStateBody",
        ["referralSource"] = "ReferralSourceLabel",
        ["referralNote"] = "ReferralNoteLabel",
        ["proceedingReference"] = "ReferralProceedingLabel",
    };

    /// <summary>A referral source as stored ("court"), in the reader's language.</summary>
    private string Source(JsonElement value) =>
        value.GetString() is { Length: > 0 } source ? text[$"ReferralSource.{char.ToUpperInvariant(source[0])}{source[1..]}"] : string.Empty;

    /// <summary>
    /// A confidential field arrives as {"confidential":true} with its "text" only for the case's mediator; everyone
    /// else is told that a note was recorded. Null for any other value.
    /// </summary>
    private string? NoteAsShown(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object && value.TryGetProperty("confidential", out var flag) && flag.ValueKind == JsonValueKind.True
            ? value.TryGetProperty("text", out var note) && note.ValueKind == JsonValueKind.String ? note.GetString() ?? string.Empty : text["ConfidentialNoteRecorded"]
            : null;

    /// <summary>A person given whole (their name) or, in a representative's event, the party they act for (by id).</summary>
    private static string PersonName(JsonElement person, CaseView view) => person.ValueKind switch
    {
        JsonValueKind.Object => person.TryGetProperty("FullName", out var name) ? name.GetString() ?? string.Empty : string.Empty,
        JsonValueKind.String => view.Parties.FirstOrDefault(p => Key(p.Id) == person.GetString())?.FullName ?? person.GetString() ?? string.Empty,
        _ => string.Empty,
    };

    private string Readable(InputFieldDefinition? field, JsonElement value, CaseView view, IReadOnlyDictionary<string, string> userNames)
    {
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return display.YesNo(value.GetBoolean());
        }

        // Lists (parties absent, who attended) are stored as arrays; each item reads as the person it names.
        if (value.ValueKind == JsonValueKind.Array)
        {
            return string.Join(", ", value.EnumerateArray().Select(item => Readable(field, item, view, userNames)));
        }

        var raw = value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : value.ToString();
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return field?.Type switch
        {
            InputTypes.Parties => view.Parties.FirstOrDefault(p => Key(p.Id) == raw)?.FullName ?? raw,
            InputTypes.Attendees => Attendee(raw, view),
            InputTypes.Representative => view.Representatives.FirstOrDefault(r => Key(r.Id) == raw)?.FullName ?? raw,
            InputTypes.Council => view.Transfers.FirstOrDefault(t => Key(t.ToCouncilId) == raw)?.ToCouncilName ?? raw,
            InputTypes.Date when DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) => Display.Date(day),
            InputTypes.DateTime when DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment) => Display.DateTime(moment),
            InputTypes.Choice => field.Options.FirstOrDefault(o => o.Value == raw)?.Label.For(language) ?? raw,
            InputTypes.Party => view.Parties.FirstOrDefault(p => Key(p.Id) == raw)?.FullName ?? raw,
            InputTypes.Session => view.Sessions.FirstOrDefault(s => Key(s.Id) == raw) is { } s ? Display.DateTime(s.PlannedAt) : raw,
            InputTypes.Obligation => view.Obligations.FirstOrDefault(o => Key(o.Id) == raw)?.Description ?? raw,
            InputTypes.User => userNames.GetValueOrDefault(raw) ?? raw,
            _ => raw,
        };
    }

    /// <summary>An attendee as the engine names one ("party:12", "representative:3", "participant:4"), by name.</summary>
    private static string Attendee(string item, CaseView view)
    {
        var (kind, id) = item.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 ? (item[..colon], item[(colon + 1)..]) : (string.Empty, item);
        return kind switch
        {
            "party" => view.Parties.FirstOrDefault(p => Key(p.Id) == id)?.FullName,
            "representative" => view.Representatives.FirstOrDefault(r => Key(r.Id) == id)?.FullName,
            "participant" => view.Participants.FirstOrDefault(p => Key(p.Id) == id)?.FullName,
            _ => null,
        } ?? item;
    }

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}
