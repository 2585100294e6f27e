using MediationFlow.Core.Features.CaseFile;
using Microsoft.Net.Http.Headers;

namespace MediationFlow.Web.Presentation;

/// <summary>
/// A case file entry as a response: always a download, never shown inline, with the type detected when it was added, so
/// a browser neither renders nor guesses at what a party's scan holds.
/// </summary>
public static class CaseFileDownload
{
    public static IResult Result(HttpContext context, GetCaseFileEntry.Download download)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(download);
        context.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        context.Response.Headers[HeaderNames.CacheControl] = "private, no-store";
        return Results.File(download.Content, download.ContentType, download.FileName);
    }
}
