using MediationFlow.Workflows.Definitions;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Web.Presentation;

/// <summary>Where an action's form stands among the case page's actions, and how its button looks.</summary>
public enum ActionRank
{
    /// <summary>Closes the case because its conditions now hold (every obligation fulfilled, say) and nothing else moves it on: the main action, first.</summary>
    Conclusion,

    /// <summary>A step along the process.</summary>
    Regular,

    /// <summary>Leaves the usual path (a party withdraws, the mediator recuses): after the regular ones, so nobody takes it by a slip.</summary>
    Exceptional,
}

/// <summary>Ranks the actions a reader may take now, from the workflow definition's shape alone.</summary>
public static class ActionRanks
{
    /// <summary>
    /// An action that closes the case is the conclusion when it is guarded (it is permitted because its
    /// conditions hold) and no other permitted action moves the case on to an open state; otherwise closing is
    /// exceptional. Going back to an earlier stage is exceptional too; every other action is regular.
    /// </summary>
    public static IReadOnlyDictionary<string, ActionRank> Of(CompiledWorkflow workflow, string state, IEnumerable<string> permitted)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        ArgumentNullException.ThrowIfNull(permitted);
        var stages = workflow.Definition.Stages.Select(s => s.Id).ToList();
        var here = workflow.HasState(state) ? stages.IndexOf(workflow.State(state).Stage) : -1;
        var transitions = permitted
            .Select(trigger => workflow.TryGetAction(state, trigger, out var action)
                ? action
                : throw new ArgumentException($"'{trigger}' is not an action from '{state}'.", nameof(permitted)))
            .ToList();

        bool Closes(TransitionDefinition t) => t.To is { } to && workflow.State(to).Terminal;
        bool GoesBack(TransitionDefinition t) => t.To is { } to && stages.IndexOf(workflow.State(to).Stage) < here;
        var movesOn = transitions.Any(t => t.To is not null && !Closes(t) && !GoesBack(t));

        return transitions.ToDictionary(t => t.Trigger, t => t switch
        {
            _ when Closes(t) && t.Guards.Count > 0 && !movesOn => ActionRank.Conclusion,
            _ when Closes(t) || GoesBack(t) => ActionRank.Exceptional,
            _ => ActionRank.Regular,
        }, StringComparer.Ordinal);
    }
}
