using System.Globalization;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Security;
using MediationFlow.Core.Workflow;
using MediationFlow.Workflows.Engine;
using MediationFlow.Workflows.Scenarios;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Workshops;

/// <summary>
/// Per team: the case's timeline against the scenario's expected path, in workshop time — checkpoints
/// met or missed, deadlines missed, time spent in each stage.
/// </summary>
public static class GetDebrief
{
    public sealed record Query(long WorkshopId) : IQuery<Debrief>, IWorkshopRequest;

    public sealed record Debrief(long WorkshopId, string Title, string ScenarioTitle, string Notes, DateTimeOffset? StartedAt, DateTimeOffset Now, IReadOnlyList<TeamDebrief> Teams);

    public sealed record TeamDebrief(
        string Team, string? CaseNumber, string? FinalStateName, IReadOnlyList<Step> Timeline, IReadOnlyList<CheckpointOutcome> Checkpoints,
        IReadOnlyList<DateTimeOffset> DeadlinesMissed, IReadOnlyList<StageTime> TimePerStage);

    /// <summary>One history entry; <see cref="Elapsed"/> is workshop time since the start.</summary>
    public sealed record Step(TimeSpan Elapsed, string ActionName, string StateName, string? Actor);

    public sealed record CheckpointOutcome(string Id, string Name, bool Met, TimeSpan? MetAfter);

    public sealed record StageTime(string Stage, string StageName, TimeSpan Time);

    public sealed class Handler(MediationDbContext db, WorkflowCatalog catalog, ScenarioLibrary scenarios, TimeProvider time) : IQueryHandler<Query, Debrief>
    {
        public async ValueTask<Debrief> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var workshop = await db.Workshops.AsNoTracking().Include(w => w.Teams).SingleAsync(w => w.Id == query.WorkshopId, cancellationToken);
            scenarios.TryGet(workshop.ScenarioId, out var scenario);
            var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
            var now = workshop.Now(time.GetUtcNow());
            var start = workshop.StartedAt ?? now;
            var caseIds = workshop.Teams.Where(t => t.CaseId is not null).Select(t => t.CaseId!.Value).ToList();
            var events = await db.CaseEvents.AsNoTracking().Where(e => caseIds.Contains(e.CaseId)).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
            var actors = events.Where(e => e.ActorId is not null).Select(e => e.ActorId!.Value).Distinct().ToList();
            var names = await db.Users.Where(u => actors.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
            var numbers = await db.Cases.Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Number, cancellationToken);

            // Each firing of a timer the definition marks as a deadline is a missed deadline, listed at its due time: when
            // it fell due, not when the pump noticed (after the trainer's jump of a month the two are days apart).
            var versions = await db.Cases.Where(c => caseIds.Contains(c.Id)).Select(c => new { c.DefinitionId, c.DefinitionVersion }).Distinct().ToListAsync(cancellationToken);
            var deadlineTriggers = versions.SelectMany(v => catalog.Get(v.DefinitionId, v.DefinitionVersion).DeadlineTriggers).Distinct().ToList();
            var missed = (await db.DueTimers.AsNoTracking()
                    .Where(t => caseIds.Contains(t.CaseId) && deadlineTriggers.Contains(t.Trigger) && t.Status == TimerStatus.Fired)
                    .Select(t => new { t.CaseId, t.DueAt })
                    .ToListAsync(cancellationToken))
                .ToLookup(t => t.CaseId, t => t.DueAt);

            var teams = workshop.Teams.OrderBy(t => t.Id).Select(team =>
            {
                var history = events.Where(e => e.CaseId == team.CaseId).ToList();
                if (history.Count == 0 || scenario is null)
                {
                    return new TeamDebrief(team.Name, null, null, [], [], [], []);
                }

                var workflow = catalog.Get(history[0].DefinitionId, history[^1].DefinitionVersion);
                var steps = history.Select(e => new HistoryStep(e.Trigger, e.FromState, e.ToState, e.OccurredAt)).ToList();
                return new TeamDebrief(
                    team.Name,
                    numbers.GetValueOrDefault(team.CaseId!.Value),
                    workflow.State(history[^1].ToState).Name.For(language),
                    [.. history.Select(e => new Step(
                        e.OccurredAt - start,
                        CaseHistory.EventName(workflow, e.FromState, e.Trigger),
                        workflow.State(e.ToState).Name.For(language),
                        e.ActorId is { } id ? names.GetValueOrDefault(id) : null))],
                    [.. CheckpointEvaluator.Evaluate(scenario, steps, start).Select(r =>
                        new CheckpointOutcome(r.Checkpoint.Id, r.Checkpoint.Name.For(language), r.Met, r.MetAt - start))],
                    [.. missed[team.CaseId!.Value].Order()],
                    TimePerStage(workflow, history, now, language));
            }).ToList();

            return new Debrief(workshop.Id, workshop.Title, scenario?.Title.For(language) ?? workshop.ScenarioId,
                scenario?.Debrief.For(language) ?? string.Empty, workshop.StartedAt, now, teams);
        }

        /// <summary>Each stage's share of the workshop time, from the moments the case entered and left it.</summary>
        private static List<StageTime> TimePerStage(CompiledWorkflow workflow, List<Domain.CaseEvent> history, DateTimeOffset now, string language)
        {
            var totals = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
            for (var i = 0; i < history.Count; i++)
            {
                var stage = workflow.State(history[i].ToState).Stage;
                var until = i + 1 < history.Count ? history[i + 1].OccurredAt : now;
                totals[stage] = totals.GetValueOrDefault(stage) + (until - history[i].OccurredAt);
            }

            return [.. workflow.Definition.Stages.Where(s => totals.ContainsKey(s.Id)).Select(s => new StageTime(s.Id, s.Name.For(language), totals[s.Id]))];
        }
    }
}
