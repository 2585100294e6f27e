using MediationFlow.Core.Domain;
using MediationFlow.Core.Workflow;

namespace MediationFlow.Core.Features.FollowUp;

/// <summary>A follow-up check on how the agreement is kept (due at 30 and 90 days after approval).</summary>
public sealed class RecordFollowUpCheck : IActionRecorder
{
    public string Trigger => "recordFollowUpCheck";

    public void Record(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Case.FollowUpChecks.Add(new FollowUpCheck
        {
            CaseId = context.Case.Id,
            Round = context.Case.Round,
            CheckedOn = context.DateOf("checkedOn"),
            Note = context.Input.Text("note")!,
            RecordedAt = context.Now,
            RecordedById = context.Actor.Id,
        });
    }
}
