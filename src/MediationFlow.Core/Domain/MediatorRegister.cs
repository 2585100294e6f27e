namespace MediationFlow.Core.Domain;

/// <summary>
/// A mediator's entry in the register of public mediators (Law "On Mediation", Art. 8-1; the register's rules, order
/// No. 126 of 21 April 2022): its number, where and when the mediator was elected (order No. 134 of 3 May 2022), the
/// languages and dispute categories they mediate in, their training and their status with its history.
/// </summary>
public sealed class MediatorRegisterEntry
{
    public int Id { get; set; }

    /// <summary>Unique in the whole register.</summary>
    public required string Number { get; set; }

    public Guid UserId { get; set; }
    public User? User { get; set; }
    public MediatorType Type { get; set; }

    /// <summary>The council that elected the mediator and keeps the entry.</summary>
    public int CouncilId { get; set; }
    public Council? Council { get; set; }

    /// <summary>Null for an entry made before the register recorded elections.</summary>
    public DateOnly? ElectedOn { get; set; }

    /// <summary>The latest of <see cref="StatusChanges"/>, kept here so that every list of choices filters on one column.</summary>
    public MediatorStatus Status { get; set; }

    /// <summary>Languages of mediation, e.g. "kk,ru".</summary>
    public string Languages { get; set; } = "kk,ru";

    /// <summary>Dispute categories the mediator specialises in, comma-separated category codes ("familyAndHousehold").</summary>
    public string Specialisations { get; set; } = string.Empty;

    public List<MediatorStatusChange> StatusChanges { get; set; } = [];
    public List<TrainingRecord> Training { get; set; } = [];
}

/// <summary>Only an active mediator may be given a case; a suspension can be lifted, an exclusion is final in practice but recorded the same way.</summary>
public enum MediatorStatus
{
    Active,
    Suspended,
    Excluded,
}

/// <summary>One change of a register entry's status: append-only, so the entry's history can be shown as it happened.</summary>
public sealed class MediatorStatusChange
{
    public long Id { get; set; }
    public int EntryId { get; set; }
    public MediatorStatus Status { get; set; }

    /// <summary>The day the change took effect (a council's decision may be recorded later).</summary>
    public DateOnly EffectiveOn { get; set; }

    /// <summary>Null only for the entry's first status, given when it was made.</summary>
    public string? Reason { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>Null when recorded by the system (an import from the command line).</summary>
    public Guid? RecordedById { get; set; }
}

/// <summary>A course the mediator completed ("mediation technologies" workshops of the Assembly and others).</summary>
public sealed class TrainingRecord
{
    public long Id { get; set; }
    public int EntryId { get; set; }
    public required string Course { get; set; }

    /// <summary>Null for a record carried over from before the register counted hours.</summary>
    public int? Hours { get; set; }

    public string? CertificateNumber { get; set; }
    public DateOnly CompletedOn { get; set; }
}

public enum MediatorType
{
    Professional,
    NonProfessional,

    /// <summary>Elected by the local community; works free of charge.</summary>
    Public,
}
