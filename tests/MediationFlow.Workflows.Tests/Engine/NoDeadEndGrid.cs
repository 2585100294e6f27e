using MediationFlow.Workflows.Engine;

namespace MediationFlow.Workflows.Tests.Engine;

/// <summary>One open state with one combination of who holds a role on the case and of what the guards read.</summary>
/// <param name="Roles">The roles each present person holds.</param>
internal sealed record Situation(
    string State, IReadOnlyList<string> People, IReadOnlyList<string> Facts, CaseFacts CaseFacts, IReadOnlyList<IReadOnlySet<string>> Roles)
{
    public override string ToString() => $"{State} with {string.Join(", ", People)}; {string.Join(", ", Facts)}";
}

/// <summary>
/// Every open state of a definition crossed with every combination of the people on the case and of the facts its
/// guards read, asked through the engine whether someone can move the case on or a timer will.
/// </summary>
internal static class NoDeadEndGrid
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(5));

    /// <summary>The situations in which nobody can act and no timer will fire.</summary>
    public static IReadOnlyList<Situation> DeadEnds(CompiledWorkflow workflow) =>
        [.. Situations(workflow).Where(s => !SomeoneCanAct(workflow, s) && !TimerWillFire(workflow, s))];

    public static IEnumerable<Situation> Situations(CompiledWorkflow workflow)
    {
        var situations = CaseSituations.Reachable(workflow);
        foreach (var state in workflow.Definition.States.Where(s => !s.Terminal))
        {
            var axes = GuardFacts.AxesOf(workflow, state.Id);
            var receiving = workflow.StatesWaitingOn(RoleNames.ReceivingChair).Contains(state.Id);
            foreach (var (assigned, dates) in situations[state.Id])
            {
                foreach (var (factNames, facts) in Combine(axes, BaseFacts(assigned, dates)))
                {
                    foreach (var (people, roles) in People(assigned, receiving))
                    {
                        var named = factNames.Prepend(assigned ? "a mediator assigned" : "no mediator assigned")
                            .Append("dates: " + (dates.Count == 0 ? "none" : string.Join(", ", dates.Order(StringComparer.Ordinal))));
                        yield return new Situation(state.Id, people, [.. named], facts, roles);
                    }
                }
            }
        }
    }

    /// <summary>
    /// A present person may take an action whose guards pass. The system acts here only by its automatic actions (the
    /// actions its timers fire count when a timer runs). Two kinds do not move the case on: closing as not mediable
    /// needs a ground the screening found (its input chooses one), and an action end states offer too (the court's
    /// application and decision) is a record beside the process.
    /// </summary>
    private static bool SomeoneCanAct(CompiledWorkflow workflow, Situation situation)
    {
        var records = workflow.Definition.Transitions
            .Where(t => t.From.Any(s => workflow.State(s).Terminal)).Select(t => t.Trigger).ToHashSet(StringComparer.Ordinal);
        return situation.Roles.Any(roles => workflow.GetActions(situation.State, situation.CaseFacts, roles, Now).Any(a =>
            a.IsPermitted
            && !records.Contains(a.Transition.Trigger)
            && (!a.Transition.Roles.All(r => r == RoleNames.System) || a.Transition.Automatic)
            && (!a.Transition.Input.Any(f => f.OptionsFrom == "screening") || GuardFacts.GroundFound(situation.CaseFacts))));
    }

    /// <summary>A timer the state runs from the case's dates, whose action the system may then take.</summary>
    private static bool TimerWillFire(CompiledWorkflow workflow, Situation situation)
    {
        var system = new HashSet<string>(StringComparer.Ordinal) { RoleNames.System };
        var permitted = workflow.GetActions(situation.State, situation.CaseFacts, system, Now)
            .Where(a => a.IsPermitted).Select(a => a.Transition.Trigger).ToHashSet(StringComparer.Ordinal);
        return workflow.Arrive(situation.State, situation.CaseFacts, Now, enter: false)
            .OfType<StartTimer>().Any(t => permitted.Contains(t.Fires));
    }

    /// <summary>
    /// The chair always exists and may mediate the case; the case's mediator is another person, the chair, or nobody
    /// (only while none is assigned); a receiving chair only where a transfer waits on one; the system always.
    /// </summary>
    private static IEnumerable<(IReadOnlyList<string> People, IReadOnlyList<IReadOnlySet<string>> Roles)> People(bool assigned, bool receiving)
    {
        static IReadOnlySet<string> Of(params string[] roles) => roles.ToHashSet(StringComparer.Ordinal);
        (string Name, IReadOnlySet<string>[] Roles)[] mediators =
        [
            ("the chair, the case's mediator another person", [Of(RoleNames.Chair), Of(RoleNames.Mediator)]),
            ("the chair who is also the case's mediator", [Of(RoleNames.Chair, RoleNames.Mediator)]),
            .. assigned ? Array.Empty<(string, IReadOnlySet<string>[])>() : [("the chair, no mediator on the case", [Of(RoleNames.Chair)])],
        ];
        (string? Name, IReadOnlySet<string>[] Roles)[] receivers = receiving
            ? [("a receiving chair", [Of(RoleNames.ReceivingChair)]), ("no receiving chair", [])]
            : [(null, [])];
        foreach (var (mediator, mediatorRoles) in mediators)
        {
            foreach (var (receiver, receiverRoles) in receivers)
            {
                IReadOnlyList<string> people = [mediator, .. receiver is null ? Array.Empty<string>() : [receiver], "the system"];
                yield return (people, [.. mediatorRoles, .. receiverRoles, Of(RoleNames.System)]);
            }
        }
    }

    private static CaseFacts BaseFacts(bool assigned, IReadOnlySet<string> dates)
    {
        var today = DateOnly.FromDateTime(Now.Date);
        var values = new Dictionary<string, DateOnly>(StringComparer.Ordinal) { [CaseDates.RegisteredOn] = today.AddDays(-40) };
        foreach (var date in dates)
        {
            values[date] = date == CaseDates.TermEndsOn ? today.AddDays(20) : today.AddDays(-10);
        }

        return new CaseFacts
        {
            Parties = [new("applicant", PartyRole.Applicant, false), new("respondent", PartyRole.Respondent, false)],
            MediatorAssigned = assigned,
            Dates = values,
            TimeZone = TimeZoneInfo.Utc,
        };
    }

    private static IEnumerable<(IReadOnlyList<string> Names, CaseFacts Facts)> Combine(IReadOnlyList<FactAxis> axes, CaseFacts facts)
    {
        IEnumerable<(IReadOnlyList<string> Names, CaseFacts Facts)> combined = [([], facts)];
        foreach (var axis in axes)
        {
            var current = combined;
            combined = current.SelectMany(c => axis.Values.Select(v => ((IReadOnlyList<string>)[.. c.Names, v.Name], v.Apply(c.Facts))));
        }

        return combined;
    }
}
