using MediationFlow.Workflows.Definitions;

namespace MediationFlow.Workflows.Engine;

public enum Refusal
{
    /// <summary>The definition has no action with this trigger.</summary>
    UnknownAction,

    /// <summary>The action exists but not from the case's current state.</summary>
    NotAvailable,

    /// <summary>A role or a guard blocks the action; see <see cref="FireResult.BlockedBy"/>.</summary>
    Blocked,

    /// <summary>The input does not fit the action's fields; see <see cref="FireResult.InputErrors"/>.</summary>
    InvalidInput,
}

/// <summary>The outcome of firing an action: the new state and the effects to persist, or why it was refused.</summary>
public sealed record FireResult
{
    internal FireResult()
    {
    }

    public required string Trigger { get; init; }

    /// <summary>The action the trigger matched from <see cref="FromState"/>; null when there is none (unknown or not available).</summary>
    public TransitionDefinition? Transition { get; init; }

    public required string FromState { get; init; }

    /// <summary>The state after the action; equals <see cref="FromState"/> when refused or internal.</summary>
    public required string ToState { get; init; }

    public Refusal? RefusedAs { get; init; }
    public ActionInput Input { get; init; } = ActionInput.Empty;
    public IReadOnlyList<Effect> Effects { get; init; } = [];
    public IReadOnlyList<BlockReason> BlockedBy { get; init; } = [];
    public IReadOnlyList<InputError> InputErrors { get; init; } = [];

    public bool Accepted => RefusedAs is null;
}
