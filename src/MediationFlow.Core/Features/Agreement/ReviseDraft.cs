using MediationFlow.Core.Workflow;

namespace MediationFlow.Core.Features.Agreement;

/// <summary>
/// Before every party has signed, the parties may still change the draft: it goes back to drafting, the signatures
/// given so far stay on record but count no more, and the chair reviews the new draft.
/// </summary>
public sealed class ReviseDraft : IActionRecorder
{
    public string Trigger => "reviseDraft";

    public void Record(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settlement = context.Settlement;
        foreach (var signature in settlement.Signatures)
        {
            signature.Superseded = true;
        }

        settlement.ApprovedAt = null;
        settlement.ApprovedById = null;
        settlement.SubmittedAt = null;
    }
}
