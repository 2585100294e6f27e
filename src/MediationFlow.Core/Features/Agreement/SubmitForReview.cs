using MediationFlow.Core.Workflow;

namespace MediationFlow.Core.Features.Agreement;

/// <summary>The draft goes to the chair, who reviews it before anyone signs.</summary>
public sealed class SubmitForReview : IActionRecorder
{
    public string Trigger => "submitForReview";

    public void Record(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Settlement.SubmittedAt = context.Now;
    }
}
