using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Workflow;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Core.Features.Hearing;

/// <summary>A session is planned for a date and time, at a place or online: jointly, or as a separate meeting with one party.</summary>
public sealed class ScheduleSession : IActionRecorder
{
    public string Trigger => "scheduleSession";

    public ValueTask<IReadOnlyList<FieldError>> CheckAsync(ActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        IReadOnlyList<FieldError> errors = Kind(context) == SessionKind.Separate && context.Input.Text("party") is null
            ? [ActionContext.Error("input.party", "required", Messages.SessionPartyRequired)]
            : [];
        return ValueTask.FromResult(errors);
    }

    public void Record(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Input.TryGet("plannedAt", out DateTimeOffset plannedAt);
        context.Input.TryGet("online", out bool online);
        var kind = Kind(context);
        context.Case.Sessions.Add(new Session
        {
            CaseId = context.Case.Id,
            Round = context.Case.Round,
            Kind = kind,
            // A joint session is with everyone: a party chosen by mistake would make it look like a separate meeting.
            PartyId = kind == SessionKind.Separate ? context.IdOf("party") : null,
            PlannedAt = plannedAt,
            Place = context.Input.Text("place"),
            Online = online,
        });
    }

    /// <summary>Versions 1 and 2 know only joint sessions and ask no kind.</summary>
    private static SessionKind Kind(ActionContext context) =>
        context.Input.Text("kind") == "separate" ? SessionKind.Separate : SessionKind.Joint;
}
