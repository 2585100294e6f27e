using MediationFlow.Core.Errors;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Workflow;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Core.Features.FollowUp;

/// <summary>An obligation checked on or after its due date: fulfilled or breached.</summary>
public sealed class RecordObligationStatus : IActionRecorder
{
    public string Trigger => "recordObligationStatus";

    public ValueTask<IReadOnlyList<FieldError>> CheckAsync(ActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        IReadOnlyList<FieldError> errors = context.Obligation("obligation").Status != ObligationStatus.Open
            ? [ActionContext.Error("input.obligation", "notOpen", Messages.ObligationNotOpen)]
            : [];
        return ValueTask.FromResult(errors);
    }

    public void Record(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var obligation = context.Obligation("obligation");
        obligation.Status = context.Input.Text("status") == "fulfilled" ? ObligationStatus.Fulfilled : ObligationStatus.Breached;
        obligation.StatusNote = context.Input.Text("note");
        obligation.StatusOn = context.DateOf("on");
        obligation.StatusRecordedAt = context.Now;
    }
}
