using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Administration;

/// <summary>What the administration tests do through /api/v1/admin as the demo administrator.</summary>
internal static class AdministrationApi
{
    public const string Prefix = "/api/v1/admin";

    /// <summary>A new Kazakh-speaking person with a role in Burabay, added through the API; their first password comes back once.</summary>
    public static async Task<(Guid Id, string UserName, string Password)> AddPersonAsync(HttpClient admin, string fullName = "Әлия Нұрланқызы", string role = "mediator")
    {
        var userName = "person." + Guid.NewGuid().ToString("N")[..10];
        using var added = await admin.PostJsonAsync(Prefix + "/people", new { userName, fullName, preferredLanguage = "kk" });
        var body = await added.JsonAsync(HttpStatusCode.Created);
        using var granted = await admin.PostJsonAsync(Prefix + "/memberships", new { userName, councilCode = DemoUsers.BurabayCode, role });
        await granted.JsonAsync(HttpStatusCode.OK);
        return (body.GetProperty("userId").GetGuid(), userName, body.GetProperty("password").GetString()!);
    }

    public static async Task<JsonElement> PostOkAsync(this HttpClient client, string url)
    {
        using var response = await client.PostAsync(new Uri(url, UriKind.Relative), null, TestRequests.Ct);
        return await response.JsonAsync(HttpStatusCode.OK);
    }

    /// <summary>An import file sent as a browser or script sends it: multipart, in the field "file".</summary>
    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, string url, string fileName, byte[] file, string? language = null)
    {
        var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".csv", StringComparison.Ordinal) ? "text/csv" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(part, "file", fileName);
        return client.SendAsync(TestRequests.Request(HttpMethod.Post, url, language, content), TestRequests.Ct);
    }
}
