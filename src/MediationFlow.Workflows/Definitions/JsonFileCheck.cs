using System.Text;
using System.Text.Json;
using Json.Schema;

namespace MediationFlow.Workflows.Definitions;

/// <summary>
/// The first two checks every definition-like file gets: it is JSON, and it matches its JSON Schema.
/// Schema errors are turned into "$.a[0].b" paths, the way the rest of our errors name places.
/// </summary>
internal static class JsonFileCheck
{
    public static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web);

    public static JsonSchema LoadEmbeddedSchema(string resourceName)
    {
        using var stream = typeof(JsonFileCheck).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Schema resource '{resourceName}' is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return JsonSchema.FromText(reader.ReadToEnd());
    }

    /// <summary>Parses <paramref name="json"/>; on a syntax error returns null and the error with its line.</summary>
    public static JsonDocument? Parse(string json, string file, List<DefinitionError> errors)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } l ? $" (line {l + 1}, position {e.BytePositionInLine + 1})" : string.Empty;
            errors.Add(new DefinitionError(file, "$", $"not valid JSON{line}"));
            return null;
        }
    }

    public static void Evaluate(JsonSchema schema, JsonElement root, string file, List<DefinitionError> errors)
    {
        var results = schema.Evaluate(root, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var detail in results.Details ?? [])
        {
            foreach (var (keyword, message) in detail.Errors ?? new Dictionary<string, string>())
            {
                // An "additionalProperties: false" failure names the parent object; the detail names the property.
                var text = keyword == "false" ? "property is not allowed here" : message;
                var error = new DefinitionError(file, ToPath(detail.InstanceLocation.ToString()), text);
                if (seen.Add(error.ToString()))
                {
                    errors.Add(error);
                }
            }
        }

        if (errors.Count == 0)
        {
            errors.Add(new DefinitionError(file, "$", "does not match the schema"));
        }
    }

    /// <summary>Turns a JSON Pointer ("/states/3/name") into a JSON path ("$.states[3].name").</summary>
    public static string ToPath(string pointer)
    {
        var path = new StringBuilder("$");
        foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            path.Append(name.All(char.IsAsciiDigit) ? $"[{name}]" : $".{name}");
        }

        return path.ToString();
    }

    public static T? Deserialize<T>(JsonElement root)
        where T : class
    {
        try
        {
            return root.Deserialize<T>(SerializerOptions);
        }
        catch (JsonException)
        {
            // The schema errors already say what is wrong; semantic checks need a whole model.
            return null;
        }
    }
}
