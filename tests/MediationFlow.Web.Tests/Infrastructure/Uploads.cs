using System.Net.Http.Headers;
using MediationFlow.Core.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Infrastructure;

/// <summary>Multipart uploads to a case file, as a browser or an API client sends them.</summary>
public static class Uploads
{
    public static byte[] Elf => Scans.Elf();

    /// <param name="claimedType">What the client says the file is; the product never believes it.</param>
    public static MultipartFormDataContent Multipart(
        string? proves, byte[] file, string fileName, string claimedType = "application/pdf", params (string Name, string Value)[] fields)
    {
        var content = new MultipartFormDataContent();
        if (proves is not null)
        {
            content.Add(new StringContent(proves), "proves");
        }

        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        var part = new ByteArrayContent(file);
        part.Headers.ContentType = MediaTypeHeaderValue.Parse(claimedType);

        // As filename* (RFC 5987), so any name, blank or with line breaks, reaches the server as typed.
        part.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"file\"; filename*=UTF-8''{Uri.EscapeDataString(fileName)}");
        content.Add(part);
        return content;
    }

    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, long caseId, MultipartFormDataContent content, string? language = null) =>
        client.SendAsync(TestRequests.Request(HttpMethod.Post, CaseApi.CaseUrl(caseId) + "/file", language, content), TestRequests.Ct);
}
