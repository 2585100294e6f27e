using MediationFlow.Core.Errors;
using MediationFlow.Core.Workflow;

namespace MediationFlow.Core.Features.Hearing;

/// <summary>A planned session will not take place: it stays on record as cancelled, neither held nor missed.</summary>
public sealed class CancelSession : IActionRecorder
{
    public string Trigger => "cancelSession";

    public ValueTask<IReadOnlyList<FieldError>> CheckAsync(ActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        IReadOnlyList<FieldError> errors = RecordSession.SessionState(context.Session("session")) is { } recorded ? [recorded] : [];
        return ValueTask.FromResult(errors);
    }

    public void Record(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Session("session").CancelledAt = context.Now;
    }
}
