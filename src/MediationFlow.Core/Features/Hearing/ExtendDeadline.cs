using MediationFlow.Core.Workflow;

namespace MediationFlow.Core.Features.Hearing;

/// <summary>The parties agree to extend the mediation past its deadline; the workflow caps how often.</summary>
public sealed class ExtendDeadline : IActionRecorder
{
    public string Trigger => "extendDeadline";

    public void Record(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Case.Extensions++;
    }
}
