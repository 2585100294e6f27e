using System.Text.Json;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Security;
using MediationFlow.Core.Workflow;
using MediationFlow.Workflows.Engine;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Cases;

/// <summary>A case's timeline: every event, oldest first, with who acted and what they entered.</summary>
public static class GetHistory
{
    public sealed record Query(long CaseId) : IQuery<IReadOnlyList<HistoryEntry>>, ICaseRequest;

    public sealed record HistoryEntry(
        int Sequence, DateTimeOffset OccurredAt, Guid? ActorId, string? ActorName, string Trigger, string ActionName,
        string? FromState, string ToState, string ToStateName, int DefinitionVersion, JsonElement Input);

    public sealed class Handler(MediationDbContext db, WorkflowCatalog catalog) : IQueryHandler<Query, IReadOnlyList<HistoryEntry>>
    {
        public async ValueTask<IReadOnlyList<HistoryEntry>> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var events = await db.CaseEvents.AsNoTracking().Where(e => e.CaseId == query.CaseId).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
            var actorIds = events.Where(e => e.ActorId is not null).Select(e => e.ActorId!.Value).Distinct().ToList();
            var names = await db.Users.Where(u => actorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
            var language = ActionView.Language;
            return [.. events.Select(e =>
            {
                var workflow = catalog.Get(e.DefinitionId, e.DefinitionVersion);
                using var input = JsonDocument.Parse(e.InputJson);
                return new HistoryEntry(
                    e.Sequence, e.OccurredAt, e.ActorId, e.ActorId is { } id ? names.GetValueOrDefault(id) : null,
                    e.Trigger, CaseHistory.EventName(workflow, e.FromState, e.Trigger), e.FromState, e.ToState,
                    workflow.HasState(e.ToState) ? workflow.State(e.ToState).Name.For(language) : e.ToState,
                    e.DefinitionVersion, input.RootElement.Clone());
            })];
        }
    }
}
