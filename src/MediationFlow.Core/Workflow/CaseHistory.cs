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
    public const string ScreeningEdited = "editScreening";
    public const string ReferralEdited = "editReferral";
    public const string RepresentativeAdded = "addRepresentative";
    public const string RepresentativeEdited = "editRepresentative";
    public const string RepresentativeRemoved = "removeRepresentative";
    public const string ParticipantAdded = "addParticipant";
    public const string ParticipantEdited = "editParticipant";
    public const string ParticipantRemoved = "removeParticipant";
    public const string Migrated = "migrate";

    /// <summary>Every event outside the workflow that changes the case's data but not its state.</summary>
    public static readonly IReadOnlySet<string> DataEvents = new HashSet<string>(StringComparer.Ordinal)
    {
        PartyAdded, PartyEdited, ScreeningEdited, ReferralEdited, RepresentativeAdded, RepresentativeEdited, RepresentativeRemoved,
        ParticipantAdded, ParticipantEdited, ParticipantRemoved, Migrated,
    };

    /// <summary>
    /// The name of a history event in the reader's language: the workflow action it took, or one of the events
    /// outside the workflow (the case opened, its parties, representatives, participants, screening or referral
    /// changed, a move to a new version).
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
            ScreeningEdited => Messages.ScreeningEdited,
            ReferralEdited => Messages.ReferralEdited,
            RepresentativeAdded => Messages.RepresentativeAdded,
            RepresentativeEdited => Messages.RepresentativeEdited,
            RepresentativeRemoved => Messages.RepresentativeRemoved,
            ParticipantAdded => Messages.ParticipantAdded,
            ParticipantEdited => Messages.ParticipantEdited,
            ParticipantRemoved => Messages.ParticipantRemoved,
            Migrated => Messages.EventMigrated,
            _ => workflow.TryGetAction(fromState, trigger, out var action) ? action.Name.For(CultureInfo.CurrentUICulture) : trigger,
        };
    }

    /// <summary>
    /// Appends the next history event. Each field named in <paramref name="confidentialFields"/> that has a value is
    /// written as a confidential note and stored in the event as the marker <c>{"confidential":true}</c> only.
    /// </summary>
    public static CaseEvent Append(
        MediationDbContext db, Case @case, string trigger, string? fromState, Guid? actorId, DateTimeOffset now,
        IReadOnlyDictionary<string, object>? input = null, IReadOnlyCollection<string>? confidentialFields = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(@case);
        @case.Version++;
        @case.LastActivityAt = now;
        var entry = new CaseEvent
        {
            Case = @case,
            Sequence = @case.Version,
            Round = @case.Round,
            OccurredAt = now,
            ActorId = actorId,
            Trigger = trigger,
            FromState = fromState,
            ToState = @case.State,
            DefinitionId = @case.DefinitionId,
            DefinitionVersion = @case.DefinitionVersion,
            InputJson = input is null ? "{}" : JsonSerializer.Serialize(Scrubbed(db, @case, entry: (@case.Version, actorId, now), input, confidentialFields ?? [])),
        };
        db.CaseEvents.Add(entry);

        return entry;
    }

    /// <summary>What a confidential field holds in a history event instead of its text.</summary>
    public static readonly IReadOnlyDictionary<string, bool> ConfidentialMarker = new Dictionary<string, bool> { ["confidential"] = true };

    /// <summary>The input with each confidential text moved to a note of its own.</summary>
    private static IReadOnlyDictionary<string, object> Scrubbed(
        MediationDbContext db, Case @case, (int Sequence, Guid? Author, DateTimeOffset At) entry,
        IReadOnlyDictionary<string, object> input, IReadOnlyCollection<string> confidentialFields)
    {
        var notes = confidentialFields.Where(f => input.TryGetValue(f, out var value) && value is string { Length: > 0 }).ToList();
        if (notes.Count == 0)
        {
            return input;
        }

        var scrubbed = new Dictionary<string, object>(input, StringComparer.Ordinal);
        var session = input.TryGetValue("session", out var id) && long.TryParse(id as string, CultureInfo.InvariantCulture, out var sessionId) ? sessionId : (long?)null;
        foreach (var field in notes)
        {
            db.ConfidentialNotes.Add(new ConfidentialNote
            {
                CaseId = @case.Id,
                Round = @case.Round,
                Sequence = entry.Sequence,
                Field = field,
                SessionId = session,
                Text = (string)input[field],
                AuthorId = entry.Author,
                RecordedAt = entry.At,
            });
            scrubbed[field] = ConfidentialMarker;
        }

        return scrubbed;
    }
}
