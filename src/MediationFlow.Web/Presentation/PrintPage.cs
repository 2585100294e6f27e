using System.Net;
using System.Text;
using MediationFlow.Core.Documents;

namespace MediationFlow.Web.Presentation;

/// <summary>
/// The print view's page around a document's HTML: the document's language and title, an A4 print stylesheet, and
/// (on screen only) a way back to the case and how to print.
/// </summary>
public static class PrintPage
{
    public static string Html(GeneratedDocument document, string? back = null, string? backText = null, string? hint = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var html = new StringBuilder("<!DOCTYPE html>\n");
        html.Append("<html lang=\"").Append(document.Language).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(WebUtility.HtmlEncode(document.Title)).Append("</title>")
            .Append("<link rel=\"stylesheet\" href=\"/css/print-document.css\"></head><body>");
        if (back is not null)
        {
            html.Append("<nav class=\"screen-only\"><a href=\"").Append(WebUtility.HtmlEncode(back)).Append("\">").Append(WebUtility.HtmlEncode(backText)).Append("</a>")
                .Append(" <span>").Append(WebUtility.HtmlEncode(hint)).Append("</span></nav>");
        }

        html.Append("<main class=\"sheet\">").Append(Encoding.UTF8.GetString(document.Content)).Append("</main></body></html>");
        return html.ToString();
    }
}
