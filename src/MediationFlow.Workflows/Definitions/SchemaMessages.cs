using System.Globalization;
using System.Text.Json;

namespace MediationFlow.Workflows.Definitions;

/// <summary>
/// A schema error in the reader's language. The schema library words its messages in English only, so the
/// message is rebuilt from the failing keyword's value in our schema (and, for "required", the instance).
/// </summary>
internal static class SchemaMessages
{
    public static LocalizedText For(string keyword, string libraryMessage, JsonElement? subschema, JsonElement? instance)
    {
        var value = subschema is { ValueKind: JsonValueKind.Object } s && s.TryGetProperty(keyword, out var v) ? v : (JsonElement?)null;
        return (keyword, value) switch
        {
            ("required", { ValueKind: JsonValueKind.Array } required) => AuthoringMessages.MissingProperty.Format(string.Join(", ", Missing(required, instance).Select(name => $"'{name}'"))),
            ("type", { } type) => AuthoringMessages.WrongType.Format(type.ValueKind == JsonValueKind.Array
                ? string.Join(" | ", type.EnumerateArray().Select(t => t.GetString()))
                : type.GetString() ?? string.Empty),
            ("pattern", { } pattern) => AuthoringMessages.NoPatternMatch.Format(pattern.GetString() ?? string.Empty),
            ("minimum", { } minimum) => AuthoringMessages.BelowMinimum.Format(minimum.GetRawText()),
            ("maximum", { } maximum) => AuthoringMessages.AboveMaximum.Format(maximum.GetRawText()),
            ("minItems", { } minItems) => AuthoringMessages.TooFewItems.Format(minItems.GetRawText()),
            ("minLength", { } minLength) => AuthoringMessages.TooShort.Format(minLength.GetRawText()),
            ("enum", { ValueKind: JsonValueKind.Array } options) => AuthoringMessages.NotOneOf.Format(string.Join(", ", options.EnumerateArray().Select(o => o.GetRawText()))),
            ("const", { } constant) => AuthoringMessages.NotOneOf.Format(constant.GetRawText()),

            // A keyword our schemas do not use: the library's words are better than none.
            _ => new LocalizedText(null, null, libraryMessage),
        };
    }

    /// <summary>The element a JSON Pointer ("/states/3") names in an instance, if there is one.</summary>
    public static JsonElement? At(JsonElement root, string pointer) => Walk(root, pointer, skipAfterItems: false);

    /// <summary>
    /// The subschema a schema location's fragment ("#/$defs/label") names. The library puts one extra segment
    /// after "items" in locations under an array's item schema ("…/items/transitions/properties/roles"), so a
    /// segment right after "items" that the item schema does not have is passed over.
    /// </summary>
    public static JsonElement? SchemaAt(JsonElement schema, string fragment) => Walk(schema, fragment.TrimStart('#'), skipAfterItems: true);

    private static JsonElement? Walk(JsonElement root, string pointer, bool skipAfterItems)
    {
        var current = root;
        var previous = string.Empty;
        foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = Uri.UnescapeDataString(segment).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(name, out var property))
            {
                current = property;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else if (!(skipAfterItems && previous == "items"))
            {
                return null;
            }

            previous = name;
        }

        return current;
    }

    private static IEnumerable<string> Missing(JsonElement required, JsonElement? instance) =>
        required.EnumerateArray().Select(r => r.GetString() ?? string.Empty)
            .Where(name => instance is not { ValueKind: JsonValueKind.Object } o || !o.TryGetProperty(name, out _));
}
