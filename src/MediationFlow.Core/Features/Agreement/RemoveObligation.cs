using MediationFlow.Core.Workflow;

namespace MediationFlow.Core.Features.Agreement;

/// <summary>Takes an obligation out of the draft; the history keeps that it was there.</summary>
public sealed class RemoveObligation : IActionRecorder
{
    public string Trigger => "removeObligation";

    public void Record(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var obligation = context.Obligation("obligation");
        context.Case.Obligations.Remove(obligation);
        context.Db.Obligations.Remove(obligation);
    }
}
