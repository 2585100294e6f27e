using MediationFlow.Core.Workflow;

namespace MediationFlow.Core.Features.Agreement;

/// <summary>The chair returns the agreement with a comment; it must be redrafted and signed again.</summary>
public sealed class ReturnForRedraft : IActionRecorder
{
    public string Trigger => "returnForRedraft";

    public void Record(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Settlement.ReturnComment = context.Input.Text("comment");
        context.Settlement.SignedAt = null;
    }
}
