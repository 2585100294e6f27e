using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MediationFlow.Workflows.Definitions;

namespace MediationFlow.Core.Documents;

/// <summary>
/// A template's paragraphs in reading order (body, then headers and footers), each with where a reader of the file finds
/// it, and its repeats: a repeat's <c>{{#name}}</c> and <c>{{/name}}</c> in one table row repeat that row; in different
/// paragraphs, they repeat everything between them (the paragraphs holding only a marker are dropped).
/// </summary>
internal sealed class TemplateLayout
{
    private TemplateLayout(List<(ParagraphText Text, LocalizedText Place)> paragraphs, List<Repeat> repeats, List<(LocalizedText Place, LocalizedText Problem)> problems)
    {
        Paragraphs = paragraphs;
        Repeats = repeats;
        Problems = problems;
    }

    public IReadOnlyList<(ParagraphText Text, LocalizedText Place)> Paragraphs { get; }

    /// <summary>Well-formed repeats, in document order.</summary>
    public IReadOnlyList<Repeat> Repeats { get; }

    /// <summary>Markers that do not pair up: a start without its end, an end without its start, a repeat inside another.</summary>
    public IReadOnlyList<(LocalizedText Place, LocalizedText Problem)> Problems { get; }

    public sealed record Repeat(string Name, ParagraphText Start, ParagraphText End, LocalizedText Place);

    public static TemplateLayout Read(WordprocessingDocument document)
    {
        var paragraphs = new List<(ParagraphText, LocalizedText)>();
        var main = document.MainDocumentPart ?? throw new InvalidDataException("The file has no main document part.");
        var body = main.Document?.Body ?? throw new InvalidDataException("The document has no body.");
        var tables = body.Descendants<Table>().ToList();
        var inBody = 0;
        foreach (var paragraph in body.Descendants<Paragraph>())
        {
            var text = new ParagraphText(paragraph);
            paragraphs.Add((text, PlaceOf(text, tables, ref inBody)));
        }

        foreach (var header in main.HeaderParts)
        {
            paragraphs.AddRange(header.Header?.Descendants<Paragraph>().Select(p => (new ParagraphText(p), TemplateMessages.Header)) ?? []);
        }

        foreach (var footer in main.FooterParts)
        {
            paragraphs.AddRange(footer.Footer?.Descendants<Paragraph>().Select(p => (new ParagraphText(p), TemplateMessages.Footer)) ?? []);
        }

        var (repeats, problems) = Pair(paragraphs);
        return new TemplateLayout(paragraphs, repeats, problems);
    }

    private static LocalizedText PlaceOf(ParagraphText text, List<Table> tables, ref int inBody)
    {
        if (text.Paragraph.Ancestors<TableRow>().FirstOrDefault() is { } row)
        {
            var table = row.Ancestors<Table>().First();
            var rowNumber = table.Elements<TableRow>().TakeWhile(r => r != row).Count() + 1;
            return TemplateMessages.TableRow.Format(tables.IndexOf(table) + 1, rowNumber);
        }

        inBody++;
        return TemplateMessages.Paragraph.Format(inBody, Excerpt(text.Value));
    }

    private static string Excerpt(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static (List<Repeat>, List<(LocalizedText, LocalizedText)>) Pair(List<(ParagraphText Text, LocalizedText Place)> paragraphs)
    {
        var repeats = new List<Repeat>();
        var problems = new List<(LocalizedText, LocalizedText)>();
        (string Name, ParagraphText Text, LocalizedText Place)? open = null;
        foreach (var (text, place) in paragraphs)
        {
            foreach (var marker in text.Placeholders.Where(p => !p.IsField))
            {
                if (marker.StartsRepeat)
                {
                    if (open is { } outer)
                    {
                        problems.Add((place, TemplateMessages.RepeatInsideRepeat.Format(marker.Name, outer.Name)));
                    }

                    open = (marker.Name, text, place);
                }
                else if (open is not { } current)
                {
                    problems.Add((place, TemplateMessages.EndWithoutStart.Format(marker.Name)));
                }
                else if (current.Name != marker.Name)
                {
                    problems.Add((place, TemplateMessages.EndOfAnother.Format(marker.Name, current.Name)));
                    open = null;
                }
                else
                {
                    repeats.Add(new Repeat(current.Name, current.Text, text, current.Place));
                    open = null;
                }
            }
        }

        if (open is { } unclosed)
        {
            problems.Add((unclosed.Place, TemplateMessages.StartWithoutEnd.Format(unclosed.Name)));
        }

        return (repeats, problems);
    }

    /// <summary>What a repeat copies for each item: one table row, one paragraph, or the siblings from its start to its end.</summary>
    public static List<OpenXmlElement> Unit(Repeat repeat)
    {
        var (start, end) = (repeat.Start.Paragraph, repeat.End.Paragraph);
        var startChain = start.Ancestors().Reverse().Append(start).ToList();
        var endChain = end.Ancestors().Reverse().Append(end).ToList();
        var depth = 0;
        while (depth < startChain.Count && depth < endChain.Count && startChain[depth] == endChain[depth])
        {
            depth++;
        }

        var common = startChain[depth - 1];
        if ((common as TableRow ?? common.Ancestors<TableRow>().FirstOrDefault()) is { } row)
        {
            return [row];
        }

        if (common is Paragraph paragraph)
        {
            return [paragraph];
        }

        var (first, last) = (startChain[depth], endChain[depth]);
        var unit = new List<OpenXmlElement>();
        for (OpenXmlElement? e = first; e is not null; e = e.NextSibling())
        {
            unit.Add(e);
            if (e == last)
            {
                break;
            }
        }

        return unit;
    }
}
