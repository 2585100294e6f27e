namespace MediationFlow.Core.Domain;

/// <summary>A mediation session: planned, then recorded as held or as a no-show, with a confidential note.</summary>
public sealed class Session
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public DateTimeOffset PlannedAt { get; set; }
    public string? Place { get; set; }
    public bool Online { get; set; }
    public bool Recorded { get; set; }
    public bool NoShow { get; set; }
    public long? AbsentPartyId { get; set; }

    /// <summary>Confidential: only the parties, the mediator and the chair may read it.</summary>
    public string? OutcomeNote { get; set; }

    public DateTimeOffset? RecordedAt { get; set; }

    /// <summary>Held in a round before the chair reopened the case: on record, but the new round needs sessions of its own.</summary>
    public bool Superseded { get; set; }
}
