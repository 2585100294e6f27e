namespace MediationFlow.Core.Domain;

/// <summary>
/// A training workshop: a trainer runs a scenario, each team of trainees works it as a sandbox case,
/// and the workshop has its own clock the trainer moves, pauses and resumes.
/// </summary>
public sealed class Workshop
{
    public long Id { get; set; }
    public required string ScenarioId { get; set; }
    public required string Title { get; set; }

    /// <summary>The trainer's council; sandbox cases are filed under it but never counted in it.</summary>
    public int CouncilId { get; set; }

    public Guid TrainerId { get; set; }
    public WorkshopStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Workshop time when the workshop started: "day 0, hour 0" of the scenario.</summary>
    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>Workshop time at <see cref="ClockAnchor"/>.</summary>
    public DateTimeOffset? ClockBase { get; set; }

    /// <summary>The real time at which the clock last stood at <see cref="ClockBase"/>; it runs from there unless paused.</summary>
    public DateTimeOffset? ClockAnchor { get; set; }

    public int Version { get; set; }
    public List<WorkshopTeam> Teams { get; set; } = [];
    public List<WorkshopEventFiring> FiredEvents { get; set; } = [];

    /// <summary>The workshop's time now: frozen while paused or ended, running with real time otherwise.</summary>
    public DateTimeOffset Now(DateTimeOffset realNow) => Status switch
    {
        WorkshopStatus.Preparing => realNow,
        WorkshopStatus.Running => ClockBase!.Value + (realNow - ClockAnchor!.Value),
        _ => ClockBase!.Value,
    };

    /// <summary>Moves the clock forward; the trainer uses it to make deadlines and follow-ups happen within an afternoon.</summary>
    public void Advance(TimeSpan by, DateTimeOffset realNow)
    {
        ClockBase = Now(realNow) + by;
        ClockAnchor = realNow;
    }

    public void Pause(DateTimeOffset realNow)
    {
        ClockBase = Now(realNow);
        ClockAnchor = realNow;
        Status = WorkshopStatus.Paused;
    }

    public void Resume(DateTimeOffset realNow)
    {
        ClockAnchor = realNow;
        Status = WorkshopStatus.Running;
    }
}

public enum WorkshopStatus
{
    Preparing,
    Running,
    Paused,
    Ended,
}

/// <summary>A team of trainees working one sandbox case.</summary>
public sealed class WorkshopTeam
{
    public long Id { get; set; }
    public long WorkshopId { get; set; }
    public required string Name { get; set; }
    public long? CaseId { get; set; }

    /// <summary>Set when the team's new sandbox case has no id yet.</summary>
    public Case? Case { get; set; }

    public List<WorkshopTrainee> Members { get; set; } = [];
}

public sealed class WorkshopTrainee
{
    public long Id { get; set; }
    public long TeamId { get; set; }
    public Guid UserId { get; set; }
    public User? User { get; set; }
}

/// <summary>A scripted event of the scenario that has happened, on schedule or fired early by the trainer.</summary>
public sealed class WorkshopEventFiring
{
    public long Id { get; set; }
    public long WorkshopId { get; set; }
    public required string EventId { get; set; }

    /// <summary>Workshop time.</summary>
    public DateTimeOffset FiredAt { get; set; }

    public bool FiredByTrainer { get; set; }
}
