using System.Reflection;
using System.Text.RegularExpressions;
using MediationFlow.Workflows.Definitions;

namespace MediationFlow.Workflows.Tests.Languages;

/// <summary>A translation that drops or invents a placeholder would print a wrong value, or throw, in one language only.</summary>
public sealed partial class MessageCatalogTests
{
    public static TheoryData<string> Messages()
    {
        var names = new TheoryData<string>();
        foreach (var field in Catalog())
        {
            names.Add(field.Name);
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public void Every_authoring_message_has_three_languages_with_the_same_placeholders(string name)
    {
        var text = (LocalizedText)Catalog().Single(f => f.Name == name).GetValue(null)!;

        Assert.Empty(text.MissingLanguages());
        Assert.Equal(Placeholders(text.En!), Placeholders(text.Kk!));
        Assert.Equal(Placeholders(text.En!), Placeholders(text.Ru!));
    }

    private static IEnumerable<FieldInfo> Catalog() =>
        typeof(AuthoringMessages).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(LocalizedText));

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
