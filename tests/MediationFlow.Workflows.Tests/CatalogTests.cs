using MediationFlow.Workflows.Definitions;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Workflows.Tests;

/// <summary>The workflows folder as shipped loads cleanly; every other test runs on it.</summary>
public sealed class CatalogTests
{
    [Fact]
    public void The_shipped_folder_loads_every_version_without_errors()
    {
        var result = WorkflowCatalog.LoadDirectory(ShippedWorkflows.Folder);

        Assert.Empty(result.Errors);
        Assert.Equal([1, 2, 3], result.Value!.Versions(ShippedWorkflows.Id));
    }

    [Fact]
    public void New_cases_start_on_the_newest_version_that_is_not_a_draft()
    {
        var catalog = ShippedWorkflows.Catalog;

        Assert.False(catalog.Get(ShippedWorkflows.Id, 3).Definition.Draft);
        Assert.Equal(3, catalog.Latest(ShippedWorkflows.Id).Definition.Version);
        var drafted = new WorkflowCatalog(Shipped().Select(d => d.Version == 3 ? d with { Draft = true } : d));
        Assert.Equal(2, drafted.Latest(ShippedWorkflows.Id).Definition.Version);
    }

    [Fact]
    public void A_draft_is_found_by_its_version_but_not_among_the_versions_cases_run_on()
    {
        var catalog = new WorkflowCatalog(Shipped().Select(d => d.Version == 3 ? d with { Draft = true } : d));

        Assert.Equal([1, 2], catalog.All.Select(w => w.Definition.Version));
        Assert.True(catalog.TryGet(ShippedWorkflows.Id, 3, out var draft));
        Assert.Equal("community-mediation@3", draft.Key);
    }

    [Fact]
    public void Once_released_the_newest_version_is_the_latest()
    {
        var released = Shipped().Select(d => d with { Draft = false });

        Assert.Equal(3, new WorkflowCatalog(released).Latest(ShippedWorkflows.Id).Definition.Version);
    }

    [Fact]
    public void A_definition_of_drafts_only_has_no_latest_version()
    {
        var drafts = Shipped().Select(d => d with { Draft = true });

        Assert.Throws<KeyNotFoundException>(() => new WorkflowCatalog(drafts).Latest(ShippedWorkflows.Id));
    }

    private static IEnumerable<WorkflowDefinition> Shipped() =>
        [ShippedWorkflows.V1.Definition, ShippedWorkflows.V2.Definition, ShippedWorkflows.V3.Definition];
}
