using MediationFlow.Core.Workflow;

namespace MediationFlow.Core.Features.Agreement;

/// <summary>The chair approves the settlement agreement; follow-up of its obligations begins.</summary>
public sealed class Approve : IActionRecorder
{
    public string Trigger => "approve";

    public void Record(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Settlement.ApprovedAt = context.Now;
        context.Settlement.ApprovedById = context.Actor.Id;
        context.Settlement.ReturnComment = null;
    }
}
