using MediationFlow.Workflows.Engine;

namespace MediationFlow.Core.Errors;

/// <summary>A refusal the user caused (bad input, no access, a stale form), as opposed to a defect.</summary>
public abstract class MediationFlowException(string message) : Exception(message);

/// <summary>One invalid field: its name as the form or API body has it, and the reason in the user's language.</summary>
public sealed record FieldError(string Field, string Code, string Message);

public sealed class ValidationFailedException(IReadOnlyList<FieldError> errors)
    : MediationFlowException(string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")))
{
    public IReadOnlyList<FieldError> Errors { get; } = errors;
}

/// <summary>The thing does not exist, or the actor may not know it exists (another council's case).</summary>
public sealed class NotFoundException(string message) : MediationFlowException(message);

public sealed class ForbiddenException(string message) : MediationFlowException(message);

/// <summary>Not signed in.</summary>
public sealed class UnauthenticatedException() : MediationFlowException(Resources.Messages.NotSignedIn);

/// <summary>The command was built on an older version of the case; nothing was written.</summary>
public sealed class ConflictException(long caseId, string currentState, int currentVersion, string message)
    : MediationFlowException(message)
{
    public long CaseId { get; } = caseId;
    public string CurrentState { get; } = currentState;
    public int CurrentVersion { get; } = currentVersion;
}

/// <summary>The workflow does not allow the action now: wrong state, a guard, or a role.</summary>
public sealed class ActionRefusedException(Refusal refusal, IReadOnlyList<string> reasons, bool onlyRoleBlocks)
    : MediationFlowException(string.Join("; ", reasons))
{
    public Refusal Refusal { get; } = refusal;
    public IReadOnlyList<string> Reasons { get; } = reasons;

    /// <summary>True when the actor lacks the role but the case could otherwise take the action.</summary>
    public bool OnlyRoleBlocks { get; } = onlyRoleBlocks;
}
