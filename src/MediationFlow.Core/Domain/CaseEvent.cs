namespace MediationFlow.Core.Domain;

/// <summary>One entry of a case's history. Append-only: the case's state is always the replay of these.</summary>
public sealed class CaseEvent
{
    public long Id { get; set; }
    public long CaseId { get; set; }

    /// <summary>Set when the case is new and has no id yet; EF fills <see cref="CaseId"/> on save.</summary>
    public Case? Case { get; set; }

    /// <summary>1, 2, 3… per case; unique with the case id, so two writers cannot both append the same step.</summary>
    public int Sequence { get; set; }

    /// <summary>The round of mediation the event belongs to.</summary>
    public int Round { get; set; } = 1;

    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>Null when the system acted (a timer fired).</summary>
    public Guid? ActorId { get; set; }

    public required string Trigger { get; set; }
    public string? FromState { get; set; }
    public required string ToState { get; set; }
    public required string DefinitionId { get; set; }
    public int DefinitionVersion { get; set; }

    /// <summary>
    /// The action's parsed input as JSON. A confidential field holds only the marker <c>{"confidential":true}</c>:
    /// its text is a confidential note of the case.
    /// </summary>
    public string InputJson { get; set; } = "{}";
}
