using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MediationFlow.Core.Documents;

namespace MediationFlow.Core.Tests.Documents;

/// <summary>Issue 12, point 3: the print view renders the filled document, so a template's layout and a council's edits print the same.</summary>
public sealed class PrintViewTests
{
    [Fact]
    public void Headings_alignment_tables_line_breaks_and_content_controls_are_kept_and_text_is_escaped()
    {
        var template = TemplateWriter.Write(["# СПРАВКА", "> Дело № {{case.number}}", "Исход: {{case.outcome}}", "|! Сторона | Имя", "| {{#parties}}{{parties.role}} | {{parties.name}}{{/parties}}"]);
        var model = new DocumentModel(DocumentKind.OutcomeCertificate, "ru",
            new Dictionary<string, string> { ["case.number"] = "AKM-01-2026-0001", ["case.outcome"] = "Соглашение <исполнено>\nполностью" },
            new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>>
            {
                ["parties"] = [new Dictionary<string, string> { ["role"] = "Заявитель", ["name"] = "Айгерим & Co" }],
            });

        var html = PrintView.Render(InContentControl(TemplateFiller.Fill(template, model), paragraph: 2));

        Assert.Contains("<h1 class=\"center\">СПРАВКА</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"right\">Дело № AKM-01-2026-0001</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p>Исход: Соглашение &lt;исполнено&gt;<br>полностью</p>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th><p><strong>Сторона</strong></p></th><th><p><strong>Имя</strong></p></th></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td><p>Заявитель</p></td><td><p>Айгерим &amp; Co</p></td></tr>", html, StringComparison.Ordinal);
    }

    /// <summary>Wraps one body paragraph in a content control, as Word does when a methodologist adds one.</summary>
    private static byte[] InContentControl(byte[] docx, int paragraph)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var target = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ElementAt(paragraph);
            var control = new SdtBlock(new SdtProperties(new Tag { Val = "outcome" }), new SdtContentBlock());
            target.InsertBeforeSelf(control);
            target.Remove();
            control.SdtContentBlock!.Append(target);
        }

        return stream.ToArray();
    }
}
