using System.Globalization;
using MediationFlow.Core.Features.Documents;
using MediationFlow.Web.Presentation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace MediationFlow.Web.Pages.Cases;

/// <summary>
/// A document of the case: <c>/Cases/{id}/Documents/{document}?language=kk</c> is its print view (A4, for councils
/// without Word), <c>…/docx</c> the Word file. The language is the document's, not the page's; by default the reader's.
/// </summary>
public sealed class DocumentModel(ISender sender, IStringLocalizer<SharedResource> text) : PageModel
{
    public async Task<IActionResult> OnGetAsync(long id, string document, string? format, string? language, long? session, string? recipient, CancellationToken cancellationToken)
    {
        var generated = await sender.Send(new GenerateDocument.Query(
            id, document, language ?? CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, format ?? GenerateDocument.Html, session, recipient), cancellationToken);
        if (generated.ContentType == GenerateDocument.DocxContentType)
        {
            return File(generated.Content, generated.ContentType, generated.FileName);
        }

        return Content(PrintPage.Html(generated, $"/Cases/{id.ToString(CultureInfo.InvariantCulture)}#documents", text["DocumentBackToCase"], text["DocumentPrintHint"]), "text/html; charset=utf-8");
    }
}
