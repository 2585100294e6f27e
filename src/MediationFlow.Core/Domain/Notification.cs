namespace MediationFlow.Core.Domain;

/// <summary>Something a user should look at: a case assigned, an approval requested, a deadline passed.</summary>
public sealed class Notification
{
    public long Id { get; set; }
    public Guid UserId { get; set; }
    public long CaseId { get; set; }

    /// <summary>Set when the case is new and has no id yet; EF fills <see cref="CaseId"/> on save.</summary>
    public Case? Case { get; set; }
    public required string Template { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}

/// <summary>Who read or changed what, when: confidentiality means every access to case content is recorded.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid? UserId { get; set; }
    public required string Action { get; set; }
    public long? CaseId { get; set; }
    public bool Changed { get; set; }
}

/// <summary>The last case number given per council and year; advanced atomically by each new case.</summary>
public sealed class CaseNumberCounter
{
    public int CouncilId { get; set; }
    public int Year { get; set; }
    public int LastNumber { get; set; }
}
