using MediationFlow.Workflows.Migrations;

namespace MediationFlow.Workflows.Tests.Migrations;

/// <summary>
/// Moving running cases from v1 to v2 (drafting renamed draftingAgreement): the shipped plan must be
/// valid, a broken plan must say where it is broken, and a dry run must say what happens to each case.
/// </summary>
public sealed class MigrationPlanTests
{
    private const string Id = ShippedWorkflows.Id;
    private const string PlanFile = "community-mediation.v1-to-v2.json";

    private static MigrationPlan ShippedPlan()
    {
        var result = MigrationPlan.LoadFile(Path.Combine(ShippedWorkflows.Folder, "migrations", PlanFile));
        Assert.True(result.IsValid, string.Join('\n', result.Errors));
        return result.Value!;
    }

    private static MigrationPlan Plan(params (string From, string To)[] map) =>
        new() { Definition = Id, From = 1, To = 2, Map = map.ToDictionary(m => m.From, m => m.To, StringComparer.Ordinal) };

    [Fact]
    public void The_shipped_plan_is_valid_against_both_versions()
    {
        var plan = ShippedPlan();

        Assert.Equal((Id, 1, 2), (plan.Definition, plan.From, plan.To));
        Assert.Empty(plan.Validate(ShippedWorkflows.Catalog, PlanFile));
        Assert.Empty(plan.UnmappedStates(ShippedWorkflows.Catalog));
    }

    [Fact]
    public void A_source_state_that_v1_does_not_have_is_named_by_its_path()
    {
        var errors = Plan(("negotiating", "draftingAgreement")).Validate(ShippedWorkflows.Catalog, "plan.json");

        var error = Assert.Single(errors);
        Assert.Equal(("plan.json", "$.map.negotiating"), (error.File, error.Path));
        Assert.Contains("'negotiating' is not a state of community-mediation@1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_state_that_v2_does_not_have_is_named_by_its_path()
    {
        var errors = Plan(("drafting", "drafted")).Validate(ShippedWorkflows.Catalog, "plan.json");

        var error = Assert.Single(errors);
        Assert.Equal("$.map.drafting", error.Path);
        Assert.Contains("'drafted' is not a state of community-mediation@2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Versions_that_are_missing_or_run_backwards_are_refused()
    {
        var backwards = new MigrationPlan { Definition = Id, From = 2, To = 1 }.Validate(ShippedWorkflows.Catalog, "plan.json");
        var missing = new MigrationPlan { Definition = Id, From = 1, To = 4 }.Validate(ShippedWorkflows.Catalog, "plan.json");

        Assert.Equal(["$.to"], backwards.Select(e => e.Path));
        Assert.Equal(["$.to"], missing.Select(e => e.Path));
        Assert.Contains("no definition community-mediation@4", missing[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dry_run_moves_drafting_to_drafting_agreement_and_keeps_states_of_the_same_name()
    {
        CaseState[] cases =
        [
            new("case-1", Id, 1, "drafting"),
            new("case-2", Id, 1, "inMediation"),
            new("case-3", Id, 1, "monitoring"),
            new("case-4", Id, 1, "fulfilled"),
        ];

        var moves = ShippedPlan().DryRun(ShippedWorkflows.Catalog, cases);

        Assert.Equal(
            [("case-1", "draftingAgreement"), ("case-2", "inMediation"), ("case-3", "monitoring"), ("case-4", "fulfilled")],
            moves.Select(m => (m.Case.CaseId, m.ToState)));
        Assert.All(moves, m => Assert.True(m.CanMove));
        Assert.All(moves, m => Assert.Null(m.Reason));
    }

    [Fact]
    public void A_dry_run_leaves_cases_of_other_versions_or_definitions_with_a_reason()
    {
        CaseState[] cases = [new("case-1", Id, 2, "draftingAgreement"), new("case-2", "land-dispute", 1, "drafting")];

        var moves = ShippedPlan().DryRun(ShippedWorkflows.Catalog, cases);

        Assert.All(moves, m => Assert.False(m.CanMove));
        Assert.Equal(
            ["the case runs on community-mediation@2, not community-mediation@1", "the case runs on land-dispute@1, not community-mediation@1"],
            moves.Select(m => m.Reason?.En));
    }

    [Fact]
    public void A_dry_run_leaves_a_case_in_a_state_v1_does_not_know_with_a_reason()
    {
        var move = Assert.Single(ShippedPlan().DryRun(ShippedWorkflows.Catalog, [new("case-1", Id, 1, "awaitingSignatures")]));

        Assert.False(move.CanMove);
        Assert.Equal("'awaitingSignatures' is not a state of community-mediation@1", move.Reason?.En);
    }

    [Fact]
    public void Without_a_mapping_for_drafting_its_cases_cannot_move()
    {
        var plan = Plan();

        Assert.Equal(["drafting"], plan.UnmappedStates(ShippedWorkflows.Catalog));
        var move = Assert.Single(plan.DryRun(ShippedWorkflows.Catalog, [new("case-1", Id, 1, "drafting")]));
        Assert.Null(move.ToState);
        Assert.Equal("the plan does not map 'drafting' and community-mediation@2 has no such state", move.Reason?.En);
    }
}
