using MediationFlow.Workflows.Engine;

namespace MediationFlow.Core.Domain;

/// <summary>
/// A mediation session, joint or with one party: planned, then recorded as held or as a no-show, or cancelled.
/// What was said is confidential and kept with the case's confidential notes, not here.
/// </summary>
public sealed class Session
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public int Round { get; set; } = 1;
    public SessionKind Kind { get; set; }

    /// <summary>The party a separate meeting is with.</summary>
    public long? PartyId { get; set; }

    public DateTimeOffset PlannedAt { get; set; }
    public string? Place { get; set; }
    public bool Online { get; set; }
    public bool Recorded { get; set; }
    public bool NoShow { get; set; }
    public long? AbsentPartyId { get; set; }

    /// <summary>When the session took place, as entered; null when only the moment of recording is known.</summary>
    public DateTimeOffset? HeldAt { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }
    public DateTimeOffset? RecordedAt { get; set; }

    /// <summary>Held in a round before the chair reopened the case: on record, but the new round needs sessions of its own.</summary>
    public bool Superseded { get; set; }

    /// <summary>Who came and who did not: parties, representatives and other participants.</summary>
    public List<SessionAttendance> Attendance { get; set; } = [];
}

/// <summary>Whether one person came to a session: a party, a representative or another participant.</summary>
public sealed class SessionAttendance
{
    public long SessionId { get; set; }
    public AttendeeKind AttendeeKind { get; set; }

    /// <summary>The id of the party, representative or participant, as <see cref="AttendeeKind"/> says.</summary>
    public long AttendeeId { get; set; }

    public bool Attended { get; set; }
}

public enum AttendeeKind
{
    Party,
    Representative,
    Participant,
}
