using MediationFlow.Workflows.Migrations;

namespace MediationFlow.Workflows.Tests.Migrations;

/// <summary>
/// Moving running cases from v2 to v3: every v2 state has a place in v3, a case whose settlement the parties already
/// signed enters follow-up, and a case whose term already passed keeps time to record an extension.
/// </summary>
public sealed class Version3PlanTests
{
    private const string Id = ShippedWorkflows.Id;
    private const string PlanFile = "community-mediation.v2-to-v3.json";

    private static MigrationPlan ShippedPlan()
    {
        var result = MigrationPlan.LoadFile(Path.Combine(ShippedWorkflows.Folder, "migrations", PlanFile));
        Assert.True(result.IsValid, string.Join('\n', result.Errors));
        return result.Value!;
    }

    [Fact]
    public void The_shipped_plan_is_valid_and_moves_every_v2_state()
    {
        var plan = ShippedPlan();

        Assert.Empty(plan.Validate(ShippedWorkflows.Catalog, PlanFile));
        Assert.Empty(plan.UnmappedStates(ShippedWorkflows.Catalog));
        Assert.Equal(["awaitingApproval"], plan.Enter);
        Assert.Equal("P5D", plan.Delay["termExpiry"]);
    }

    [Theory]
    [InlineData("registered", "registered")]
    [InlineData("awaitingAssignment", "awaitingAssignment")]
    [InlineData("awaitingDeclaration", "awaitingDeclaration")]
    [InlineData("awaitingConsent", "awaitingConsent")]
    [InlineData("inMediation", "inMediation")]
    [InlineData("extendedMediation", "inMediation")]
    [InlineData("overdue", "inMediation")]
    [InlineData("draftingAgreement", "draftingAgreement")]
    [InlineData("awaitingSignatures", "awaitingReview")]
    [InlineData("awaitingApproval", "monitoring")]
    [InlineData("monitoring", "monitoring")]
    [InlineData("fulfilled", "fulfilled")]
    [InlineData("breached", "breached")]
    [InlineData("noAgreement", "noAgreement")]
    [InlineData("withdrawn", "withdrawn")]
    [InlineData("declined", "declined")]
    [InlineData("notMediable", "notMediable")]
    [InlineData("expired", "expired")]
    public void A_dry_run_moves_a_case_of_each_v2_state_to_its_v3_state(string v2, string v3)
    {
        var move = Assert.Single(ShippedPlan().DryRun(ShippedWorkflows.Catalog, [new("case-1", Id, 2, v2)]));

        Assert.Equal(v3, move.ToState);
        Assert.Null(move.Reason);
    }

    [Fact]
    public void The_dry_run_covers_every_state_of_v2()
    {
        var states = ShippedWorkflows.V2.Definition.States.Select(s => s.Id).ToList();

        var moves = ShippedPlan().DryRun(ShippedWorkflows.Catalog, [.. states.Select(s => new CaseState($"case-{s}", Id, 2, s))]);

        Assert.All(moves, m => Assert.True(m.CanMove, $"{m.Case.State}: {m.Reason?.En}"));
        Assert.Equal(states.Count, moves.Count);
    }

    [Fact]
    public void A_state_to_enter_must_be_one_of_the_old_version()
    {
        var plan = ShippedPlan() with { Enter = ["awaitingApproval", "awaitingReview"] };

        var error = Assert.Single(plan.Validate(ShippedWorkflows.Catalog, PlanFile));

        Assert.Equal("$.enter[1]", error.Path);
        Assert.Contains("'awaitingReview' is not a state of community-mediation@2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_delayed_timer_must_be_one_of_the_new_version()
    {
        var plan = ShippedPlan() with { Delay = new Dictionary<string, string> { ["termExpiry"] = "P5D", ["extendedDeadline"] = "P5D" } };

        var error = Assert.Single(plan.Validate(ShippedWorkflows.Catalog, PlanFile));

        Assert.Equal("$.delay.extendedDeadline", error.Path);
        Assert.Contains("'extendedDeadline' is not a timer of community-mediation@3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_delay_must_be_a_positive_duration()
    {
        var plan = ShippedPlan() with { Delay = new Dictionary<string, string> { ["termExpiry"] = "P0D" } };

        var error = Assert.Single(plan.Validate(ShippedWorkflows.Catalog, PlanFile));

        Assert.Equal("$.delay.termExpiry", error.Path);
    }
}
