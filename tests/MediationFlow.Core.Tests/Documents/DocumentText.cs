using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace MediationFlow.Core.Tests.Documents;

/// <summary>Reads a generated .docx back: its text, paragraph by paragraph, and what OpenXmlValidator finds wrong with it.</summary>
internal static class DocumentText
{
    public static string Of(byte[] docx)
    {
        using var stream = new MemoryStream(docx, writable: false);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var main = document.MainDocumentPart!;
        var paragraphs = main.Document!.Body!.Descendants<Paragraph>()
            .Concat(main.HeaderParts.SelectMany(h => h.Header!.Descendants<Paragraph>()))
            .Concat(main.FooterParts.SelectMany(f => f.Footer!.Descendants<Paragraph>()));
        return string.Join('\n', paragraphs.Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text))));
    }

    public static List<string> ValidationErrors(byte[] docx)
    {
        using var stream = new MemoryStream(docx, writable: false);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        return [.. new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}")];
    }
}
