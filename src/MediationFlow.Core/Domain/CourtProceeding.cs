namespace MediationFlow.Core.Domain;

/// <summary>
/// A party's application to court about the dispute and, later, the court's decision. The council refers
/// nothing to court; the case records what a party did.
/// </summary>
public sealed class CourtProceeding
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public int Round { get; set; } = 1;
    public long PartyId { get; set; }
    public DateOnly AppliedOn { get; set; }
    public required string Court { get; set; }
    public string? CourtCaseNumber { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public CourtDecision? Decision { get; set; }
    public string? DecisionNote { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

public enum CourtDecision
{
    EnforcementOrdered,
    ClaimGranted,
    ClaimDismissed,
    SettledInCourt,
    Other,
}
