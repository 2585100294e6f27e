using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Workflow;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Core.Features.Hearing;

/// <summary>
/// A planned session did not take place because a party (or several) did not come: the no-shows count towards an
/// impasse. The note is confidential.
/// </summary>
public sealed class RecordNoShow : IActionRecorder
{
    public string Trigger => "recordNoShow";

    public ValueTask<IReadOnlyList<FieldError>> CheckAsync(ActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var session = context.Session("session");
        IReadOnlyList<FieldError> errors = RecordSession.SessionState(session) is { } recorded ? [recorded]
            : session.Kind == SessionKind.Separate && Absent(context).Any(p => p != session.PartyId)
                ? [ActionContext.Error("input.absent", "notItsParty", Messages.SessionAbsentNotItsParty)]
            : [];
        return ValueTask.FromResult(errors);
    }

    public void Record(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var session = context.Session("session");
        var absent = Absent(context);
        session.Recorded = true;
        session.NoShow = true;
        session.AbsentPartyId = absent[0];
        session.RecordedAt = context.Now;
        foreach (var party in absent)
        {
            session.Attendance.Add(new SessionAttendance { SessionId = session.Id, AttendeeKind = AttendeeKind.Party, AttendeeId = party, Attended = false });
        }
    }

    private static List<long> Absent(ActionContext context)
    {
        context.Input.TryGet("absent", out IReadOnlyList<string> absent);
        return [.. absent.Select(id => long.Parse(id, System.Globalization.CultureInfo.InvariantCulture))];
    }
}
