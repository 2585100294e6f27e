using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace MediationFlow.Core.Tests.Documents;

/// <summary>
/// Writes a .docx from lines of a small layout language, so the shipped templates can be made again from their text
/// (ShippedTemplateTexts). "# " a title, "## " a heading, "= " centred, "> " right-aligned, "|! " a table's header row,
/// "| " a table row (cells split by " | "), anything else a paragraph. A4 with 2 cm margins, Times New Roman 12 pt.
/// </summary>
internal static class TemplateWriter
{
    public static byte[] Write(IEnumerable<string> lines)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = Styles();
            var body = new Body();
            Table? table = null;
            foreach (var line in lines)
            {
                if (line.StartsWith('|'))
                {
                    var header = line.StartsWith("|!", StringComparison.Ordinal);
                    var cells = line[(header ? 2 : 1)..].Split(" | ").Select(c => c.Trim()).ToList();
                    if (table is null)
                    {
                        table = NewTable(cells.Count);
                        body.Append(table);
                    }

                    table.Append(Row(cells, header));
                    continue;
                }

                table = null;
                body.Append(Paragraph(line));
            }

            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1134, Right = 850U, Bottom = 1134, Left = 1701U, Header = 709U, Footer = 709U, Gutter = 0U }));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(string line)
    {
        var (style, justification, text) = line switch
        {
            _ when line.StartsWith("## ", StringComparison.Ordinal) => ("Heading1", (JustificationValues?)null, line[3..]),
            _ when line.StartsWith("# ", StringComparison.Ordinal) => ("Title", JustificationValues.Center, line[2..]),
            _ when line.StartsWith("= ", StringComparison.Ordinal) => (null, JustificationValues.Center, line[2..]),
            _ when line.StartsWith("> ", StringComparison.Ordinal) => (null, JustificationValues.Right, line[2..]),
            _ => ((string?)null, (JustificationValues?)null, line),
        };
        var properties = new ParagraphProperties();
        if (style is not null)
        {
            properties.Append(new ParagraphStyleId { Val = style });
        }

        if (justification is { } j)
        {
            properties.Append(new Justification { Val = j });
        }

        var paragraph = new Paragraph(properties);
        if (text.Length > 0)
        {
            paragraph.Append(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        }

        return paragraph;
    }

    private static Table NewTable(int columns)
    {
        var table = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4U },
                new LeftBorder { Val = BorderValues.Single, Size = 4U },
                new BottomBorder { Val = BorderValues.Single, Size = 4U },
                new RightBorder { Val = BorderValues.Single, Size = 4U },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U })));
        table.Append(new TableGrid([.. Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = (9355 / columns).ToString(System.Globalization.CultureInfo.InvariantCulture) })]));
        return table;
    }

    private static TableRow Row(List<string> cells, bool header)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        foreach (var cell in cells)
        {
            var run = new Run(new Text(cell) { Space = SpaceProcessingModeValues.Preserve });
            if (header)
            {
                run.PrependChild(new RunProperties(new Bold()));
            }

            row.Append(new TableCell(new Paragraph(run)));
        }

        return row;
    }

    private static Styles Styles() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman" },
                new FontSize { Val = "24" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120" }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        new Style(
            new StyleName { Val = "Title" }, new BasedOn { Val = "Normal" }, new PrimaryStyle(),
            new StyleParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(new Bold(), new FontSize { Val = "28" }))
        { Type = StyleValues.Paragraph, StyleId = "Title" },
        new Style(
            new StyleName { Val = "heading 1" }, new BasedOn { Val = "Normal" }, new PrimaryStyle(),
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240" }),
            new StyleRunProperties(new Bold()))
        { Type = StyleValues.Paragraph, StyleId = "Heading1" });
}
