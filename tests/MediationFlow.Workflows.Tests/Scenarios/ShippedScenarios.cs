using MediationFlow.Workflows.Scenarios;

namespace MediationFlow.Workflows.Tests.Scenarios;

/// <summary>The scenarios in the repository's workflows/scenarios/ folder, loaded once against the shipped definitions.</summary>
internal static class ShippedScenarios
{
    private static readonly Lazy<ScenarioLibrary> LazyLibrary = new(() =>
    {
        var result = ScenarioLibrary.LoadDirectory(ShippedWorkflows.Folder, ShippedWorkflows.Catalog);
        return result.IsValid
            ? result.Value!
            : throw new InvalidOperationException("The shipped scenarios do not load:\n" + string.Join('\n', result.Errors));
    });

    public static string Folder => Path.Combine(ShippedWorkflows.Folder, ScenarioLoader.Folder);

    public static ScenarioLibrary Library => LazyLibrary.Value;

    public static Scenario Get(string id) =>
        Library.TryGet(id, out var scenario) ? scenario : throw new KeyNotFoundException($"No shipped scenario '{id}'.");
}
