using MediationFlow.Workflows.Definitions;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Workflows.Tests.Engine;

/// <summary>
/// Whether a mediator is assigned and which dates the case has, in each state: found by following every action of the
/// definition from the initial state, so a state is only asked about with what the process can have given it (a case
/// in mediation has its agreement on mediation; one waiting for an assignment may or may not).
/// </summary>
internal static class CaseSituations
{
    /// <summary>The dates the guards and the state timers read.</summary>
    public static IReadOnlySet<string> DatesRead(CompiledWorkflow workflow) =>
        workflow.Definition.Timers.Where(t => !t.ByEffect && t.At is not null).Select(t => t.At!)
            .Concat(GuardFacts.DateGuards.Values).Where(CaseDates.Settable.Contains).ToHashSet(StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, IReadOnlyList<(bool Assigned, IReadOnlySet<string> Dates)>> Reachable(CompiledWorkflow workflow)
    {
        var tracked = DatesRead(workflow);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var found = workflow.Definition.States.ToDictionary(s => s.Id, _ => new List<(bool, IReadOnlySet<string>)>(), StringComparer.Ordinal);
        var queue = new Queue<(string State, bool Assigned, IReadOnlySet<string> Dates)>();

        void Visit(string state, bool assigned, IReadOnlySet<string> dates)
        {
            if (seen.Add($"{state}|{assigned}|{string.Join(',', dates.Order(StringComparer.Ordinal))}"))
            {
                found[state].Add((assigned, dates));
                queue.Enqueue((state, assigned, dates));
            }
        }

        // Nobody is assigned at registration; the mediator who registered the case may hold the role (the grid's people).
        Visit(workflow.Definition.Initial, false, new HashSet<string>(StringComparer.Ordinal));
        while (queue.TryDequeue(out var at))
        {
            foreach (var action in workflow.Definition.Transitions.Where(t => t.From.Contains(at.State)))
            {
                var (assigned, dates) = After(action, at.Assigned, at.Dates, tracked);
                Visit(action.To ?? at.State, assigned, dates);
            }
        }

        return found.ToDictionary(f => f.Key, f => (IReadOnlyList<(bool, IReadOnlySet<string>)>)f.Value, StringComparer.Ordinal);
    }

    /// <summary>
    /// The assignment and dates an action leaves. Who is assigned is the application's part: an action choosing the
    /// mediator assigns one; the mediator recusing and a new round leave the case without one.
    /// </summary>
    private static (bool Assigned, IReadOnlySet<string> Dates) After(
        TransitionDefinition action, bool assigned, IReadOnlySet<string> dates, IReadOnlySet<string> tracked)
    {
        var after = new HashSet<string>(dates, StringComparer.Ordinal);
        if (action.Effects.Any(e => e.Effect == EffectNames.NewRound))
        {
            return (false, new HashSet<string>(StringComparer.Ordinal));
        }

        foreach (var effect in action.Effects.Where(e => e.Date is not null && tracked.Contains(e.Date)))
        {
            if (effect.Effect == EffectNames.SetDate)
            {
                after.Add(effect.Date!);
            }
            else if (effect.Effect == EffectNames.ClearDate)
            {
                after.Remove(effect.Date!);
            }
        }

        after.UnionWith(action.Input.Select(f => f.Records).OfType<string>().Where(tracked.Contains));
        var chooses = action.Input.Any(f => f.Name == RoleNames.Mediator);
        return (chooses || (assigned && action.Trigger != "recuse"), after);
    }
}
