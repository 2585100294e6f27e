using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using MediationFlow.Workflows.Definitions;

namespace MediationFlow.Workflows.Tests.Definitions;

/// <summary>
/// Whatever JSON it is given, and however it was laid out, the formatter changes only whitespace: the text
/// means the same, its tokens are the same, and formatting it again changes nothing.
/// </summary>
public sealed class CanonicalLayoutPropertyTests
{
    // Kazakh and Russian letters, and what JSON escapes (quote, backslash, control characters, HTML-sensitive ones).
    private static readonly Gen<string> GenText = Gen.Char["aZ9 -_.әғқңөұүһіӘҚжЖ«»—\"\\/\t\n\u0001<>&'+"].Array[0, 60].Select(c => new string(c));

    private static readonly Gen<JsonNode?> GenScalar = Gen.Frequency(
        (4, GenText.Select(s => (JsonNode?)JsonValue.Create(s))),
        (2, Gen.Long.Select(n => (JsonNode?)JsonValue.Create(n))),
        (1, Gen.Double.Where(double.IsFinite).Select(d => (JsonNode?)JsonValue.Create(d))),
        (1, Gen.OneOf("1.0", "-0", "2E+3", "1e-2").Select(raw => JsonNode.Parse(raw))),
        (1, Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b))),
        (1, Gen.Const<JsonNode?>(() => null)));

    private static readonly Gen<JsonNode?> GenJson = Gen.Recursive<JsonNode?>((depth, tree) => depth >= 5
        ? GenScalar
        : Gen.Frequency(
            (3, GenScalar),
            (1, tree.Array[0, 6].Select(items => (JsonNode?)new JsonArray(items))),
            (1, Gen.Select(GenText, tree).Array[0, 6].Select(members =>
                (JsonNode?)new JsonObject(members.DistinctBy(m => m.Item1).Select(m => KeyValuePair.Create(m.Item1, m.Item2)))))));

    /// <summary>Compact, indented, or indented with every non-ASCII character escaped.</summary>
    private static readonly JsonSerializerOptions[] Spellings =
    [
        new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping },
        new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true, IndentSize = 4 },
        new() { WriteIndented = true, NewLine = "\r\n" },
    ];

    [Fact]
    public void Formatting_keeps_the_meaning_and_the_tokens_and_is_stable()
    {
        Gen.Select(GenJson, Gen.Int[0, Spellings.Length - 1]).Sample((node, spelling) =>
        {
            var json = node is null ? "null" : node.ToJsonString(Spellings[spelling]);

            var formatted = CanonicalLayout.Format(json);

            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(formatted)), formatted);
            Assert.Equal(Tokens(json), Tokens(formatted));
            Assert.Equal(formatted, CanonicalLayout.Format(formatted));
            Assert.Null(CanonicalLayout.FirstLineOutOfLayout(formatted));
            Assert.EndsWith("\n", formatted, StringComparison.Ordinal);
            Assert.DoesNotContain(" \n", formatted, StringComparison.Ordinal);
            Assert.DoesNotContain('\r', formatted);
        }, iter: 2000);
    }

    /// <summary>Each token's type and its text as written.</summary>
    internal static List<(JsonTokenType Type, string Text)> Tokens(string json)
    {
        var tokens = new List<(JsonTokenType, string)>();
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        while (reader.Read())
        {
            tokens.Add((reader.TokenType, Encoding.UTF8.GetString(reader.ValueSpan)));
        }

        return tokens;
    }
}
