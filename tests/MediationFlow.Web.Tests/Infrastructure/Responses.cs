using System.Net;
using System.Text.Json;

namespace MediationFlow.Web.Tests.Infrastructure;

/// <summary>Status checks that show the body when they fail, and the ProblemDetails every error must be.</summary>
public static class Responses
{
    public const string ProblemJson = "application/problem+json";

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync(TestRequests.Ct);
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Asserts an error response: the status, the ProblemDetails media type and its "status" member.</summary>
    public static async Task<Problem> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.JsonAsync(expected);
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)expected, body.GetProperty("status").GetInt32());
        return new Problem(body);
    }
}

/// <summary>A ProblemDetails body.</summary>
public sealed record Problem(JsonElement Body)
{
    public string? Title => Text("title");

    public string? Detail => Text("detail");

    /// <summary>The field names of a validation problem.</summary>
    public IReadOnlyList<string> Fields =>
        Body.TryGetProperty("errors", out var errors) ? [.. errors.EnumerateObject().Select(e => e.Name)] : [];

    /// <summary>The messages for one field; fails when the field is not named.</summary>
    public IReadOnlyList<string> Errors(string field)
    {
        var messages = default(JsonElement);
        Assert.True(Body.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out messages), $"No error for '{field}' in {Body}");
        return [.. messages.EnumerateArray().Select(m => m.GetString()!)];
    }

    public JsonElement this[string member] => Body.GetProperty(member);

    private string? Text(string member) => Body.TryGetProperty(member, out var value) ? value.GetString() : null;
}
