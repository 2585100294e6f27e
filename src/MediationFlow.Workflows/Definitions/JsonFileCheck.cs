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
    // A null where the model has a non-nullable property fails deserialization instead of surfacing later as a crash.
    public static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web) { RespectNullableAnnotations = true };

    public static CheckedSchema LoadEmbeddedSchema(string resourceName)
    {
        using var stream = typeof(JsonFileCheck).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Schema resource '{resourceName}' is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = reader.ReadToEnd();
        using var raw = JsonDocument.Parse(text);
        return new CheckedSchema(JsonSchema.FromText(text), raw.RootElement.Clone());
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
            errors.Add(new DefinitionError(file, "$", e.LineNumber is { } line
                ? AuthoringMessages.NotJsonAt.Format(line + 1, (e.BytePositionInLine ?? 0) + 1)
                : AuthoringMessages.NotJson));
            return null;
        }
    }

    /// <summary>Adds every schema error to <paramref name="errors"/>.</summary>
    /// <returns>
    /// False when some value has the wrong type (a null list, a number for a label): the document then
    /// cannot be read into the model, and checks that go beyond the schema must not run on it.
    /// </returns>
    public static bool Evaluate(CheckedSchema schema, JsonElement root, string file, List<DefinitionError> errors)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var results = schema.Schema.Evaluate(root, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return true;
        }

        var before = errors.Count;
        var typesHold = true;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var details = results.Details ?? [];
        var valid = details.Where(d => d.IsValid).Select(d => (Schema: d.EvaluationPath.ToString(), Instance: d.InstanceLocation.ToString())).ToList();
        foreach (var detail in details.Where(d => !Rescued(d, valid)))
        {
            foreach (var (keyword, message) in detail.Errors ?? new Dictionary<string, string>())
            {
                typesHold &= keyword != "type";
                var instance = detail.InstanceLocation.ToString();
                var text = IsAdditionalProperty(keyword, detail)
                    ? AuthoringMessages.NotAllowedHere
                    : SchemaMessages.For(keyword, message, SchemaMessages.SchemaAt(schema.Raw, detail.SchemaLocation.Fragment), SchemaMessages.At(root, instance));
                var error = new DefinitionError(file, ToPath(instance), text);
                if (seen.Add(error.ToString()))
                {
                    errors.Add(error);
                }
            }
        }

        if (errors.Count == before)
        {
            errors.Add(new DefinitionError(file, "$", AuthoringMessages.NoSchemaMatch));
        }

        return typesHold;
    }

    /// <summary>
    /// The branch of a "oneOf" that a value does not take fails, but the value is valid through another branch (a
    /// guard given as a label, not as a reason with a basis): its errors are no defect. A real error has no valid
    /// evaluation above it.
    /// </summary>
    private static bool Rescued(EvaluationResults detail, List<(string Schema, string Instance)> valid)
    {
        var (schema, instance) = (detail.EvaluationPath.ToString(), detail.InstanceLocation.ToString());
        return valid.Any(v => Within(schema, v.Schema, proper: true) && Within(instance, v.Instance, proper: false));
    }

    /// <summary>True when JSON Pointer <paramref name="pointer"/> is at or below <paramref name="ancestor"/>.</summary>
    private static bool Within(string pointer, string ancestor, bool proper) =>
        pointer.StartsWith(ancestor, StringComparison.Ordinal)
        && (pointer.Length == ancestor.Length ? !proper : ancestor.Length == 0 || pointer[ancestor.Length] == '/');

    /// <summary>
    /// "additionalProperties: false" fails as the false schema itself (no keyword) at the extra property,
    /// with a message about "the false schema" that means nothing to the person editing the file.
    /// </summary>
    private static bool IsAdditionalProperty(string keyword, EvaluationResults detail) =>
        keyword.Length == 0 && detail.EvaluationPath.ToString().EndsWith("/additionalProperties", StringComparison.Ordinal);

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

/// <summary>A compiled schema and its text, whose keyword values the error messages quote.</summary>
internal sealed record CheckedSchema(JsonSchema Schema, JsonElement Raw);
