using MediationFlow.Core.Workflow;

namespace MediationFlow.Core.Features.Hearing;

/// <summary>The parties reached a settlement in a session: a draft settlement agreement is opened.</summary>
public sealed class ReachSettlement : IActionRecorder
{
    public string Trigger => "reachSettlement";

    public void Record(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settlement = context.Settlement;
        settlement.SignedAt = null;
        settlement.ApprovedAt = null;
        settlement.ApprovedById = null;
    }
}
