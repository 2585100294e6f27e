using MediationFlow.Workflows.Engine;

namespace MediationFlow.Workflows.Tests.Engine;

/// <summary>
/// Issue 11, point 4 (no dead ends), over the whole definition of version 3: every open state with every combination
/// of the people on the case and of the facts its guards read offers a present person an action, or runs a timer
/// whose action the system may take.
/// </summary>
public sealed class NoDeadEndTests
{
    [Fact]
    public void Every_open_state_of_version_3_has_someone_who_can_act_or_a_timer_that_will_fire()
    {
        var situations = NoDeadEndGrid.Situations(ShippedWorkflows.V3).ToArray();

        var deadEnds = NoDeadEndGrid.DeadEnds(ShippedWorkflows.V3);

        Assert.True(deadEnds.Count == 0, $"Nobody can act and no timer will fire in:\n{string.Join('\n', deadEnds)}");
        var open = ShippedWorkflows.V3.Definition.States.Where(s => !s.Terminal).Select(s => s.Id);
        Assert.Equal(open.Order(StringComparer.Ordinal), situations.Select(s => s.State).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_grid_knows_what_every_guard_of_the_engine_reads()
    {
        Assert.All(Guards.All.Keys, g => Assert.True(GuardFacts.Knows(g), $"The grid does not know what guard {g} reads."));
    }

    [Fact]
    public void The_grid_gives_every_role_of_version_3_to_someone()
    {
        var given = NoDeadEndGrid.Situations(ShippedWorkflows.V3).SelectMany(s => s.Roles).SelectMany(r => r).ToHashSet(StringComparer.Ordinal);

        Assert.All(ShippedWorkflows.V3.Definition.Transitions.SelectMany(t => t.Roles).Distinct(), r => Assert.Contains(r, given));
    }

    [Fact]
    public void The_grid_finds_a_dead_end_when_the_chair_can_neither_close_nor_transfer_a_case_no_mediator_is_left_for()
    {
        var mutated = Without("closeNoMediator", "requestTransfer");

        var deadEnd = Assert.Single(NoDeadEndGrid.DeadEnds(mutated));

        Assert.Equal("awaitingAssignment", deadEnd.State);
        Assert.Equal(["the chair, no mediator on the case", "the system"], deadEnd.People);
        Assert.Contains("no eligible mediator", deadEnd.Facts);
        Assert.Contains("dates: none", deadEnd.Facts);
    }

    [Fact]
    public void The_grid_finds_a_dead_end_when_a_transfer_nobody_answers_cannot_be_withdrawn()
    {
        var mutated = Without("withdrawTransfer");

        var deadEnd = Assert.Single(NoDeadEndGrid.DeadEnds(mutated));

        Assert.Equal("awaitingTransfer", deadEnd.State);
        Assert.Contains("no receiving chair", deadEnd.People);
        Assert.Contains("dates: none", deadEnd.Facts);
    }

    /// <summary>
    /// The chair closing alone is no dead end the grid can find: the chair may still transfer the case, and the
    /// receiving chair may accept it or the chair withdraw the transfer.
    /// </summary>
    [Fact]
    public void Without_closing_for_no_mediator_the_chair_can_still_transfer_the_case()
    {
        Assert.Empty(NoDeadEndGrid.DeadEnds(Without("closeNoMediator")));
    }

    /// <summary>A copy of version 3 without some of its actions; the shipped file stays as it is.</summary>
    private static CompiledWorkflow Without(params string[] triggers)
    {
        var definition = ShippedWorkflows.V3.Definition;
        var mutated = definition with { Transitions = [.. definition.Transitions.Where(t => !triggers.Contains(t.Trigger))] };
        return new WorkflowCatalog([mutated]).Get(definition.Id, definition.Version);
    }
}
