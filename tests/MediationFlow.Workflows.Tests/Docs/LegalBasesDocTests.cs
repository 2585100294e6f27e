using System.Text.RegularExpressions;
using MediationFlow.Workflows.Tests.Boundary;

namespace MediationFlow.Workflows.Tests.Docs;

/// <summary>docs/legal-bases.md tells readers which bases were checked against the law; it must say what the definition says.</summary>
public sealed partial class LegalBasesDocTests
{
    [Fact]
    public void Every_basis_of_version_3_is_listed_with_the_status_the_definition_gives_it()
    {
        var text = File.ReadAllText(Path.Combine(SourceTree.Root, "docs", "legal-bases.md"));
        var listed = BasisRow().Matches(text).ToDictionary(m => m.Groups["id"].Value, m => m.Groups["status"].Value.Trim('*'), StringComparer.Ordinal);

        var bases = ShippedWorkflows.V3.Definition.Bases;

        Assert.Equal(bases.Keys.Order(StringComparer.Ordinal), listed.Keys.Order(StringComparer.Ordinal));
        Assert.All(bases, b => Assert.Equal(b.Value.Status, listed[b.Key]));
    }

    [GeneratedRegex(@"^\| `(?<id>[a-z0-9]+)` \| [^|]+ \| (?<status>\**[a-z]+\**) \|", RegexOptions.Multiline)]
    private static partial Regex BasisRow();
}
