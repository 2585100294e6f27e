using System.Globalization;
using System.Text.Json;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Resources;
using MediationFlow.Workflows.Engine;

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

    /// <summary>
    /// The name of a history event in the reader's language: the workflow action it took, or one of the events
    /// outside the workflow (the case opened, a party added or corrected, a move to a new version).
    /// </summary>
    /// <param name="workflow">The definition version the event was recorded on.</param>
    public static string EventName(CompiledWorkflow workflow, string? fromState, string trigger)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        return trigger switch
        {
            Opened => Messages.EventOpened,
            PartyAdded => Messages.EventPartyAdded,
            PartyEdited => Messages.EventPartyEdited,
            Migrated => Messages.EventMigrated,
            _ => workflow.TryGetAction(fromState, trigger, out var action) ? action.Name.For(CultureInfo.CurrentUICulture) : trigger,
        };
    }

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
