using static MediationFlow.Workflows.Tests.Engine.Actors;

namespace MediationFlow.Workflows.Tests.Engine;

/// <summary>
/// The engine tells its caller which action a trigger matched, so the application never looks the trigger
/// up again in the definition: with the result of a firing, and for the events of a case's past.
/// </summary>
public sealed class MatchedActionTests
{
    private static readonly DateTimeOffset Registered = new(2025, 3, 3, 10, 0, 0, TimeSpan.FromHours(5));

    [Fact]
    public void An_accepted_firing_carries_the_action_it_matched_from_the_case_state()
    {
        var c = SimulatedCase.Register(ShippedWorkflows.V2, Registered).ToAwaitingConsent();

        var fired = c.Fire("recordConsent", Mediator, ("party", SimulatedCase.Applicant));

        Assert.True(fired.Accepted);
        Assert.Same(ShippedWorkflows.V2.Definition.Transitions.Single(t => t.Trigger == "recordConsent"), fired.Transition);
    }

    [Fact]
    public void A_blocked_or_invalid_firing_still_names_its_action_and_an_unavailable_one_names_none()
    {
        var c = SimulatedCase.Register(ShippedWorkflows.V2, Registered).ToAwaitingConsent();

        Assert.Equal("signAgreementOnMediation", c.Fire("signAgreementOnMediation", Chair, ("signedByAll", "true")).Transition?.Trigger);
        Assert.Equal("recordConsent", c.Fire("recordConsent", Mediator, ("party", "nobody")).Transition?.Trigger);
        Assert.Null(c.Fire("approve", Chair).Transition);
        Assert.Null(c.Fire("settleOutOfCourt", Chair).Transition);
    }

    [Fact]
    public void A_past_action_is_found_by_the_state_it_was_taken_from_and_its_trigger()
    {
        var workflow = ShippedWorkflows.V2;

        Assert.True(workflow.TryGetAction("awaitingApproval", "approve", out var approve));
        Assert.Equal(("Approve", "monitoring"), (approve.Name.En, approve.To));
        Assert.False(workflow.TryGetAction("registered", "approve", out _));
        Assert.False(workflow.TryGetAction(null, "open", out _));
        Assert.False(workflow.TryGetAction("registered", "addParty", out _));
    }

    [Fact]
    public void The_states_waiting_on_the_chair_are_those_with_an_action_only_the_chair_may_take()
    {
        var workflow = ShippedWorkflows.V2;

        Assert.Equal(["awaitingApproval", "awaitingAssignment", "breached"], workflow.StatesWaitingOn(Chair).Order(StringComparer.Ordinal));
        Assert.Equal(["awaitingApproval"], workflow.StatesOffering("approve"));
    }
}
