using DocumentFormat.OpenXml.Packaging;
using MediationFlow.Workflows.Definitions;

namespace MediationFlow.Core.Documents;

/// <summary>
/// Checks a template a methodologist edited in Word: every placeholder is a field of its document (and an item field
/// sits inside its repeat), every required field is there, and every repeat starts and ends once, not inside another.
/// </summary>
public static class TemplateCheck
{
    public sealed record Problem(LocalizedText Place, LocalizedText Text);

    /// <summary>Checks a file named <c>&lt;document&gt;.&lt;language&gt;.docx</c> against the document its name gives.</summary>
    public static IReadOnlyList<Problem> CheckFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var parts = Path.GetFileName(path).Split('.');
        if (parts.Length != 3 || parts[2] != "docx" || !DocumentKind.Languages.Contains(parts[1]))
        {
            return [new Problem(TemplateMessages.WholeDocument, TemplateMessages.FileNameExpected)];
        }

        if (DocumentKind.Find(parts[0]) is not { } kind)
        {
            return [new Problem(TemplateMessages.WholeDocument, TemplateMessages.UnknownDocument.Format(parts[0], string.Join(", ", DocumentKind.All.Select(k => k.Name))))];
        }

        using var stream = File.OpenRead(path);
        return Check(stream, kind);
    }

    public static IReadOnlyList<Problem> Check(Stream template, DocumentKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        try
        {
            using var document = WordprocessingDocument.Open(template, isEditable: false);
            return Check(TemplateLayout.Read(document), kind);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.IO.FileFormatException or System.Xml.XmlException)
        {
            return [new Problem(TemplateMessages.WholeDocument, TemplateMessages.NotADocument)];
        }
    }

    private static List<Problem> Check(TemplateLayout layout, DocumentKind kind)
    {
        var problems = layout.Problems.Select(p => new Problem(p.Place, p.Problem)).ToList();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var insideOf = InsideRepeats(layout);
        // A repeat whose markers do not pair up is reported once; its item fields are not reported as outside it too.
        var broken = layout.Paragraphs.SelectMany(p => p.Text.Placeholders).Where(p => !p.IsField).GroupBy(p => p.Name)
            .Where(g => g.Count() != 2 * layout.Repeats.Count(r => r.Name == g.Key)).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (text, place) in layout.Paragraphs)
        {
            if (text.HasUnclosedBraces)
            {
                problems.Add(new Problem(place, TemplateMessages.UnclosedBraces));
            }

            foreach (var placeholder in text.Placeholders)
            {
                used.Add(placeholder.Name);
                if (!placeholder.IsField)
                {
                    if (!kind.Repeats.ContainsKey(placeholder.Name))
                    {
                        problems.Add(new Problem(place, TemplateMessages.UnknownRepeat.Format(placeholder.Name, List(kind.Repeats.Keys))));
                    }

                    continue;
                }

                var repeat = kind.Repeats.Keys.FirstOrDefault(r => kind.IsItemField(r, placeholder.Name));
                if (repeat is not null)
                {
                    if (insideOf.GetValueOrDefault(text) != repeat && !broken.Contains(repeat))
                    {
                        problems.Add(new Problem(place, TemplateMessages.ItemFieldOutsideRepeat.Format(placeholder.Name, repeat)));
                    }
                }
                else if (!kind.Fields.Contains(placeholder.Name))
                {
                    problems.Add(new Problem(place, TemplateMessages.UnknownField.Format(placeholder.Name, List(KnownFields(kind)))));
                }
            }
        }

        problems.AddRange(kind.Required.Where(r => !used.Contains(r)).Select(r => new Problem(TemplateMessages.WholeDocument, TemplateMessages.MissingField.Format(r))));
        return problems;
    }

    /// <summary>Which repeat each paragraph lies in, for the well-formed repeats.</summary>
    private static Dictionary<ParagraphText, string> InsideRepeats(TemplateLayout layout)
    {
        var inside = new Dictionary<ParagraphText, string>();
        foreach (var repeat in layout.Repeats)
        {
            var unit = TemplateLayout.Unit(repeat);
            foreach (var (text, _) in layout.Paragraphs.Where(p => unit.Any(u => u == p.Text.Paragraph || p.Text.Paragraph.Ancestors().Contains(u))))
            {
                inside[text] = repeat.Name;
            }
        }

        return inside;
    }

    private static IEnumerable<string> KnownFields(DocumentKind kind) =>
        kind.Fields.Concat(kind.Repeats.SelectMany(r => r.Value.Select(f => r.Key + "." + f)));

    private static string List(IEnumerable<string> names) => string.Join(", ", names);
}
