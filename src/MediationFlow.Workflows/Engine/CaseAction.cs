using MediationFlow.Workflows.Definitions;

namespace MediationFlow.Workflows.Engine;

/// <summary>An action defined from the case's current state, and whether the actor may take it now.</summary>
/// <param name="ClosesCase">The action leads to a terminal state.</param>
public sealed record CaseAction(TransitionDefinition Transition, IReadOnlyList<BlockReason> BlockedBy, bool ClosesCase = false)
{
    /// <summary>What the case file lacks for the action, each of which the reader may instead explain in its reason field.</summary>
    public IReadOnlyList<MissingRequirement> Missing { get; init; } = [];

    internal string Trigger => Transition.Trigger;

    public bool IsPermitted => BlockedBy.Count == 0;
}

public enum BlockKind
{
    /// <summary>The actor holds none of the roles allowed to take the action.</summary>
    Role,

    /// <summary>A named guard of the definition is not met.</summary>
    Guard,

    /// <summary>The case's state does not allow it at all (an edit outside actions).</summary>
    State,

    /// <summary>The case file lacks a signed copy or a generated document the action requires.</summary>
    Requirement,
}

/// <summary>A signed copy or document the case file lacks, and the input field that takes the reason why there is none.</summary>
public sealed record MissingRequirement(string Code, LocalizedText Message, string ReasonField);

/// <summary>Why an action is blocked; <see cref="Code"/> is "role", the guard's name, or "state".</summary>
public sealed record BlockReason(BlockKind Kind, string Code, LocalizedText Message)
{
    /// <summary>The legal basis of the guard that blocks, when the definition names one.</summary>
    public LegalBasisView? Basis { get; init; }
}
