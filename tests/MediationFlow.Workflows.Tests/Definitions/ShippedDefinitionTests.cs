using MediationFlow.Workflows.Definitions;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Workflows.Tests.Definitions;

/// <summary>The definitions in the repository's workflows/ folder are the ones councils run.</summary>
public sealed class ShippedDefinitionTests
{
    public static TheoryData<string> ShippedFiles() =>
        [.. Directory.EnumerateFiles(ShippedWorkflows.Folder, "*.json").Where(DefinitionLoader.IsDefinitionFile).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void Shipped_definition_is_valid(string name)
    {
        var result = DefinitionLoader.LoadFile(Path.Combine(ShippedWorkflows.Folder, name));

        Assert.Empty(result.Errors);
        Assert.NotNull(result.Value);
    }

    [Fact]
    public void Shipped_folder_loads_into_a_catalog_with_every_community_mediation_version()
    {
        var result = WorkflowCatalog.LoadDirectory(ShippedWorkflows.Folder);

        Assert.Empty(result.Errors);
        var catalog = Assert.IsType<WorkflowCatalog>(result.Value);
        Assert.Equal([1, 2, 3], catalog.Versions("community-mediation"));
    }
}
