using System.Text.Json.Nodes;
using MediationFlow.Workflows.Definitions;

namespace MediationFlow.Workflows.Tests.Definitions;

/// <summary>
/// Every JSON file under workflows/ (definitions, scenarios, migration plans, schemas) is kept in the canonical
/// layout, so that a methodologist can diff two versions of a definition line by line.
/// </summary>
public sealed class ShippedLayoutTests
{
    public static TheoryData<string> ShippedFiles() => [.. Files()];

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void Shipped_file_is_in_the_canonical_layout(string name)
    {
        var text = File.ReadAllText(Path.Combine(ShippedWorkflows.Folder, name));

        var line = CanonicalLayout.FirstLineOutOfLayout(text);

        if (line is { } n)
        {
            Assert.Fail($"""
                workflows/{name}: line {n} is not in the canonical layout; `mediationflow workflows format` rewrites it.
                  expected: {LineOf(CanonicalLayout.Format(text), n)}
                  found:    {LineOf(text, n)}
                """);
        }
    }

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void Formatting_a_shipped_file_keeps_its_JSON(string name)
    {
        var text = File.ReadAllText(Path.Combine(ShippedWorkflows.Folder, name));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(text), JsonNode.Parse(CanonicalLayout.Format(text))));
        Assert.Equal(CanonicalLayoutPropertyTests.Tokens(text), CanonicalLayoutPropertyTests.Tokens(CanonicalLayout.Format(text)));
    }

    [Fact]
    public void The_check_covers_definitions_scenarios_migration_plans_and_schemas()
    {
        var files = Files();

        Assert.Contains("community-mediation.v2.json", files);
        Assert.Contains(files, f => f.StartsWith("scenarios/", StringComparison.Ordinal));
        Assert.Contains(files, f => f.StartsWith("migrations/", StringComparison.Ordinal));
        Assert.Contains(files, f => f.StartsWith("schema/", StringComparison.Ordinal));
    }

    private static string[] Files() =>
        [.. Directory.EnumerateFiles(ShippedWorkflows.Folder, "*.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(ShippedWorkflows.Folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    private static string LineOf(string text, int line) =>
        text.Split('\n') is var lines && line <= lines.Length ? lines[line - 1].Replace("\r", "\\r", StringComparison.Ordinal) : "(end of file)";
}
