using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Workflow;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Core.Features.Hearing;

/// <summary>
/// A planned session is recorded as held; its outcome note goes to the case's confidential notes with the history
/// event. Version 3 records who attended (parties, representatives, other participants); versions 1 and 2 record a
/// held session or a no-show in one choice.
/// </summary>
public sealed class RecordSession : IActionRecorder
{
    public string Trigger => "recordSession";

    public ValueTask<IReadOnlyList<FieldError>> CheckAsync(ActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var errors = new List<FieldError>();
        var session = context.Session("session");
        if (SessionState(session) is { } recorded)
        {
            errors.Add(recorded);
        }
        else if (context.Input.TryGet("attended", out IReadOnlyList<string> attended))
        {
            var heard = Attendance.PartiesIn(context.Case, attended);
            if (heard.Count == 0)
            {
                errors.Add(ActionContext.Error("input.attended", "noParty", Messages.SessionNoPartyAttended));
            }
            else if (session.Kind == SessionKind.Separate && !heard.Contains(session.PartyId!.Value))
            {
                errors.Add(ActionContext.Error("input.attended", "notItsParty", Messages.SessionPartyMustAttend));
            }
        }
        else if (IsNoShow(context) && context.Input.Text("absentParty") is null)
        {
            errors.Add(ActionContext.Error("input.absentParty", "required", Messages.AbsentPartyRequired));
        }

        return ValueTask.FromResult<IReadOnlyList<FieldError>>(errors);
    }

    public void Record(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var session = context.Session("session");
        session.Recorded = true;
        session.RecordedAt = context.Now;
        if (context.Input.TryGet("attended", out IReadOnlyList<string> attended))
        {
            context.Input.TryGet("heldAt", out DateTimeOffset heldAt);
            session.HeldAt = heldAt;
            Attendance.Record(context.Case, session, attended);
            return;
        }

        session.NoShow = IsNoShow(context);
        session.AbsentPartyId = session.NoShow ? context.IdOf("absentParty") : null;
    }

    /// <summary>A session is recorded once, and a cancelled one is not held.</summary>
    public static FieldError? SessionState(Session session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Recorded ? ActionContext.Error("input.session", "alreadyRecorded", Messages.SessionAlreadyRecorded)
            : session.CancelledAt is not null ? ActionContext.Error("input.session", "cancelled", Messages.SessionCancelled)
            : null;
    }

    private static bool IsNoShow(ActionContext context) => context.Input.Text("attendance") == "noShow";
}
