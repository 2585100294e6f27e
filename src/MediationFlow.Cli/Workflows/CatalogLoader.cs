using MediationFlow.Workflows.Definitions;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Cli.Workflows;

/// <summary>The definitions every verb reads, from --folder or the workflows folder found upwards; errors go to stderr.</summary>
internal static class CatalogLoader
{
    public static WorkflowCatalog? Load(string? folder, TextWriter error)
    {
        var directory = folder ?? WorkflowsFolder.Locate();
        if (!Directory.Exists(directory))
        {
            error.WriteLine($"--folder: {CliMessages.NotAFolder.Format(directory)}");
            return null;
        }

        var result = WorkflowCatalog.LoadDirectory(directory);
        foreach (var e in result.Errors)
        {
            error.WriteLine(e.ToString());
        }

        return result.Value;
    }
}
