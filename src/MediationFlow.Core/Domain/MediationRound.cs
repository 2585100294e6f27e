namespace MediationFlow.Core.Domain;

/// <summary>
/// One round of mediation on a case: its legal dates (each as the day the act happened) and how it ended.
/// A new round needs fresh consents and a new agreement on mediation (Art. 20(1)), so it starts with every date empty.
/// </summary>
public sealed class MediationRound
{
    public long Id { get; set; }
    public long CaseId { get; set; }

    /// <summary>1, 2, 3… per case, as <see cref="Case.Round"/> counts them.</summary>
    public int Number { get; set; }

    public DateTimeOffset OpenedAt { get; set; }

    /// <summary>The party whose request opened a second or later round, and the day they asked.</summary>
    public long? RequestedByPartyId { get; set; }

    public DateOnly? RequestedOn { get; set; }
    public DateOnly? MediatorAssignedOn { get; set; }
    public DateOnly? ProposalSentOn { get; set; }
    public DateOnly? MediationStartedOn { get; set; }
    public DateOnly? TermEndsOn { get; set; }
    public DateOnly? DraftApprovedOn { get; set; }
    public DateOnly? SettlementSignedOn { get; set; }

    /// <summary>The end state the round ended in, and the reason (a reason id of the definition).</summary>
    public string? Outcome { get; set; }

    public string? OutcomeReason { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
}
