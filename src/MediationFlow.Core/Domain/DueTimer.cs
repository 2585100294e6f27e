namespace MediationFlow.Core.Domain;

/// <summary>
/// A durable timer: written in the transaction that started it, fired by the timer pump exactly once
/// (its version guards against two pumps), cancelled when the case leaves the state.
/// </summary>
public sealed class DueTimer
{
    public long Id { get; set; }
    public long CaseId { get; set; }

    /// <summary>Set when the case is new and has no id yet; EF fills <see cref="CaseId"/> on save.</summary>
    public Case? Case { get; set; }

    /// <summary>The definition's timer id, or "obligationDue:{obligation id}" for per-obligation checks.</summary>
    public required string TimerId { get; set; }

    public required string Trigger { get; set; }
    public string InputJson { get; set; } = "{}";
    public DateTimeOffset DueAt { get; set; }
    public TimerStatus Status { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>Why a due timer did not fire (the workflow refused its trigger).</summary>
    public string? Outcome { get; set; }

    public long? WorkshopId { get; set; }
    public int Version { get; set; }
}

public enum TimerStatus
{
    Pending,
    Fired,
    Cancelled,
    Skipped,
}
