using MediationFlow.Core.Domain;
using MediationFlow.Core.Workflow;

namespace MediationFlow.Core.Features.Hearing;

/// <summary>A session is planned for a date and time, at a place or online.</summary>
public sealed class ScheduleSession : IActionRecorder
{
    public string Trigger => "scheduleSession";

    public void Record(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Input.TryGet("plannedAt", out DateTimeOffset plannedAt);
        context.Input.TryGet("online", out bool online);
        context.Case.Sessions.Add(new Session
        {
            CaseId = context.Case.Id,
            PlannedAt = plannedAt,
            Place = context.Input.Text("place"),
            Online = online,
        });
    }
}
