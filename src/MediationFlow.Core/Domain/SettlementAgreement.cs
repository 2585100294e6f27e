using MediationFlow.Workflows.Engine;

namespace MediationFlow.Core.Domain;

/// <summary>
/// The written settlement agreement of one round: its terms, the obligations (rows of their own), each party's
/// signature, and the chair's review.
/// </summary>
public sealed class SettlementAgreement
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public int Round { get; set; } = 1;

    /// <summary>What the parties agreed, in their words; a settlement may have terms without obligations.</summary>
    public string? Terms { get; set; }

    public SettlementScope Scope { get; set; }

    /// <summary>When the draft went to the chair for review.</summary>
    public DateTimeOffset? SubmittedAt { get; set; }

    /// <summary>When the last signature was recorded (versions 1 and 2: when the parties signed together).</summary>
    public DateTimeOffset? SignedAt { get; set; }

    /// <summary>The day the last party signed, as entered.</summary>
    public DateOnly? SignedOn { get; set; }

    public DateTimeOffset? ApprovedAt { get; set; }
    public Guid? ApprovedById { get; set; }

    /// <summary>The chair's comment when the agreement was last returned for redrafting.</summary>
    public string? ReturnComment { get; set; }

    public List<SettlementSignature> Signatures { get; set; } = [];
}

public enum SettlementScope
{
    Full,

    /// <summary>The parties settled part of the dispute.</summary>
    Partial,
}

/// <summary>One party's signature of the settlement agreement (Art. 27(1)), in person or on a copy exchanged by e-mail.</summary>
public sealed class SettlementSignature
{
    public long Id { get; set; }
    public long SettlementId { get; set; }
    public long PartyId { get; set; }

    /// <summary>The representative who signed for the party, if one did.</summary>
    public long? RepresentativeId { get; set; }

    public DateOnly SignedOn { get; set; }
    public SignatureMethod Method { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public Guid RecordedById { get; set; }

    /// <summary>Given on a draft that was revised afterwards: on record, but the new draft needs signing again.</summary>
    public bool Superseded { get; set; }
}

public enum SignatureMethod
{
    InPerson,

    /// <summary>A signed copy exchanged by e-mail.</summary>
    EmailCopy,

    /// <summary>Signed before version 3, when the method was not recorded.</summary>
    NotRecorded,
}

/// <summary>Which party does what by which date.</summary>
public sealed class Obligation
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public int Round { get; set; } = 1;
    public long PartyId { get; set; }
    public required string Description { get; set; }
    public DateOnly DueOn { get; set; }
    public ObligationStatus Status { get; set; }
    public string? StatusNote { get; set; }

    /// <summary>The day the obligation was fulfilled or found breached, as entered.</summary>
    public DateOnly? StatusOn { get; set; }

    public DateTimeOffset? StatusRecordedAt { get; set; }

    /// <summary>When the parties agreed a new due date: the date it replaced, and the day they agreed.</summary>
    public DateOnly? PreviousDueOn { get; set; }

    public DateOnly? RescheduledOn { get; set; }

    /// <summary>Set when the chair reopens a breached case: the old agreement's obligations no longer count.</summary>
    public bool Superseded { get; set; }
}

/// <summary>A follow-up check on the agreement (at 30 and 90 days after approval, or whenever needed).</summary>
public sealed class FollowUpCheck
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public int Round { get; set; } = 1;
    public required string Note { get; set; }

    /// <summary>The day the check was made, as entered.</summary>
    public DateOnly? CheckedOn { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
    public Guid RecordedById { get; set; }
}
