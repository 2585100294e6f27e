using MediationFlow.Workflows.Engine;

namespace MediationFlow.Workflows.Tests;

/// <summary>The workflows folder as shipped loads cleanly; every other test runs on it.</summary>
public sealed class CatalogTests
{
    [Fact]
    public void The_shipped_folder_loads_both_versions_without_errors()
    {
        var result = WorkflowCatalog.LoadDirectory(ShippedWorkflows.Folder);

        Assert.Empty(result.Errors);
        Assert.Equal([1, 2], result.Value!.Versions(ShippedWorkflows.Id));
        Assert.Equal(2, result.Value.Latest(ShippedWorkflows.Id).Definition.Version);
    }
}
