using MediationFlow.Workflows.Engine;
using MediationFlow.Workflows.Migrations;

namespace MediationFlow.Workflows.Tests.Migrations;

/// <summary>Plan files with one defect each: every defect is an error naming its place, never a crash or a silent pass.</summary>
public sealed class MigrationPlanDefectTests
{
    private static WorkflowCatalog ShippedCatalog() =>
        WorkflowCatalog.LoadDirectory(ShippedWorkflows.Folder).Value
        ?? throw new InvalidOperationException("The shipped workflows folder does not load.");

    [Fact]
    public void A_null_target_in_the_file_is_an_error_at_its_map_entry()
    {
        var file = TestFiles.Migration("null-target.v1-to-v2.json");

        var loaded = MigrationPlan.LoadFile(file);

        Assert.Null(loaded.Value);
        var error = Assert.Single(loaded.Errors);
        Assert.Equal((file, "$.map.drafting"), (error.File, error.Path));
    }

    [Fact]
    public void A_null_target_in_a_plan_built_without_the_file_is_an_error_at_its_map_entry_not_a_crash()
    {
        // What the deserializer makes of "drafting": null: the value type's nullability is not enforced.
        var plan = new MigrationPlan { Definition = "community-mediation", From = 1, To = 2, Map = new Dictionary<string, string> { ["drafting"] = null! } };

        var errors = plan.Validate(ShippedCatalog(), "plan.json");

        var error = Assert.Single(errors);
        Assert.Equal("$.map.drafting", error.Path);
        Assert.Contains("needs a target state of community-mediation@2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelled_top_level_key_is_not_ignored()
    {
        var file = TestFiles.Migration("misspelled-map.v1-to-v2.json");

        var loaded = MigrationPlan.LoadFile(file);

        Assert.Null(loaded.Value);
        Assert.Contains(loaded.Errors, e => e.Path == "$.maps" && e.Message == "property is not allowed here");

        // "map" is required, so a plan whose map is lost to a typo cannot pass as "move every state by its id".
        Assert.Contains(loaded.Errors, e => e.Path == "$" && e.Message.Contains("map", StringComparison.Ordinal));
    }

    [Fact]
    public void Wrong_types_and_unknown_keys_are_each_reported_at_their_path()
    {
        var file = TestFiles.Migration("wrong-types.v1-to-v2.json");

        var loaded = MigrationPlan.LoadFile(file);

        Assert.Null(loaded.Value);
        Assert.Equal(["$.dryRun", "$.from"], loaded.Errors.Select(e => e.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_shipped_plan_and_the_unknown_states_plan_still_load()
    {
        Assert.Empty(MigrationPlan.LoadFile(Path.Combine(ShippedWorkflows.Folder, "migrations", "community-mediation.v1-to-v2.json")).Errors);
        Assert.Empty(MigrationPlan.LoadFile(TestFiles.Migration("unknown-states.v1-to-v2.json")).Errors);
    }
}
