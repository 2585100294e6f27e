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
        var workflow = ShippedWorkflows.Catalog.Get(scenario.Definition.Id, scenario.Definition.Version);

        // From version 3 the scenario's "other" people attend as participants, as the application opens them.
        var parties = scenario.Parties.Select((p, i) => (Party: p, Id: PartyIds[i])).ToList();
        var attending = parties.Where(p => p.Party.Role == "other" && workflow.Definition.PartyRoles is { } roles && !roles.Contains("other")).ToList();
        var facts = new CaseFacts
        {
            Category = scenario.Case.Category,
            Screening = new(scenario.Case.AffectsThirdParties, scenario.Case.PartyLacksCapacity, scenario.Case.CorruptionOrPublicServiceOffence),
            Parties = [.. parties.Except(attending).Select(p => new PartyFact(p.Id, RoleOf(p.Party.Role), false))],
            Participants = [.. attending.Select(p => new ParticipantFact(p.Id))],
            TimeZone = SimulatedCase.Almaty,
            EligibleMediators = 2,
            Dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal) { [CaseDates.RegisteredOn] = SimulatedCase.DateIn(Start) },
        };
        Case = new SimulatedCase(workflow, facts, Start);
        Case.ApplyStartEffects();
        // The application records registration as an "open" step with no state before it.
        _history = [new HistoryStep("open", null, workflow.Definition.Initial, Start)];
    }

    public Scenario Scenario { get; }

    public SimulatedCase Case { get; }

    /// <summary>Ids of the scenario's people in the sandbox case (parties, then from version 3 participants), in the order the scenario lists them.</summary>
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

    /// <summary>Takes an action that must be accepted and records it in the history, with the automatic actions it led to.</summary>
    public WorkshopCase Do(string trigger, string role, params (string Field, string? Value)[] input)
    {
        var followed = Case.Followed.Count;
        var result = Case.Do(trigger, role, input);
        _history.Add(new HistoryStep(trigger, result.FromState, result.ToState, Case.Now));
        _history.AddRange(Case.Followed.Skip(followed).Select(f => new HistoryStep(f.Trigger, f.FromState, f.ToState, Case.Now)));
        return this;
    }

    /// <summary>Fires the timers due by the workshop clock's time, as the timer pump does, and records what they did.</summary>
    public WorkshopCase PumpTimers()
    {
        while (Case.Timers.Values.Any(t => t.DueAt <= Case.Now))
        {
            var followed = Case.Followed.Count;
            var fired = Case.FireNextTimer();
            _history.Add(new HistoryStep(fired.Trigger, fired.FromState, fired.ToState, Case.Now));
            _history.AddRange(Case.Followed.Skip(followed).Select(f => new HistoryStep(f.Trigger, f.FromState, f.ToState, Case.Now)));
        }

        return this;
    }

    /// <summary>Records the written proposal of mediation and the consent of every party yet to give it, then signs the agreement on mediation, all dated today.</summary>
    public WorkshopCase StartMediation()
    {
        Do("sendProposal", Actors.Mediator, ("proposedOn", Case.TodayIso()));
        foreach (var party in Case.Facts.Parties.Where(p => !p.AcceptedMediator).Select(p => p.Id).ToList())
        {
            Do("recordConsent", Actors.Mediator, ("party", party), ("consentedOn", Case.TodayIso()));
        }

        return Do("signAgreementOnMediation", Actors.Mediator, ("signedOn", Case.TodayIso()), ("signedByAll", "true"), ("withoutCopyReason", "Kept in the council's paper file"));
    }

    /// <summary>Schedules a joint session for a later workshop day and records it there as held with every party.</summary>
    public WorkshopCase HoldSessionOn(int day)
    {
        var planned = Start.AddDays(day).AddHours(15);
        Do("scheduleSession", Actors.Mediator, ("plannedAt", Moment(planned)), ("kind", "joint"));
        On(day, 17);
        var everyone = string.Join(',', Case.Facts.Parties.Select(p => "party:" + p.Id));
        return Do("recordSession", Actors.Mediator, ("session", Case.Facts.Sessions[^1].Id), ("heldAt", Moment(Case.Now)), ("attended", everyone));
    }

    /// <summary>The chair approves the draft for signature, and every party signs it in person today.</summary>
    public WorkshopCase ApprovedAndSigned()
    {
        Do("approve", Actors.Chair);
        foreach (var party in Case.Facts.Parties.Select(p => p.Id).ToList())
        {
            Do("recordSignature", Actors.Mediator, ("party", party), ("signedOn", Case.TodayIso()), ("method", "inPerson"), ("withoutCopyReason", "Kept in the council's paper file"));
        }

        return this;
    }

    public WorkshopCase AddObligation(int party, string description, int dueDay) =>
        Do("addObligation", Actors.Mediator,
            ("party", PartyIds[party]),
            ("description", description),
            ("dueOn", Start.AddDays(dueDay).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

    private static string Moment(DateTimeOffset at) => at.ToString("yyyy-MM-ddTHH:mmzzz", CultureInfo.InvariantCulture);

    public IReadOnlyList<CheckpointResult> Evaluate() => CheckpointEvaluator.Evaluate(Scenario, History, Start);

    private static PartyRole RoleOf(string role) => role switch
    {
        "applicant" => PartyRole.Applicant,
        "respondent" => PartyRole.Respondent,
        "other" => PartyRole.Other,
        _ => throw new InvalidOperationException($"A valid scenario has no party role '{role}'."),
    };
}
