using MediationFlow.Core.Documents;
using MediationFlow.Workflows.Definitions;
using MediationFlow.Workflows.Engine;
using MediationFlow.Workflows.Scenarios;

namespace MediationFlow.Cli.Workflows;

/// <summary>
/// The files <c>workflows validate</c> checks: definitions (<c>*.v&lt;N&gt;.json</c>), the training
/// scenarios in a <c>scenarios/</c> folder beside them, each against the definitions of its folder, and document
/// templates (<c>*.docx</c> in any folder below: the shipped <c>templates/</c>, or a data folder's councils' own).
/// </summary>
internal sealed class WorkflowFiles
{
    private readonly Dictionary<string, LoadResult<WorkflowCatalog>> _catalogs = new(StringComparer.Ordinal);

    /// <summary>The files a path stands for; a folder's scenarios come after its definitions; a scenarios/ folder stands for its scenarios.</summary>
    public static IReadOnlyList<string> Expand(string path)
    {
        if (!Directory.Exists(path))
        {
            return [path];
        }

        if (Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path))) == ScenarioLoader.Folder)
        {
            // A scenarios/ folder holds scenarios, not definitions: check each against its parent's definitions.
            return [.. Directory.EnumerateFiles(path, "*.json").Order(StringComparer.Ordinal)];
        }

        var definitions = Directory.EnumerateFiles(path, "*.json").Where(DefinitionLoader.IsDefinitionFile).Order(StringComparer.Ordinal);
        var scenarioFolder = Path.Combine(path, ScenarioLoader.Folder);
        IEnumerable<string> scenarios = Directory.Exists(scenarioFolder)
            ? Directory.EnumerateFiles(scenarioFolder, "*.json").Order(StringComparer.Ordinal)
            : [];
        var templates = Directory.EnumerateFiles(path, "*.docx", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
        return [.. definitions, .. scenarios, .. templates];
    }

    public IReadOnlyList<DefinitionError> Check(string file)
    {
        if (!File.Exists(file))
        {
            return [new DefinitionError(file, "$", CliMessages.NoSuchFile)];
        }

        if (file.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
        {
            return [.. TemplateCheck.CheckFile(file).Select(p => new DefinitionError(file, p.Place.ToString(), p.Text))];
        }

        if (!IsScenario(file))
        {
            return DefinitionLoader.LoadFile(file).Errors;
        }

        var workflowsFolder = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(file)))!;
        var catalog = Catalog(workflowsFolder);
        return catalog.Value is null
            ? [new DefinitionError(file, "$.definition", CliMessages.DefinitionsInvalid.Format(workflowsFolder))]
            : ScenarioLoader.LoadFile(file, catalog.Value).Errors;
    }

    private static bool IsScenario(string file) =>
        Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(file))) == ScenarioLoader.Folder;

    private LoadResult<WorkflowCatalog> Catalog(string folder)
    {
        if (!_catalogs.TryGetValue(folder, out var catalog))
        {
            catalog = WorkflowCatalog.LoadDirectory(folder);
            _catalogs[folder] = catalog;
        }

        return catalog;
    }
}
