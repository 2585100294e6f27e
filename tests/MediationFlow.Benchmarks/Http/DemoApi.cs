using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace MediationFlow.Benchmarks.Http;

/// <summary>The API as the load driver uses it to prepare its cases: signed in as a demo user, each call checked.</summary>
public sealed class DemoApi(HttpClient http, string token)
{
    /// <summary>The demo dataset's password (Hosting/DemoData.cs): the host runs with --demo on a throwaway folder.</summary>
    private const string DemoPassword = "Demo-Mediation-2026";

    public HttpClient Http => http;

    public AuthenticationHeaderValue Authorization { get; } = new("Bearer", token);

    public static async Task<DemoApi> SignInAsync(HttpClient http, string userName)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var response = await http.PostAsJsonAsync("/api/v1/auth/login", new { userName, password = DemoPassword });
        var json = await Checked(response);
        return new DemoApi(http, json.GetProperty("accessToken").GetString()!);
    }

    public Task<JsonElement> GetAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, path));

    public Task<JsonElement> PostAsync(string path, object body) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) });

    public Task<JsonElement> CaseAsync(long caseId) => GetAsync(CaseUrl(caseId));

    /// <summary>Takes an action at the case's current version.</summary>
    public async Task TakeAsync(long caseId, string trigger, object? input = null)
    {
        var version = (await CaseAsync(caseId)).GetProperty("version").GetInt32();
        await PostAsync($"{CaseUrl(caseId)}/actions/{trigger}", new { expectedVersion = version, input = input ?? new { } });
    }

    public static string CaseUrl(long caseId) => "/api/v1/cases/" + caseId.ToString(CultureInfo.InvariantCulture);

    private async Task<JsonElement> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            request.Headers.Authorization = Authorization;
            using var response = await http.SendAsync(request);
            return await Checked(response);
        }
    }

    private static async Task<JsonElement> Checked(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} gave {(int)response.StatusCode}: {body}");
        }

        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
