using System.Text;
using System.Text.Json;

namespace MediationFlow.Workflows.Definitions;

/// <summary>
/// The one layout of the JSON files in <c>workflows/</c>, so that two versions of a definition can be diffed
/// line by line. Modelled on the hand layout of the first definition:
/// <list type="number">
/// <item>Only whitespace changes: every token (key, string, number) stays as written and in its order.</item>
/// <item>Two spaces of indentation, <c>"key": value</c>, "\n" line ends, a final newline, no trailing spaces.</item>
/// <item>An object or array goes on one line when none of its members holds an object or array of its own
/// (a name in three languages or a list of roles may be a member, an input field with a label may not) and
/// the whole line, indentation and comma included, is at most <see cref="LineWidth"/> characters:
/// <c>{ "a": 1, "b": ["x", "y"] }</c>, with spaces inside an array only when it holds objects or arrays:
/// <c>[ { "a": 1 } ]</c>. Empty ones are <c>{}</c> and <c>[]</c>.</item>
/// <item>Otherwise it opens on its key's line, holds one member per line, and closes on a line of its own.
/// The outermost value of a file always does.</item>
/// </list>
/// </summary>
public static class CanonicalLayout
{
    /// <summary>In UTF-16 characters: one per letter of Kazakh, Russian and English.</summary>
    public const int LineWidth = 140;

    private const int IndentSize = 2;

    /// <summary>The text in the canonical layout.</summary>
    /// <exception cref="JsonException">The text is not one JSON value; the exception carries the line and position.</exception>
    public static string Format(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var root = Node.Parse(json);
        var text = new StringBuilder();
        if (root.Members is { Count: > 0 })
        {
            WriteExpanded(text, root, 0, string.Empty, string.Empty);
        }
        else
        {
            root.WriteInline(text);
            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The first line (counted from 1) where the text differs from its canonical layout; null when it has the layout.</summary>
    /// <exception cref="JsonException">The text is not one JSON value.</exception>
    public static int? FirstLineOutOfLayout(string json)
    {
        var (expected, actual) = (Lines(Format(json)), Lines(json));
        for (var i = 0; i < Math.Max(expected.Count, actual.Count); i++)
        {
            if (i >= expected.Count || i >= actual.Count || expected[i] != actual[i])
            {
                return i + 1;
            }
        }

        return null;
    }

    /// <summary>Lines with their line ends, so that a missing final newline or an "\r" is a difference on its line.</summary>
    private static List<string> Lines(string text)
    {
        var lines = new List<string>();
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end + 1;
            lines.Add(text[start..end]);
            start = end;
        }

        return lines;
    }

    private static void WriteExpanded(StringBuilder text, Node node, int indent, string head, string tail)
    {
        var members = node.Members!;
        text.Append(' ', indent).Append(head).Append(node.IsObject ? '{' : '[').Append('\n');
        for (var i = 0; i < members.Count; i++)
        {
            var (key, value) = members[i];
            var (memberIndent, memberHead, memberTail) = (indent + IndentSize, key is null ? string.Empty : key + ": ", i < members.Count - 1 ? "," : string.Empty);
            if (OnOneLine(value, memberIndent, memberHead, memberTail))
            {
                text.Append(' ', memberIndent).Append(memberHead);
                value.WriteInline(text);
                text.Append(memberTail).Append('\n');
            }
            else
            {
                WriteExpanded(text, value, memberIndent, memberHead, memberTail);
            }
        }

        text.Append(' ', indent).Append(node.IsObject ? '}' : ']').Append(tail).Append('\n');
    }

    private static bool OnOneLine(Node node, int indent, string head, string tail) =>
        node.Members is null or { Count: 0 } || (IsFlat(node) && Fits(indent, head, node, tail));

    /// <summary>No member holds an object or array of its own.</summary>
    private static bool IsFlat(Node node) => !node.Members!.Any(m => m.Value.HoldsContainer);

    private static bool Fits(int indent, string head, Node node, string tail)
    {
        var line = new StringBuilder(head);
        node.WriteInline(line);
        return indent + line.Length + tail.Length <= LineWidth;
    }

    /// <summary>
    /// A value as its tokens were written: a scalar's text, or the members of an object or array. The reader's
    /// raw spans are kept, not decoded values, so that an escape such as "\u00AB" is never rewritten.
    /// </summary>
    private sealed class Node
    {
        private Node(string text) => Text = text;

        private Node(bool isObject) => (IsObject, Members) = (isObject, []);

        public string? Text { get; }

        public bool IsObject { get; }

        /// <summary>Keys (with their quotes) and values in file order; a key is null in an array.</summary>
        public List<(string? Key, Node Value)>? Members { get; }

        public bool HoldsContainer => Members is not null && Members.Any(m => m.Value.Members is not null);

        public static Node Parse(string json)
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
            reader.Read();
            var root = Read(ref reader);

            // Reading on past the value makes the reader refuse anything after it, such as a second value.
            _ = reader.Read();
            return root;
        }

        private static Node Read(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    var isObject = reader.TokenType == JsonTokenType.StartObject;
                    var container = new Node(isObject);
                    var end = isObject ? JsonTokenType.EndObject : JsonTokenType.EndArray;
                    while (reader.Read() && reader.TokenType != end)
                    {
                        string? key = null;
                        if (isObject)
                        {
                            key = Raw(ref reader);
                            reader.Read();
                        }

                        container.Members!.Add((key, Read(ref reader)));
                    }

                    return container;
                default:
                    return new Node(Raw(ref reader));
            }
        }

        private static string Raw(ref Utf8JsonReader reader)
        {
            var text = Encoding.UTF8.GetString(reader.ValueSpan);
            return reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName ? $"\"{text}\"" : text;
        }

        public void WriteInline(StringBuilder text)
        {
            if (Members is null)
            {
                text.Append(Text);
                return;
            }

            if (Members.Count == 0)
            {
                text.Append(IsObject ? "{}" : "[]");
                return;
            }

            var padded = IsObject || HoldsContainer;
            text.Append(IsObject ? '{' : '[');
            if (padded)
            {
                text.Append(' ');
            }

            for (var i = 0; i < Members.Count; i++)
            {
                if (i > 0)
                {
                    text.Append(", ");
                }

                if (Members[i].Key is { } key)
                {
                    text.Append(key).Append(": ");
                }

                Members[i].Value.WriteInline(text);
            }

            if (padded)
            {
                text.Append(' ');
            }

            text.Append(IsObject ? '}' : ']');
        }
    }
}
