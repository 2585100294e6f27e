using MediationFlow.Workflows.Definitions;

namespace MediationFlow.Workflows.Engine;

/// <summary>An action defined from the case's current state, and whether the actor may take it now.</summary>
/// <param name="ClosesCase">The action leads to a terminal state.</param>
public sealed record CaseAction(TransitionDefinition Transition, IReadOnlyList<BlockReason> BlockedBy, bool ClosesCase = false)
{
    internal string Trigger => Transition.Trigger;

    public bool IsPermitted => BlockedBy.Count == 0;
}

public enum BlockKind
{
    /// <summary>The actor holds none of the roles allowed to take the action.</summary>
    Role,

    /// <summary>A named guard of the definition is not met.</summary>
    Guard,
}

/// <summary>Why an action is blocked; <see cref="Code"/> is "role" or the guard's name.</summary>
public sealed record BlockReason(BlockKind Kind, string Code, LocalizedText Message);
