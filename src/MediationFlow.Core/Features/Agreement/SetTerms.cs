using MediationFlow.Core.Domain;
using MediationFlow.Core.Workflow;

namespace MediationFlow.Core.Features.Agreement;

/// <summary>The draft's terms in the parties' words, and whether they settle the whole dispute or part of it.</summary>
public sealed class SetTerms : IActionRecorder
{
    public string Trigger => "setTerms";

    public void Record(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settlement = context.Settlement;
        settlement.Terms = context.Input.Text("terms");
        settlement.Scope = context.Input.Text("scope") == "partial" ? SettlementScope.Partial : SettlementScope.Full;
    }
}
