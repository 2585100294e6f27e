using MediationFlow.Workflows.Engine;

namespace MediationFlow.Core.Domain;

/// <summary>The written settlement agreement: signed by the parties and the mediator, approved by the chair.</summary>
public sealed class SettlementAgreement
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public DateTimeOffset? SignedAt { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }
    public Guid? ApprovedById { get; set; }

    /// <summary>The chair's comment when the agreement was last returned for redrafting.</summary>
    public string? ReturnComment { get; set; }
}

/// <summary>Which party does what by which date.</summary>
public sealed class Obligation
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public long PartyId { get; set; }
    public required string Description { get; set; }
    public DateOnly DueOn { get; set; }
    public ObligationStatus Status { get; set; }
    public string? StatusNote { get; set; }
    public DateTimeOffset? StatusRecordedAt { get; set; }

    /// <summary>Set when the chair reopens a breached case: the old agreement's obligations no longer count.</summary>
    public bool Superseded { get; set; }
}

/// <summary>A follow-up check on the agreement (at 30 and 90 days after approval, or whenever needed).</summary>
public sealed class FollowUpCheck
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public required string Note { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public Guid RecordedById { get; set; }
}
