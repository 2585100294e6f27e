using MediationFlow.Workflows.Definitions;
using MediationFlow.Workflows.Scenarios;

namespace MediationFlow.Workflows.Tests.Scenarios;

/// <summary>Each checkpoint kind judged against hand-written histories on the workshop clock.</summary>
public sealed class CheckpointEvaluatorTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 9, 9, 0, 0, TimeSpan.FromHours(5));

    private static readonly LocalizedText Text = new("мәтін", "текст", "text");

    [Fact]
    public void Happens_is_met_when_the_action_is_taken_and_dated_by_its_first_time()
    {
        var history = new[]
        {
            Step("open", null, "registered", day: 0),
            Step("addObligation", "draftingAgreement", "draftingAgreement", day: 12),
            Step("addObligation", "draftingAgreement", "draftingAgreement", day: 13),
        };

        var result = Judge(Happens("addObligation"), history);

        Assert.True(result.Met);
        Assert.Equal(Day(12), result.MetAt);
    }

    [Fact]
    public void Happens_is_missed_when_the_action_is_never_taken()
    {
        var result = Judge(Happens("addObligation"), [Step("open", null, "registered", day: 0)]);

        Assert.False(result.Met);
        Assert.Null(result.MetAt);
    }

    [Fact]
    public void Before_is_met_when_the_trigger_comes_first_and_dated_when_then_happens()
    {
        var history = new[]
        {
            Step("signAgreementOnMediation", "awaitingConsent", "inMediation", day: 2),
            Step("scheduleSession", "inMediation", "inMediation", day: 3),
        };

        var result = Judge(Before("signAgreementOnMediation", "scheduleSession"), history);

        Assert.True(result.Met);
        Assert.Equal(Day(3), result.MetAt);
    }

    [Fact]
    public void Before_is_missed_when_the_order_is_reversed()
    {
        var history = new[]
        {
            Step("scheduleSession", "inMediation", "inMediation", day: 2),
            Step("signAgreementOnMediation", "awaitingConsent", "inMediation", day: 3),
        };

        var result = Judge(Before("signAgreementOnMediation", "scheduleSession"), history);

        Assert.False(result.Met);
        Assert.Null(result.MetAt);
    }

    [Theory]
    [InlineData("recuse")]
    [InlineData("declareNoConflict")]
    public void Before_is_missed_when_only_one_of_the_two_actions_happens(string taken)
    {
        var result = Judge(Before("recuse", "declareNoConflict"), [Step(taken, "awaitingDeclaration", "awaitingConsent", day: 1)]);

        Assert.False(result.Met);
    }

    [Fact]
    public void Before_compares_first_occurrences_so_a_later_repair_does_not_count()
    {
        // The mediator declared no conflict, recused later, then the next one declared: the first declaration came first.
        var history = new[]
        {
            Step("declareNoConflict", "awaitingDeclaration", "awaitingConsent", day: 1),
            Step("recuse", "awaitingConsent", "awaitingAssignment", day: 2),
            Step("declareNoConflict", "awaitingDeclaration", "awaitingConsent", day: 3),
        };

        Assert.False(Judge(Before("recuse", "declareNoConflict"), history).Met);
    }

    [Fact]
    public void Reaches_is_met_when_the_state_is_entered_within_the_days_allowed()
    {
        var result = Judge(Reaches("awaitingApproval", 30), [Step("signSettlement", "awaitingSignatures", "awaitingApproval", day: 29)]);

        Assert.True(result.Met);
        Assert.Equal(Day(29), result.MetAt);
    }

    [Fact]
    public void Reaches_at_the_very_end_of_the_last_allowed_day_is_still_in_time()
    {
        var lastMoment = Start.AddDays(30);

        var result = Judge(Reaches("awaitingApproval", 30), [new HistoryStep("signSettlement", "awaitingSignatures", "awaitingApproval", lastMoment)]);

        Assert.True(result.Met);
    }

    [Fact]
    public void Reaches_after_the_days_allowed_is_missed()
    {
        var late = Start.AddDays(30).AddMinutes(1);

        var result = Judge(Reaches("awaitingApproval", 30), [new HistoryStep("signSettlement", "awaitingSignatures", "awaitingApproval", late)]);

        Assert.False(result.Met);
        Assert.Null(result.MetAt);
    }

    [Fact]
    public void Reaches_counts_days_from_the_workshop_start_not_from_the_case_registration()
    {
        // A team that registers on day 5 has the same deadline as every other team.
        var history = new[]
        {
            Step("open", null, "registered", day: 5),
            Step("signSettlement", "awaitingSignatures", "awaitingApproval", day: 32),
        };

        Assert.False(Judge(Reaches("awaitingApproval", 30), history).Met);
    }

    [Fact]
    public void Reaches_without_a_day_limit_is_met_whenever_the_state_is_entered()
    {
        var result = Judge(Reaches("monitoring", null), [Step("approve", "awaitingApproval", "monitoring", day: 200)]);

        Assert.True(result.Met);
        Assert.Equal(Day(200), result.MetAt);
    }

    [Fact]
    public void Reaches_is_dated_by_the_step_that_entered_the_state_not_by_later_steps_inside_it()
    {
        var history = new[]
        {
            Step("declareNoConflict", "awaitingDeclaration", "awaitingConsent", day: 2),
            Step("recordConsent", "awaitingConsent", "awaitingConsent", day: 4),
        };

        Assert.Equal(Day(2), Judge(Reaches("awaitingConsent", 3), history).MetAt);
    }

    [Fact]
    public void Reaches_is_missed_when_the_state_is_never_entered()
    {
        var result = Judge(Reaches("monitoring", null), [Step("open", null, "registered", day: 0)]);

        Assert.False(result.Met);
        Assert.Null(result.MetAt);
    }

    [Fact]
    public void NeverReaches_is_met_when_the_case_never_enters_the_state()
    {
        var history = new[]
        {
            Step("signAgreementOnMediation", "awaitingConsent", "inMediation", day: 2),
            Step("reachSettlement", "inMediation", "draftingAgreement", day: 20),
        };

        var result = Judge(NeverReaches("overdue"), history);

        Assert.True(result.Met);
        Assert.Null(result.MetAt);
    }

    [Fact]
    public void NeverReaches_is_missed_when_the_case_enters_the_state_even_if_it_leaves_again()
    {
        var history = new[]
        {
            Step("deadlinePassed", "inMediation", "overdue", day: 32),
            Step("extendDeadline", "overdue", "extendedMediation", day: 33),
        };

        Assert.False(Judge(NeverReaches("overdue"), history).Met);
    }

    [Fact]
    public void NeverHappens_is_met_when_the_action_is_never_taken()
    {
        var history = new[]
        {
            Step("signAgreementOnMediation", "awaitingConsent", "inMediation", day: 2),
            Step("deadlineApproaching", "inMediation", "inMediation", day: 27),
            Step("reachSettlement", "inMediation", "draftingAgreement", day: 28),
        };

        var result = Judge(NeverHappens("deadlinePassed"), history);

        Assert.True(result.Met);
        Assert.Null(result.MetAt);
    }

    [Fact]
    public void NeverHappens_is_missed_when_the_action_is_taken_even_without_moving_the_case()
    {
        // From version 3 the deadline passing is an action that stays in the state: neverReaches cannot see it.
        var history = new[]
        {
            Step("signAgreementOnMediation", "awaitingConsent", "inMediation", day: 2),
            Step("deadlinePassed", "inMediation", "inMediation", day: 33),
        };

        Assert.False(Judge(NeverHappens("deadlinePassed"), history).Met);
    }

    [Fact]
    public void Every_checkpoint_gets_one_result_in_the_scenario_order()
    {
        var scenario = ScenarioWith(NeverReaches("overdue"), Happens("addObligation"), Reaches("monitoring", 35));

        var results = CheckpointEvaluator.Evaluate(scenario, [Step("open", null, "registered", day: 0)], Start);

        Assert.Equal(scenario.Checkpoints, results.Select(r => r.Checkpoint));
        Assert.Equal([true, false, false], results.Select(r => r.Met));
    }

    private static CheckpointResult Judge(Checkpoint checkpoint, IReadOnlyList<HistoryStep> history) =>
        Assert.Single(CheckpointEvaluator.Evaluate(ScenarioWith(checkpoint), history, Start));

    private static DateTimeOffset Day(int day) => Start.AddDays(day).AddHours(1);

    private static HistoryStep Step(string trigger, string? from, string to, int day) => new(trigger, from, to, Day(day));

    private static Checkpoint Happens(string trigger) =>
        new() { Id = "c" + trigger, Name = Text, Kind = CheckpointKinds.Happens, Trigger = trigger };

    private static Checkpoint Before(string trigger, string then) =>
        new() { Id = "c" + trigger + then, Name = Text, Kind = CheckpointKinds.Before, Trigger = trigger, Then = then };

    private static Checkpoint Reaches(string state, int? withinDays) =>
        new() { Id = "r" + state, Name = Text, Kind = CheckpointKinds.Reaches, State = state, WithinDays = withinDays };

    private static Checkpoint NeverReaches(string state) =>
        new() { Id = "n" + state, Name = Text, Kind = CheckpointKinds.NeverReaches, State = state };

    private static Checkpoint NeverHappens(string trigger) =>
        new() { Id = "n" + trigger, Name = Text, Kind = CheckpointKinds.NeverHappens, Trigger = trigger };

    private static Scenario ScenarioWith(params Checkpoint[] checkpoints) => new()
    {
        Id = "evaluator-test",
        Title = Text,
        Brief = Text,
        Definition = new DefinitionReference("community-mediation", 2),
        Case = new ScenarioCase { Category = "other", Description = Text },
        Debrief = Text,
        Checkpoints = checkpoints,
    };
}
