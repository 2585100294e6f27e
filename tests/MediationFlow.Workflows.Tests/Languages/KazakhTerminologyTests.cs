using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using MediationFlow.Workflows.Tests.Boundary;

namespace MediationFlow.Workflows.Tests.Languages;

/// <summary>
/// One Kazakh term per concept, kept by the table of docs/kazakh-terminology.md (the only list of retired
/// variants): no Kazakh text the product shows or writes uses a retired variant, no Kazakh word mixes Latin
/// and Cyrillic letters, and no placeholder number carries a case ending chosen for one number only.
/// </summary>
public sealed partial class KazakhTerminologyTests
{
    private static readonly Lazy<IReadOnlyList<Concept>> Table = new(ReadTable);
    private static readonly Lazy<IReadOnlyList<KazakhText>> Texts = new(ReadTexts);

    public static TheoryData<string> Concepts() => [.. Table.Value.Where(c => c.Retired.Count > 0).Select(c => c.Name)];

    [Fact]
    public void The_table_names_the_concepts_version_3_added()
    {
        var names = string.Join('\n', Table.Value.Select(c => c.Name));

        Assert.All(
            ["consent", "recusal", "withdrawal", "round", "caucus", "representative", "participant", "extension", "transfer"],
            concept => Assert.Contains(concept, names, StringComparison.Ordinal));
    }

    [Fact]
    public void Kazakh_texts_are_read_from_every_place_that_holds_them()
    {
        var places = Texts.Value.Select(t => t.Kind).ToHashSet();

        Assert.Equal(["code", "definition", "resource", "scenario"], places.Order(StringComparer.Ordinal));
        Assert.Contains(Texts.Value, t => t.Where.Contains("Messages.kk.resx", StringComparison.Ordinal));
        Assert.Contains(Texts.Value, t => t.Where.Contains("CliMessages.cs", StringComparison.Ordinal));
        Assert.Contains(Texts.Value, t => t.Where.Contains("community-mediation.v1.json", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Concepts))]
    public void No_Kazakh_text_uses_a_retired_variant(string concept)
    {
        var retired = Table.Value.Single(c => c.Name == concept).Retired;

        var uses = from text in Texts.Value
                   from variant in retired
                   where Pattern(variant).IsMatch(text.Value)
                   select $"`{variant}` in {text.Where}: {text.Value}";

        AssertNone(uses);
    }

    [Fact]
    public void No_Kazakh_word_mixes_Latin_and_Cyrillic_letters()
    {
        var mixed = from text in Texts.Value
                    from Match word in Word().Matches(text.Value)
                    where LatinLetter().IsMatch(word.Value) && CyrillicLetter().IsMatch(word.Value)
                    select $"«{word.Value}» in {text.Where}";

        AssertNone(mixed);
    }

    [Fact]
    public void No_placeholder_number_carries_a_case_ending()
    {
        var endings = from text in Texts.Value
                      from Match ending in CaseEndingOnPlaceholder().Matches(text.Value)
                      select $"«{ending.Value}» in {text.Where}: {text.Value}";

        AssertNone(endings);
    }

    private static void AssertNone(IEnumerable<string> found)
    {
        var list = found.ToList();
        Assert.True(list.Count == 0, string.Join('\n', list));
    }

    /// <summary>
    /// A variant matches at the start of a word, in any letter case, so that it also catches its inflected
    /// forms; a leading ^ or trailing $ ties it to the start or end of the whole text.
    /// </summary>
    private static Regex Pattern(string variant)
    {
        var anchoredStart = variant.StartsWith('^');
        var anchoredEnd = variant.EndsWith('$');
        var core = Regex.Escape(variant.TrimStart('^').TrimEnd('$'));
        return new Regex(
            (anchoredStart ? "^" : @"(?<![\p{L}\p{Nd}])") + core + (anchoredEnd ? "$" : ""),
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    private static List<Concept> ReadTable()
    {
        var page = File.ReadAllText(Path.Combine(SourceTree.Root, "docs", "kazakh-terminology.md"));
        var section = page[page.IndexOf("\n## Terms", StringComparison.Ordinal)..];
        var end = section.IndexOf("\n## ", 1, StringComparison.Ordinal);
        var rows = section[..(end < 0 ? section.Length : end)].Split('\n')
            .Where(line => line.StartsWith('|'))
            .Skip(2)
            .Select(line => line.Trim().Trim('|').Split('|'))
            .Select(cells => new Concept(cells[0].Trim(), [.. Code().Matches(cells[^1]).Select(m => m.Groups[1].Value)]))
            .ToList();
        return rows.Count > 0 ? rows : throw new InvalidOperationException("docs/kazakh-terminology.md has no table under \"## Terms\".");
    }

    private static List<KazakhText> ReadTexts()
    {
        var texts = new List<KazakhText>();
        var src = Path.Combine(SourceTree.Root, "src");

        foreach (var file in Directory.EnumerateFiles(src, "*.kk.resx", SearchOption.AllDirectories).Where(Product))
        {
            texts.AddRange(XDocument.Load(file).Root!.Elements("data")
                .Select(d => new KazakhText("resource", $"{Relative(file)} {d.Attribute("name")!.Value}", d.Element("value")?.Value ?? "")));
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(SourceTree.Root, "workflows"), "*.json", SearchOption.AllDirectories))
        {
            var kind = Relative(file).Contains("/scenarios/", StringComparison.Ordinal) ? "scenario" : "definition";
            Collect(JsonNode.Parse(File.ReadAllText(file)), "$", kind, Relative(file), texts);
        }

        // Kazakh in code is the first argument of a LocalizedText (engine, authoring and CLI messages) or
        // demo and example data; a literal is Kazakh when it has a letter only Kazakh uses.
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories).Where(Product))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                texts.AddRange(StringLiteral().Matches(lines[i])
                    .Select(m => m.Groups[1].Value)
                    .Where(value => KazakhLetter().IsMatch(value))
                    .Select(value => new KazakhText("code", $"{Relative(file)}:{i + 1}", value)));
            }
        }

        return texts;
    }

    private static void Collect(JsonNode? node, string path, string kind, string file, List<KazakhText> texts)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    if (key == "kk" && value is JsonValue v && v.TryGetValue<string>(out var text))
                    {
                        texts.Add(new KazakhText(kind, $"{file} {path}", text));
                    }
                    else
                    {
                        Collect(value, $"{path}.{key}", kind, file, texts);
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    Collect(a[i], $"{path}[{i}]", kind, file, texts);
                }

                break;
        }
    }

    private static bool Product(string file) => !file.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj");

    private static string Relative(string file) => Path.GetRelativePath(SourceTree.Root, file).Replace('\\', '/');

    private sealed record Concept(string Name, IReadOnlyList<string> Retired);

    private sealed record KazakhText(string Kind, string Where, string Value);

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Code();

    [GeneratedRegex("\"((?:[^\"\\\\]|\\\\.)*)\"")]
    private static partial Regex StringLiteral();

    [GeneratedRegex("[әіңғүұқөһӘІҢҒҮҰҚӨҺ]")]
    private static partial Regex KazakhLetter();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    // Latin letters, including the look-alikes of Kazakh letters (ə, ı, ñ, ğ, ü, ö) that a keyboard layout slips in.
    [GeneratedRegex("[A-Za-z\u00C0-\u024F\u0250-\u02AF]")]
    private static partial Regex LatinLetter();

    [GeneratedRegex(@"\p{IsCyrillic}")]
    private static partial Regex CyrillicLetter();

    // "{0}-і", "{0}-ге", "{1}-ден"...: right for some numbers and wrong for others (20-сы, 2-ге, 23-тен).
    [GeneratedRegex(@"\{[^{}]+\}-(?:ы|і|сы|сі|ын|ін|сын|сін|ны|ні|ға|ге|қа|ке|на|не|да|де|та|те|нда|нде|дан|ден|тан|тен|нан|нен|дың|дің|тың|тің|ның|нің|мен|бен|пен)(?![\p{L}])")]
    private static partial Regex CaseEndingOnPlaceholder();
}
