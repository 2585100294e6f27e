using System.Text.Json;
using System.Text.Json.Nodes;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Security;
using MediationFlow.Core.Workflow;
using MediationFlow.Workflows.Engine;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Cases;

/// <summary>
/// A case's timeline: every event, oldest first, with who acted and what they entered. A confidential field
/// reads <c>{"confidential":true,"text":"…"}</c> for the case's mediator and <c>{"confidential":true}</c> for everyone else.
/// </summary>
public static class GetHistory
{
    public sealed record Query(long CaseId) : IQuery<IReadOnlyList<HistoryEntry>>, ICaseRequest;

    public sealed record HistoryEntry(
        int Sequence, DateTimeOffset OccurredAt, Guid? ActorId, string? ActorName, string Trigger, string ActionName,
        string? FromState, string ToState, string ToStateName, int DefinitionVersion, JsonElement Input)
    {
        /// <summary>The round of mediation the event belongs to.</summary>
        public int Round { get; init; } = 1;
    }

    public sealed class Handler(MediationDbContext db, WorkflowCatalog catalog, CaseLoader cases, CurrentActor current)
        : IQueryHandler<Query, IReadOnlyList<HistoryEntry>>
    {
        public async ValueTask<IReadOnlyList<HistoryEntry>> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var actor = await current.GetAsync(cancellationToken);
            var @case = await cases.LoadAsync(query.CaseId, cancellationToken)
                ?? throw new NotFoundException(query.CaseId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var notes = await ConfidentialNotes.ForCaseAsync(db, @case, actor, cancellationToken);
            var events = await db.CaseEvents.AsNoTracking().Where(e => e.CaseId == query.CaseId).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
            var actorIds = events.Where(e => e.ActorId is not null).Select(e => e.ActorId!.Value).Distinct().ToList();
            var names = await db.Users.Where(u => actorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
            var language = ActionView.Language;
            var notesByEvent = notes.ToLookup(n => n.Key.Sequence, n => (n.Key.Field, n.Value.View));
            return [.. events.Select(e =>
            {
                var workflow = catalog.Get(e.DefinitionId, e.DefinitionVersion);
                return new HistoryEntry(
                    e.Sequence, e.OccurredAt, e.ActorId, e.ActorId is { } id ? names.GetValueOrDefault(id) : null,
                    e.Trigger, CaseHistory.EventName(workflow, e.FromState, e.Trigger), e.FromState, e.ToState,
                    workflow.HasState(e.ToState) ? workflow.State(e.ToState).Name.For(language) : e.ToState,
                    e.DefinitionVersion, Input(e.InputJson, notesByEvent[e.Sequence]))
                {
                    Round = e.Round,
                };
            })];
        }

        /// <summary>The stored input with each confidential marker as this reader may see it.</summary>
        private static JsonElement Input(string json, IEnumerable<(string Field, ConfidentialNoteView View)> notes)
        {
            var input = JsonNode.Parse(json)!.AsObject();
            foreach (var (field, view) in notes)
            {
                input[field] = view.Text is null
                    ? new JsonObject { ["confidential"] = true }
                    : new JsonObject { ["confidential"] = true, ["text"] = view.Text };
            }

            return JsonSerializer.SerializeToElement(input);
        }
    }
}
