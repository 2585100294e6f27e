using System.Text.Json;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Persistence;

namespace MediationFlow.Core.Workflow;

/// <summary>
/// The only way a case changes: each change bumps the case's version and appends the matching
/// history event, so the version always equals the number of events.
/// </summary>
public static class CaseHistory
{
    /// <summary>The trigger name of a case's first event, which has no state before it.</summary>
    public const string Opened = "open";

    /// <summary>Events that change the case's data but not its state.</summary>
    public const string PartyAdded = "addParty";
    public const string PartyEdited = "editParty";
    public const string Migrated = "migrate";

    public static CaseEvent Append(
        MediationDbContext db, Case @case, string trigger, string? fromState, Guid? actorId, DateTimeOffset now,
        IReadOnlyDictionary<string, object>? input = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(@case);
        @case.Version++;
        @case.LastActivityAt = now;
        var entry = new CaseEvent
        {
            Case = @case,
            Sequence = @case.Version,
            OccurredAt = now,
            ActorId = actorId,
            Trigger = trigger,
            FromState = fromState,
            ToState = @case.State,
            DefinitionId = @case.DefinitionId,
            DefinitionVersion = @case.DefinitionVersion,
            InputJson = input is null ? "{}" : JsonSerializer.Serialize(input),
        };
        db.CaseEvents.Add(entry);

        return entry;
    }
}
