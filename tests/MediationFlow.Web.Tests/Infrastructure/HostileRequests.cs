using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace MediationFlow.Web.Tests.Infrastructure;

/// <summary>Sends a raw JSON body and checks that the answer is never a defect: no 5xx, and a 400 names the field at fault.</summary>
public static class HostileRequests
{
    public static async Task<Answer> SendAsync(this HttpClient client, HttpMethod method, string url, byte[] body, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(body);
        using var request = TestRequests.Request(method, url, language, new ByteArrayContent(body));
        request.Content!.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.SendAsync(request, TestRequests.Ct);
        var text = await response.Content.ReadAsStringAsync(TestRequests.Ct);
        var what = $"{method} {url} with {HostileJson.Show(body)}\nanswered {(int)response.StatusCode}: {text}";
        Assert.True((int)response.StatusCode < 500, what);
        IReadOnlyList<string> fields = [];
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            var problem = JsonDocument.Parse(text).RootElement;
            fields = problem.TryGetProperty("errors", out var errors) ? [.. errors.EnumerateObject().Select(e => e.Name)] : [];
            Assert.True(fields.Count > 0, "A 400 that names no field: " + what);
        }

        return new Answer(response.StatusCode, fields);
    }
}

/// <summary>A status and, for a 400, the fields it names.</summary>
public sealed record Answer(HttpStatusCode Status, IReadOnlyList<string> Fields);
