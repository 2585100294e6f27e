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

        // Parties added or corrected during intake carry the whole party; its name says enough.
        if (entry.Input.TryGetProperty("party", out var party) && party.ValueKind == JsonValueKind.Object)
        {
            var name = party.TryGetProperty("FullName", out var n) ? n.GetString() : null;
            return [new HistoryValue(text["Party"], name ?? string.Empty, false)];
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
            values.Add(new HistoryValue(
                field?.Label.For(language) ?? property.Name,
                Readable(field, property.Value, view, userNames),
                field?.Confidential ?? false));
        }

        return values;
    }

    private string Readable(InputFieldDefinition? field, JsonElement value, CaseView view, IReadOnlyDictionary<string, string> userNames)
    {
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return display.YesNo(value.GetBoolean());
        }

        var raw = value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : value.ToString();
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return field?.Type switch
        {
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

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}
