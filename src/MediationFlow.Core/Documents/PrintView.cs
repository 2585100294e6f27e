using System.Net;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace MediationFlow.Core.Documents;

/// <summary>
/// The filled document as HTML for councils without Word: the same template and model as the .docx, so a council's own
/// template prints the same way. Paragraphs, headings, bold and italic, line breaks, alignment and tables are kept;
/// the page's print stylesheet sets A4.
/// </summary>
public static class PrintView
{
    /// <summary>The body of the document as an HTML fragment (the page around it comes from the host).</summary>
    public static string Render(byte[] filledDocx)
    {
        ArgumentNullException.ThrowIfNull(filledDocx);
        using var stream = new MemoryStream(filledDocx, writable: false);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var html = new StringBuilder();
        foreach (var element in document.MainDocumentPart?.Document?.Body?.ChildElements ?? Enumerable.Empty<OpenXmlElement>())
        {
            Block(element, html);
        }

        return html.ToString();
    }

    private static void Block(OpenXmlElement element, StringBuilder html)
    {
        switch (element)
        {
            case Paragraph paragraph:
                Paragraph(paragraph, html);
                break;
            case SdtBlock control:
                // A content control a methodologist wrapped around part of the template: its content prints as usual.
                foreach (var inner in control.SdtContentBlock?.ChildElements ?? Enumerable.Empty<OpenXmlElement>())
                {
                    Block(inner, html);
                }

                break;
            case Table table:
                html.Append("<table>");
                foreach (var row in table.Elements<TableRow>())
                {
                    html.Append("<tr>");
                    foreach (var cell in row.Elements<TableCell>())
                    {
                        html.Append(row.TableRowProperties?.GetFirstChild<TableHeader>() is null ? "<td>" : "<th>");
                        foreach (var inner in cell.ChildElements)
                        {
                            Block(inner, html);
                        }

                        html.Append(row.TableRowProperties?.GetFirstChild<TableHeader>() is null ? "</td>" : "</th>");
                    }

                    html.Append("</tr>");
                }

                html.Append("</table>");
                break;
        }
    }

    private static void Paragraph(Paragraph paragraph, StringBuilder html)
    {
        var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        var tag = style switch
        {
            "Title" => "h1",
            "Heading1" => "h2",
            "Heading2" => "h3",
            _ => "p",
        };
        var justification = paragraph.ParagraphProperties?.Justification?.Val?.Value;
        var align = justification == JustificationValues.Center ? " class=\"center\""
            : justification == JustificationValues.Right ? " class=\"right\""
            : string.Empty;
        html.Append('<').Append(tag).Append(align).Append('>');
        foreach (var run in paragraph.Descendants<Run>())
        {
            var (bold, italic) = (run.RunProperties?.Bold is { } b && (b.Val?.Value ?? true), run.RunProperties?.Italic is { } i && (i.Val?.Value ?? true));
            html.Append(bold ? "<strong>" : string.Empty).Append(italic ? "<em>" : string.Empty);
            foreach (var part in run.ChildElements)
            {
                if (part is Text text)
                {
                    html.Append(WebUtility.HtmlEncode(text.Text));
                }
                else if (part is Break)
                {
                    html.Append("<br>");
                }
                else if (part is TabChar)
                {
                    html.Append(' ');
                }
            }

            html.Append(italic ? "</em>" : string.Empty).Append(bold ? "</strong>" : string.Empty);
        }

        html.Append("</").Append(tag).Append('>');
    }
}
