using MediationFlow.Workflows.Definitions;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Workflows.Scenarios;

/// <summary>The scenarios a trainer can run, from workflows/scenarios/.</summary>
public sealed class ScenarioLibrary(IEnumerable<Scenario> scenarios)
{
    private readonly Dictionary<string, Scenario> _scenarios = scenarios.ToDictionary(s => s.Id, StringComparer.Ordinal);

    public IEnumerable<Scenario> All => _scenarios.Values.OrderBy(s => s.Id, StringComparer.Ordinal);

    public bool TryGet(string id, out Scenario scenario) => _scenarios.TryGetValue(id, out scenario!);

    /// <summary>Loads every scenario in <c>&lt;workflows&gt;/scenarios/</c>; only when all are valid.</summary>
    public static LoadResult<ScenarioLibrary> LoadDirectory(string workflowsFolder, WorkflowCatalog catalog)
    {
        var folder = Path.Combine(workflowsFolder, ScenarioLoader.Folder);
        if (!Directory.Exists(folder))
        {
            return new(new ScenarioLibrary([]), []);
        }

        var errors = new List<DefinitionError>();
        var loaded = new List<Scenario>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var result = ScenarioLoader.LoadFile(file, catalog);
            errors.AddRange(result.Errors);
            if (result.Value is { } scenario)
            {
                loaded.Add(scenario);
            }
        }

        return errors.Count == 0 ? new(new ScenarioLibrary(loaded), []) : new(null, errors);
    }
}
