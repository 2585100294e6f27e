using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using MediationFlow.Core.Errors;
using MediationFlow.Web.Localization;

namespace MediationFlow.Web.Api;

/// <summary>
/// Reads a JSON request body so that a malformed one is answered like any other bad input: a 400 that
/// names the field ("parties[0].role") and says why, in the user's language.
/// </summary>
public static partial class JsonBody
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static async Task<T> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Held in memory so that a refused body can be looked at again to say what is wrong with it.
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        var body = buffer.ToArray();
        if (body.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
        {
            throw Invalid("$", UiText.Get("BodyRequired"));
        }

        try
        {
            return JsonSerializer.Deserialize<T>(body, Options) ?? throw Invalid("$", UiText.Get("BodyRequired"));
        }
        catch (JsonException e)
        {
            throw Explain(e, typeof(T), body);
        }
    }

    /// <summary>
    /// The serializer reports a missing required property only as the object it is missing from ("$",
    /// "$.parties[0]"); the body and the type's contract name the properties themselves.
    /// </summary>
    private static ValidationFailedException Explain(JsonException e, Type type, byte[] body)
    {
        var path = e.Path ?? "$";
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return path == "$" ? Invalid("$", UiText.Get("BodyNotJson")) : Invalid(path, UiText.Get("FieldInvalid"));
        }

        var missing = MissingRequired(type, node, path);
        return missing.Count > 0
            ? new ValidationFailedException([.. missing.Select(field => new FieldError(field, "required", UiText.Get("FieldRequired")))])
            : Invalid(path, UiText.Get("FieldInvalid"));
    }

    /// <summary>The required properties absent from the object at <paramref name="path"/>, as field names ("parties[0].fullName").</summary>
    private static List<string> MissingRequired(Type type, JsonNode? node, string path)
    {
        var contract = Options.GetTypeInfo(type);
        foreach (Match segment in PathSegment().Matches(path))
        {
            if (segment.Groups["index"].Success)
            {
                var index = int.Parse(segment.Groups["index"].Value, CultureInfo.InvariantCulture);
                if (contract.ElementType is null || node is not JsonArray array || index >= array.Count)
                {
                    return [];
                }

                node = array[index];
                contract = Options.GetTypeInfo(contract.ElementType);
            }
            else
            {
                var name = segment.Groups["name"].Success ? segment.Groups["name"].Value : segment.Groups["quoted"].Value.Replace("''", "'", StringComparison.Ordinal);
                var property = contract.Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
                if (property is null || node is not JsonObject parent)
                {
                    return [];
                }

                node = parent.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
                contract = Options.GetTypeInfo(property.PropertyType);
            }
        }

        if (contract.Kind != JsonTypeInfoKind.Object || node is not JsonObject target)
        {
            return [];
        }

        var prefix = path == "$" ? string.Empty : FieldName(path) + ".";
        return [.. contract.Properties
            .Where(p => p.IsRequired || p.AssociatedParameter is { HasDefaultValue: false, IsMemberInitializer: false })
            .Where(p => !target.Any(present => string.Equals(present.Key, p.Name, StringComparison.OrdinalIgnoreCase)))
            .Select(p => prefix + p.Name)];
    }

    /// <summary>
    /// An input value as the workflow engine takes it: a JSON scalar as text, and an array of strings or numbers
    /// (parties, attendees) as its items joined by commas, the form in which the engine reads a list.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> Scalars(IReadOnlyDictionary<string, JsonElement>? input)
    {
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (name, value) in input ?? new Dictionary<string, JsonElement>())
        {
            result[name] = value.ValueKind switch
            {
                JsonValueKind.String => Text(value, name),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                JsonValueKind.Number => value.GetRawText(),
                JsonValueKind.Null => null,
                JsonValueKind.Array => string.Join(',', value.EnumerateArray().Select(item => Item(item, name))),
                _ => throw Invalid($"$.input.{name}", UiText.Get("FieldMustBeScalar")),
            };
        }

        return result;
    }

    /// <summary>One item of a list: an id or a reference, never a nested value, nor text with the comma that separates items.</summary>
    private static string Item(JsonElement item, string name) => item.ValueKind switch
    {
        JsonValueKind.String when Text(item, name) is { } text && !text.Contains(',', StringComparison.Ordinal) => text,
        JsonValueKind.Number => item.GetRawText(),
        _ => throw Invalid($"$.input.{name}", UiText.Get("V3FieldListItemInvalid")),
    };

    /// <summary>
    /// The reader checks a string's characters only when asked for them: bytes that are not UTF-8, or an escaped
    /// half of a surrogate pair ("\ud800"), are refused here, naming the field.
    /// </summary>
    private static string? Text(JsonElement value, string name)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            throw Invalid($"$.input.{name}", UiText.Get("TextUnreadable"));
        }
    }

    private static ValidationFailedException Invalid(string path, string message) =>
        new([new FieldError(FieldName(path), "invalid", message)]);

    private static string FieldName(string path) =>
        path == "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    /// <summary>One step of a JSON path as System.Text.Json writes it: .name, ['name'] or [index].</summary>
    [GeneratedRegex(@"\.(?<name>[^.\[]+)|\['(?<quoted>(?:[^']|'')*)'\]|\[(?<index>\d+)\]")]
    private static partial Regex PathSegment();
}
