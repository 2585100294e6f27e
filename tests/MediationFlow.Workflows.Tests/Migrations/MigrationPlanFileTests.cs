using MediationFlow.Workflows.Engine;
using MediationFlow.Workflows.Migrations;

namespace MediationFlow.Workflows.Tests.Migrations;

public sealed class MigrationPlanFileTests
{
    private static WorkflowCatalog ShippedCatalog() =>
        WorkflowCatalog.LoadDirectory(ShippedWorkflows.Folder).Value
        ?? throw new InvalidOperationException("The shipped workflows folder does not load.");

    [Fact]
    public void Shipped_plan_is_valid_against_the_shipped_catalog()
    {
        var file = Path.Combine(ShippedWorkflows.Folder, "migrations", "community-mediation.v1-to-v2.json");

        var loaded = MigrationPlan.LoadFile(file);

        Assert.Empty(loaded.Errors);
        var plan = Assert.IsType<MigrationPlan>(loaded.Value);
        Assert.Empty(plan.Validate(ShippedCatalog(), file));
    }

    [Fact]
    public void Plan_naming_unknown_states_reports_each_at_its_map_entry()
    {
        var file = TestFiles.Migration("unknown-states.v1-to-v2.json");
        var plan = MigrationPlan.LoadFile(file).Value!;

        var errors = plan.Validate(ShippedCatalog(), file);

        Assert.Collection(
            errors.OrderBy(e => e.Path, StringComparer.Ordinal),
            e =>
            {
                Assert.Equal("$.map.onHold", e.Path);
                Assert.Contains("'onHold' is not a state of community-mediation@1", e.Message, StringComparison.Ordinal);
            },
            e =>
            {
                Assert.Equal("$.map.overdue", e.Path);
                Assert.Contains("'lapsed' is not a state of community-mediation@2", e.Message, StringComparison.Ordinal);
            });
        Assert.All(errors, e => Assert.Equal(file, e.File));
    }
}
