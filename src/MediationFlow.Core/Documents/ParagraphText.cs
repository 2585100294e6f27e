using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;

namespace MediationFlow.Core.Documents;

/// <summary>{{field}}, {{#repeat}} (a repeat starts) or {{/repeat}} (it ends), found in a paragraph's text.</summary>
internal readonly record struct Placeholder(int Start, int Length, char Marker, string Name)
{
    public bool StartsRepeat => Marker == '#';

    public bool EndsRepeat => Marker == '/';

    public bool IsField => Marker == ' ';
}

/// <summary>
/// A paragraph's text as a reader sees it, over the runs Word split it into (spell-checking, an edit in the middle of a
/// word and formatting all split "{{field}}" across several runs), so placeholders are found and replaced whole.
/// </summary>
internal sealed partial class ParagraphText
{
    private readonly List<Text> _texts;
    private readonly int[] _starts;

    public ParagraphText(Paragraph paragraph)
    {
        Paragraph = paragraph;
        _texts = [.. paragraph.Descendants<Text>()];
        _starts = new int[_texts.Count];
        var all = new StringBuilder();
        for (var i = 0; i < _texts.Count; i++)
        {
            _starts[i] = all.Length;
            all.Append(_texts[i].Text);
        }

        Value = all.ToString();
    }

    public Paragraph Paragraph { get; }

    public string Value { get; }

    public IReadOnlyList<Placeholder> Placeholders
    {
        get
        {
            var found = new List<Placeholder>();
            foreach (Match m in Pattern().Matches(Value))
            {
                var marker = m.Groups[1].Value is { Length: 1 } given ? given[0] : ' ';
                found.Add(new Placeholder(m.Index, m.Length, marker, m.Groups[2].Value.Trim()));
            }

            return found;
        }
    }

    /// <summary>"{{" left without its "}}" (or the other way round) once every whole placeholder is taken out.</summary>
    public bool HasUnclosedBraces => Pattern().Replace(Value, string.Empty) is var rest && (rest.Contains("{{", StringComparison.Ordinal) || rest.Contains("}}", StringComparison.Ordinal));

    /// <summary>
    /// Replaces each placeholder <paramref name="valueOf"/> gives a value for; the value takes the formatting of the run the
    /// placeholder starts in. Line breaks in a value become line breaks in the document.
    /// </summary>
    public void Replace(Func<Placeholder, string?> valueOf)
    {
        foreach (var placeholder in Placeholders.Reverse())
        {
            if (valueOf(placeholder) is { } value)
            {
                Splice(placeholder.Start, placeholder.Length, value);
            }
        }

        foreach (var text in _texts.Where(t => t.Text.Contains('\n', StringComparison.Ordinal)).ToList())
        {
            BreakLines(text);
        }
    }

    private void Splice(int start, int length, string value)
    {
        var end = start + length;
        var first = Locate(start);
        var last = Locate(end - 1);
        for (var i = first; i <= last; i++)
        {
            var text = _texts[i].Text;
            var from = Math.Max(start - _starts[i], 0);
            var to = Math.Min(end - _starts[i], text.Length);
            _texts[i].Text = text[..from] + (i == first ? value : string.Empty) + text[to..];
            _texts[i].Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve;
        }
    }

    /// <summary>The text element holding the character at <paramref name="index"/> of <see cref="Value"/>.</summary>
    private int Locate(int index)
    {
        var i = Array.BinarySearch(_starts, index);
        if (i < 0)
        {
            i = ~i - 1;
        }

        // Empty text elements share their start with the next one: the character is in the last of them.
        while (i + 1 < _starts.Length && _starts[i + 1] <= index)
        {
            i++;
        }

        return i;
    }

    private static void BreakLines(Text text)
    {
        var lines = text.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        text.Text = lines[0];
        DocumentFormat.OpenXml.OpenXmlElement after = text;
        foreach (var line in lines.Skip(1))
        {
            var br = new Break();
            after.InsertAfterSelf(br);
            var next = new Text(line) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve };
            br.InsertAfterSelf(next);
            after = next;
        }
    }

    [GeneratedRegex(@"\{\{\s*([#/]?)([^{}]*)\}\}")]
    private static partial Regex Pattern();
}
