using System.Text.Json;
using System.Text.Json.Serialization;
using MediationFlow.Core.Errors;
using MediationFlow.Web.Localization;

namespace MediationFlow.Web.Api;

/// <summary>
/// Reads a JSON request body so that a malformed one is answered like any other bad input: a 400 that
/// names the field ("parties[0].role") and says why, in the user's language.
/// </summary>
public static class JsonBody
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
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, Options, cancellationToken)
                ?? throw Invalid("$", UiText.Get("BodyRequired"));
        }
        catch (JsonException e)
        {
            throw Invalid(e.Path ?? "$", e.Path is null ? UiText.Get("BodyNotJson") : UiText.Get("FieldInvalid"));
        }
    }

    /// <summary>An input value as the workflow engine takes it: a JSON scalar as text.</summary>
    public static IReadOnlyDictionary<string, string?> Scalars(IReadOnlyDictionary<string, JsonElement>? input)
    {
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (name, value) in input ?? new Dictionary<string, JsonElement>())
        {
            result[name] = value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                JsonValueKind.Number => value.GetRawText(),
                JsonValueKind.Null => null,
                _ => throw Invalid($"$.input.{name}", UiText.Get("FieldMustBeScalar")),
            };
        }

        return result;
    }

    private static ValidationFailedException Invalid(string path, string message)
    {
        var field = path == "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        return new ValidationFailedException([new FieldError(field, "invalid", message)]);
    }
}
