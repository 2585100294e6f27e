using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace MediationFlow.Core.Documents;

/// <summary>Fills a checked template with a document's model: repeats first (one copy per item), then every field.</summary>
public static class TemplateFiller
{
    public static byte[] Fill(byte[] template, DocumentModel model)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(model);
        using var stream = new MemoryStream();
        stream.Write(template);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            Fill(document, model);
        }

        return stream.ToArray();
    }

    private static void Fill(WordprocessingDocument document, DocumentModel model)
    {
        var layout = TemplateLayout.Read(document);
        foreach (var repeat in layout.Repeats)
        {
            Expand(repeat, model);
        }

        // Read again: the repeats' copies replaced their originals.
        foreach (var (text, _) in TemplateLayout.Read(document).Paragraphs)
        {
            text.Replace(p => p.IsField ? model.Fields.GetValueOrDefault(p.Name, string.Empty) : string.Empty);
        }
    }

    private static void Expand(TemplateLayout.Repeat repeat, DocumentModel model)
    {
        var unit = TemplateLayout.Unit(repeat);
        var items = model.Repeats.GetValueOrDefault(repeat.Name) ?? [];
        var prefix = repeat.Name + ".";
        OpenXmlElement anchor = unit[^1];
        foreach (var item in items)
        {
            foreach (var element in unit)
            {
                var copy = element.CloneNode(deep: true);
                if (FillItem(copy, prefix, item, dropMarkerLines: unit.Count > 1))
                {
                    anchor.InsertAfterSelf(copy);
                    anchor = copy;
                }
            }
        }

        foreach (var element in unit)
        {
            element.Remove();
        }
    }

    /// <summary>
    /// Fills one copy with an item's fields, leaving other fields for the second pass. A paragraph that held only a
    /// repeat's marker is dropped when the repeat spans several paragraphs; false when the copy is such a paragraph.
    /// </summary>
    private static bool FillItem(OpenXmlElement copy, string prefix, IReadOnlyDictionary<string, string> item, bool dropMarkerLines)
    {
        List<Paragraph> paragraphs = copy is Paragraph single ? [single] : [.. copy.Descendants<Paragraph>()];
        foreach (var paragraph in paragraphs)
        {
            var text = new ParagraphText(paragraph);
            var onlyMarkers = text.Placeholders.Count > 0 && text.Placeholders.All(x => !x.IsField)
                && text.Placeholders.Sum(x => x.Length) == text.Value.Trim().Length;
            text.Replace(x => !x.IsField ? string.Empty
                : x.Name.StartsWith(prefix, StringComparison.Ordinal) ? item.GetValueOrDefault(x.Name[prefix.Length..], string.Empty)
                : null);
            if (onlyMarkers && dropMarkerLines)
            {
                if (paragraph == copy)
                {
                    return false;
                }

                if (paragraph.Parent is not TableCell)
                {
                    paragraph.Remove();
                }
            }
        }

        return true;
    }
}
