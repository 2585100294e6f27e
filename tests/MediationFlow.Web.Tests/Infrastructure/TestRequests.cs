using System.Net.Http.Json;
using System.Text;

namespace MediationFlow.Web.Tests.Infrastructure;

/// <summary>Requests with the test's cancellation token, relative URLs and optional Accept-Language.</summary>
public static class TestRequests
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static Task<HttpResponseMessage> GetPathAsync(this HttpClient client, string url, string? language = null) =>
        client.SendAsync(Request(HttpMethod.Get, url, language), Ct);

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body, string? language = null) =>
        client.SendAsync(Request(HttpMethod.Post, url, language, JsonContent.Create(body)), Ct);

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body, string? language = null) =>
        client.SendAsync(Request(HttpMethod.Put, url, language, JsonContent.Create(body)), Ct);

    /// <summary>A body exactly as written, for malformed JSON.</summary>
    public static Task<HttpResponseMessage> SendRawAsync(this HttpClient client, HttpMethod method, string url, string json, string? language = null) =>
        client.SendAsync(Request(method, url, language, new StringContent(json, Encoding.UTF8, "application/json")), Ct);

    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string url, string json, string? language = null) =>
        client.SendRawAsync(HttpMethod.Post, url, json, language);

    public static HttpRequestMessage Request(HttpMethod method, string url, string? language = null, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative)) { Content = content };
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        return request;
    }
}
