using MediationFlow.Core.Errors;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Workflow;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Core.Features.FollowUp;

/// <summary>
/// The parties agree a new due date for an obligation, also one found breached: a breach is recorded, not fatal, and
/// the obligation is open again until its new date. The old date and the day they agreed stay on the obligation.
/// </summary>
public sealed class RescheduleObligation : IActionRecorder
{
    public string Trigger => "rescheduleObligation";

    public ValueTask<IReadOnlyList<FieldError>> CheckAsync(ActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        IReadOnlyList<FieldError> errors = context.Obligation("obligation").Status == ObligationStatus.Fulfilled
            ? [ActionContext.Error("input.obligation", "fulfilled", Messages.ObligationAlreadyFulfilled)]
            : [];
        return ValueTask.FromResult(errors);
    }

    public void Record(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var obligation = context.Obligation("obligation");
        obligation.PreviousDueOn = obligation.DueOn;
        obligation.DueOn = context.DateOf("dueOn")!.Value;
        obligation.RescheduledOn = context.DateOf("agreedOn");
        obligation.Status = ObligationStatus.Open;
        obligation.StatusOn = null;
    }
}
