using MediationFlow.Workflows.Definitions;

namespace MediationFlow.Workflows.Scenarios;

/// <summary>
/// A training scenario: a realistic dispute with role cards for the parties, events on the workshop
/// clock, the checkpoints of a good path and notes for the debrief. Read from workflows/scenarios/.
/// </summary>
public sealed record Scenario
{
    public required string Id { get; init; }
    public required LocalizedText Title { get; init; }
    public required LocalizedText Brief { get; init; }
    public required DefinitionReference Definition { get; init; }
    public required ScenarioCase Case { get; init; }
    public IReadOnlyList<ScenarioParty> Parties { get; init; } = [];
    public IReadOnlyList<ScriptedEvent> Events { get; init; } = [];
    public IReadOnlyList<Checkpoint> Checkpoints { get; init; } = [];
    public required LocalizedText Debrief { get; init; }
}

/// <summary>The workflow definition and version the sandbox cases run on.</summary>
public sealed record DefinitionReference(string Id, int Version);

/// <summary>What the sandbox case is registered with.</summary>
public sealed record ScenarioCase
{
    /// <summary>A dispute category code as definitions name them, e.g. "landAndBoundaries".</summary>
    public required string Category { get; init; }

    public required LocalizedText Description { get; init; }
    public bool AffectsThirdParties { get; init; }
    public bool PartyLacksCapacity { get; init; }
    public bool CorruptionOrPublicServiceOffence { get; init; }
}

/// <summary>A party of the dispute and the card the trainee playing them reads.</summary>
public sealed record ScenarioParty
{
    /// <summary>applicant, respondent or other; from version 3, where only applicants and respondents are parties, "other" attends as a participant.</summary>
    public required string Role { get; init; }

    public required string Name { get; init; }
    public required LocalizedText Interests { get; init; }
    public required LocalizedText WillAccept { get; init; }
    public required LocalizedText WillNotAccept { get; init; }
}

/// <summary>Something that happens on the workshop clock ("day 3: the respondent misses the session").</summary>
public sealed record ScriptedEvent
{
    public required string Id { get; init; }

    /// <summary>Workshop day, counted from the workshop's start (day 0).</summary>
    public required int Day { get; init; }

    /// <summary>Hour of that day; the workshop starts at hour 0 of day 0.</summary>
    public int Hour { get; init; }

    public required LocalizedText Text { get; init; }

    public TimeSpan Offset => TimeSpan.FromDays(Day) + TimeSpan.FromHours(Hour);
}

/// <summary>A mark of a good path, checked against the sandbox case's history at the debrief.</summary>
public sealed record Checkpoint
{
    public required string Id { get; init; }
    public required LocalizedText Name { get; init; }

    /// <summary>happens, before, reaches, neverReaches or neverHappens.</summary>
    public required string Kind { get; init; }

    /// <summary>The action that must happen ("happens"), happen first ("before"), or never happen ("neverHappens").</summary>
    public string? Trigger { get; init; }

    /// <summary>For "before": the action that must come after <see cref="Trigger"/>.</summary>
    public string? Then { get; init; }

    /// <summary>For "reaches" and "neverReaches": the state.</summary>
    public string? State { get; init; }

    /// <summary>For "reaches": the workshop days allowed from the start.</summary>
    public int? WithinDays { get; init; }
}
