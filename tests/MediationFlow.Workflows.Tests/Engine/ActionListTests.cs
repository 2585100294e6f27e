using MediationFlow.Workflows.Definitions;
using MediationFlow.Workflows.Engine;
using static MediationFlow.Workflows.Tests.Engine.Actors;

namespace MediationFlow.Workflows.Tests.Engine;

/// <summary>
/// GetActions is what the case page shows: every action from the current state, each with all the
/// reasons it is blocked for this actor (role and guards together), so a button can say why it is grey.
/// </summary>
public sealed class ActionListTests
{
    private static readonly DateTimeOffset Registered = new(2025, 3, 3, 10, 0, 0, TimeSpan.FromHours(5));

    private static SimulatedCase AwaitingConsent() => SimulatedCase.Register(ShippedWorkflows.V1, Registered).ToAwaitingConsent();

    [Fact]
    public void Every_action_from_the_state_is_listed_in_definition_order_whoever_asks()
    {
        var c = AwaitingConsent();

        string[] expected = ["recuse", "recordConsent", "recordDecline", "signAgreementOnMediation"];
        Assert.Equal(expected, c.Actions(Mediator).Select(a => a.Trigger));
        Assert.Equal(expected, c.Actions(Chair).Select(a => a.Trigger));
        Assert.Equal(expected, c.Actions().Select(a => a.Trigger));
    }

    [Fact]
    public void A_wrong_role_and_an_unmet_guard_are_both_listed_role_first()
    {
        var c = AwaitingConsent();

        var sign = c.Actions(Chair).Single(a => a.Trigger == "signAgreementOnMediation");

        Assert.False(sign.IsPermitted);
        Assert.Equal([(BlockKind.Role, "role"), (BlockKind.Guard, "allPartiesConsented")], sign.BlockedBy.Select(b => (b.Kind, b.Code)));
    }

    [Fact]
    public void The_right_role_sees_only_the_unmet_guard_and_permitted_actions_carry_no_reason()
    {
        var c = AwaitingConsent();

        var actions = c.Actions(Mediator).ToDictionary(a => a.Trigger);

        Assert.Equal(["allPartiesConsented"], actions["signAgreementOnMediation"].BlockedBy.Select(b => b.Code));
        Assert.All(["recuse", "recordConsent", "recordDecline"], t => Assert.True(actions[t].IsPermitted));
        Assert.All(["recuse", "recordConsent", "recordDecline"], t => Assert.Empty(actions[t].BlockedBy));
    }

    [Fact]
    public void The_role_reason_names_the_allowed_roles_in_each_language()
    {
        var c = SimulatedCase.Register(ShippedWorkflows.V1, Registered);

        var accept = c.Actions(TimerPump).Single(a => a.Trigger == "acceptForMediation");

        Assert.Equal(
            new LocalizedText(
                "Бұл әрекетті тек мына рөлдер орындай алады: медиатор, төраға",
                "Это действие доступно только роли: медиатор, председатель",
                "Only these roles may take this action: mediator, chair"),
            Assert.Single(accept.BlockedBy).Message);
    }

    [Fact]
    public void An_actor_holding_one_of_several_allowed_roles_may_act()
    {
        var c = SimulatedCase.Register(ShippedWorkflows.V1, Registered);

        Assert.True(c.Actions(Chair).Single(a => a.Trigger == "acceptForMediation").IsPermitted);
        Assert.True(c.Actions(Mediator, Chair).Single(a => a.Trigger == "acceptForMediation").IsPermitted);
    }

    [Fact]
    public void Firing_a_listed_blocked_action_is_refused_with_the_same_reasons()
    {
        var c = AwaitingConsent();
        var listed = c.Actions(Chair).Single(a => a.Trigger == "signAgreementOnMediation");

        var fired = c.Fire("signAgreementOnMediation", Chair, ("signedByAll", "true"));

        Assert.Equal(Refusal.Blocked, fired.RefusedAs);
        Assert.Equal(listed.BlockedBy, fired.BlockedBy);
    }

    [Fact]
    public void Actions_of_other_states_are_not_available_and_unknown_ones_are_unknown()
    {
        var c = AwaitingConsent();

        Assert.Equal(Refusal.NotAvailable, c.Fire("approve", Chair).RefusedAs);
        Assert.Equal(Refusal.UnknownAction, c.Fire("settleOutOfCourt", Chair).RefusedAs);
        Assert.Equal("awaitingConsent", c.State);
    }
}
