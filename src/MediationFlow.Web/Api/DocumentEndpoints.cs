using MediationFlow.Core.Features.Documents;
using MediationFlow.Web.Presentation;
using Mediator;

namespace MediationFlow.Web.Api;

/// <summary>/api/v1/cases/{id}/documents/{document}: a document filled from the case, as .docx or as the print view's HTML.</summary>
public static class DocumentEndpoints
{
    public static void MapDocuments(this RouteGroupBuilder cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        cases.MapGet("/{id:long}/documents/{document}", GetAsync).WithName("GenerateDocument")
            .Produces(StatusCodes.Status200OK, contentType: GenerateDocument.DocxContentType, additionalContentTypes: ["text/html"])
            .Refuses(RefusalTable.InvalidFields, RefusalTable.NotFound)
            .WithSummary("A document filled from the case: `mediation-proposal`, `mediation-agreement`, `settlement-agreement`, `outcome-certificate` "
                + "(closed cases) or `session-notice` (with `session` and `recipient`, e.g. `party:12`). `language` is the document's (kk, ru or en), "
                + "not the reader's. `format=docx` (the default) downloads the Word file; `format=html`, or `Accept: text/html` without `format`, gives the print view.");
    }

    private static async Task<IResult> GetAsync(
        long id, string document, string? language, string? format, long? session, string? recipient, HttpRequest request, ISender sender, CancellationToken ct)
    {
        var wantsHtml = format is null && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
        var generated = await sender.Send(new GenerateDocument.Query(
            id, document, language ?? string.Empty, format ?? (wantsHtml ? GenerateDocument.Html : GenerateDocument.Docx), session, recipient), ct);
        return generated.ContentType == GenerateDocument.DocxContentType
            ? Results.File(generated.Content, generated.ContentType, generated.FileName)
            : Results.Content(PrintPage.Html(generated), "text/html; charset=utf-8");
    }
}
