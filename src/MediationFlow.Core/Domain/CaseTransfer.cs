namespace MediationFlow.Core.Domain;

/// <summary>A chair's request that another council take the case over, and that council's chair's answer.</summary>
public sealed class CaseTransfer
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public int FromCouncilId { get; set; }
    public int ToCouncilId { get; set; }
    public required string Reason { get; set; }
    public Guid RequestedById { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public TransferStatus Status { get; set; }
    public Guid? DecidedById { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DeclineReason { get; set; }
}

public enum TransferStatus
{
    Pending,
    Accepted,
    Declined,
    Withdrawn,
}
