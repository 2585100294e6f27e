using MediationFlow.Workflows.Definitions;

namespace MediationFlow.Workflows.Engine;

/// <summary>
/// Every version of every definition, compiled once and kept side by side: a case runs on the
/// version it started with, new cases on the latest.
/// </summary>
public sealed class WorkflowCatalog
{
    private readonly Dictionary<(string Id, int Version), CompiledWorkflow> _workflows;

    public WorkflowCatalog(IEnumerable<WorkflowDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        _workflows = definitions.ToDictionary(d => (d.Id, d.Version), d => new CompiledWorkflow(d));
    }

    /// <summary>
    /// Every released version of every definition: those cases may run on, and so those whose states and actions the
    /// application lists and searches. A draft is found only by its version (<see cref="Get"/>, <see cref="TryGet"/>).
    /// </summary>
    public IEnumerable<CompiledWorkflow> All => _workflows.Values.Where(w => !w.Definition.Draft)
        .OrderBy(w => w.Definition.Id, StringComparer.Ordinal).ThenBy(w => w.Definition.Version);

    public IEnumerable<string> Ids => All.Select(w => w.Definition.Id).Distinct().Order(StringComparer.Ordinal);

    public CompiledWorkflow Get(string id, int version) =>
        TryGet(id, version, out var workflow) ? workflow : throw new KeyNotFoundException($"No workflow definition {id}@{version}.");

    public bool TryGet(string id, int version, out CompiledWorkflow workflow) =>
        _workflows.TryGetValue((id, version), out workflow!);

    /// <summary>The newest released version of a definition, the one new cases start on; a draft is never it.</summary>
    public CompiledWorkflow Latest(string id) =>
        _workflows.Values.Where(w => w.Definition.Id == id && !w.Definition.Draft).MaxBy(w => w.Definition.Version)
        ?? throw new KeyNotFoundException($"No released workflow definition '{id}'.");

    internal IReadOnlyList<int> Versions(string id) =>
        [.. _workflows.Keys.Where(k => k.Id == id).Select(k => k.Version).Order()];

    /// <summary>
    /// Loads every <c>*.v&lt;N&gt;.json</c> in a folder (not its subfolders: schema/, scenarios/, migrations/).
    /// Returns the catalog only when every file is valid.
    /// </summary>
    public static LoadResult<WorkflowCatalog> LoadDirectory(string directory)
    {
        var errors = new List<DefinitionError>();
        var definitions = new List<(WorkflowDefinition Definition, string File)>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.json").Where(DefinitionLoader.IsDefinitionFile).Order(StringComparer.Ordinal))
        {
            var result = DefinitionLoader.LoadFile(file);
            errors.AddRange(result.Errors);
            if (result.Value is { } definition)
            {
                var twin = definitions.FirstOrDefault(d => d.Definition.Id == definition.Id && d.Definition.Version == definition.Version);
                if (twin.Definition is not null)
                {
                    errors.Add(new DefinitionError(file, "$.version", AuthoringMessages.AlsoDefinedIn.Format(definition.Key, twin.File)));
                }
                else
                {
                    definitions.Add((definition, file));
                }
            }
        }

        if (definitions.Count == 0 && errors.Count == 0)
        {
            errors.Add(new DefinitionError(directory, "$", AuthoringMessages.NoDefinitionsInFolder));
        }

        return errors.Count == 0
            ? new(new WorkflowCatalog(definitions.Select(d => d.Definition)), [])
            : new(null, errors);
    }
}
