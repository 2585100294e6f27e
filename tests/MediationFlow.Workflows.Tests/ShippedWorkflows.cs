using MediationFlow.Workflows.Engine;

namespace MediationFlow.Workflows.Tests;

/// <summary>The definitions in the repository's workflows/ folder, copied next to the tests and loaded once.</summary>
internal static class ShippedWorkflows
{
    public const string Id = "community-mediation";

    private static readonly Lazy<WorkflowCatalog> LazyCatalog = new(() =>
    {
        var result = WorkflowCatalog.LoadDirectory(Folder);
        return result.IsValid
            ? result.Value!
            : throw new InvalidOperationException("The shipped workflows do not load:\n" + string.Join('\n', result.Errors));
    });

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "workflows");

    public static WorkflowCatalog Catalog => LazyCatalog.Value;

    public static CompiledWorkflow V1 => Catalog.Get(Id, 1);

    public static CompiledWorkflow V2 => Catalog.Get(Id, 2);

    public static CompiledWorkflow V3 => Catalog.Get(Id, 3);
}
