using System.Text;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Administration;

/// <summary>The import page's upload form, sent as a browser sends it: multipart, with the page's antiforgery token.</summary>
internal static class ImportPage
{
    public static async Task<HttpResponseMessage> CheckAsync(HttpClient client, string page, string fileName, string csv, string kind = "People")
    {
        using var content = new MultipartFormDataContent
        {
            { new StringContent(LoginPage.AntiforgeryToken(page)), LoginPage.TokenField },
            { new StringContent(kind), "Kind" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", fileName },
        };
        return await client.PostAsync(new Uri("/Admin/Import?handler=Check", UriKind.Relative), content, TestRequests.Ct);
    }
}
