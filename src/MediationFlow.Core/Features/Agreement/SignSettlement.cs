using MediationFlow.Core.Workflow;

namespace MediationFlow.Core.Features.Agreement;

/// <summary>The parties and the mediator have signed the settlement agreement; it goes to the chair.</summary>
public sealed class SignSettlement : IActionRecorder
{
    public string Trigger => "signSettlement";

    public void Record(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Settlement.SignedAt = context.Now;
    }
}
