using System.Globalization;
using MediationFlow.Workflows.Engine;
using MediationFlow.Workflows.Scenarios;
using MediationFlow.Workflows.Tests.Engine;

namespace MediationFlow.Workflows.Tests.Scenarios;

/// <summary>
/// A team's sandbox case for a scenario: registered with the scenario's case and parties, worked on the
/// engine action by action on the workshop clock, keeping the history the checkpoints are judged against.
/// </summary>
internal sealed class WorkshopCase
{
    /// <summary>Day 0, hour 0 of the workshop (a Monday morning in Kazakhstan).</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 9, 0, 0, 0, TimeSpan.FromHours(5));

    private readonly List<HistoryStep> _history;

    public WorkshopCase(Scenario scenario)
    {
        Scenario = scenario;
        PartyIds = [.. scenario.Parties.Select((_, i) => "party-" + i.ToString(CultureInfo.InvariantCulture))];
        var facts = new CaseFacts
        {
            Category = scenario.Case.Category,
            Screening = new(scenario.Case.AffectsThirdParties, scenario.Case.PartyLacksCapacity, scenario.Case.CorruptionOrPublicServiceOffence),
            Parties = [.. scenario.Parties.Select((p, i) => new PartyFact(PartyIds[i], RoleOf(p.Role), false))],
        };
        var workflow = ShippedWorkflows.Catalog.Get(scenario.Definition.Id, scenario.Definition.Version);
        Case = new SimulatedCase(workflow, facts, Start);
        // The application records registration as an "open" step with no state before it.
        _history = [new HistoryStep("open", null, workflow.Definition.Initial, Start)];
    }

    public Scenario Scenario { get; }

    public SimulatedCase Case { get; }

    /// <summary>Ids of the scenario's parties in the sandbox case, in the order the scenario lists them.</summary>
    public IReadOnlyList<string> PartyIds { get; }

    public IReadOnlyList<HistoryStep> History => _history;

    public static WorkshopCase For(string scenarioId) => new(ShippedScenarios.Get(scenarioId));

    /// <summary>Moves the workshop clock forward to a day and hour.</summary>
    public WorkshopCase On(int day, int hour = 10)
    {
        var at = Start.AddDays(day).AddHours(hour);
        Assert.True(at >= Case.Now, $"The workshop clock cannot go back to day {day}, hour {hour}.");
        Case.Now = at;
        return this;
    }

    /// <summary>Takes an action that must be accepted and records it in the history.</summary>
    public WorkshopCase Do(string trigger, string role, params (string Field, string? Value)[] input)
    {
        var result = Case.Do(trigger, role, input);
        _history.Add(new HistoryStep(trigger, result.FromState, result.ToState, Case.Now));
        return this;
    }

    /// <summary>Records every party's consent and signs the agreement on mediation.</summary>
    public WorkshopCase StartMediation()
    {
        foreach (var party in PartyIds)
        {
            Do("recordConsent", Actors.Mediator, ("party", party));
        }

        return Do("signAgreementOnMediation", Actors.Mediator, ("signedByAll", "true"));
    }

    /// <summary>Schedules a session for a later workshop day and records it there as held.</summary>
    public WorkshopCase HoldSessionOn(int day)
    {
        var planned = Start.AddDays(day).AddHours(15);
        Do("scheduleSession", Actors.Mediator, ("plannedAt", planned.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture)));
        On(day, 17);
        return Do("recordSession", Actors.Mediator, ("session", Case.Facts.Sessions[^1].Id), ("attendance", "held"));
    }

    public WorkshopCase AddObligation(int party, string description, int dueDay) =>
        Do("addObligation", Actors.Mediator,
            ("party", PartyIds[party]),
            ("description", description),
            ("dueOn", Start.AddDays(dueDay).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

    public IReadOnlyList<CheckpointResult> Evaluate() => CheckpointEvaluator.Evaluate(Scenario, History, Start);

    private static PartyRole RoleOf(string role) => role switch
    {
        "applicant" => PartyRole.Applicant,
        "respondent" => PartyRole.Respondent,
        "other" => PartyRole.Other,
        _ => throw new InvalidOperationException($"A valid scenario has no party role '{role}'."),
    };
}
