using MediationFlow.Core.Workflow;

namespace MediationFlow.Core.Features.Agreement;

/// <summary>Every party has signed: the settlement is signed on the day of the last signature, and nobody changes it any more.</summary>
public sealed class SettlementSigned : IActionRecorder
{
    public string Trigger => "settlementSigned";

    public void Record(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settlement = context.Settlement;
        settlement.SignedAt = context.Now;
        settlement.SignedOn = settlement.Signatures.Where(s => !s.Superseded).Max(s => s.SignedOn);
    }
}
