using System.Globalization;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Security;
using MediationFlow.Workflows.Engine;
using MediationFlow.Workflows.Scenarios;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Workshops;

/// <summary>
/// A workshop as its trainer watches it live (every team's stage and state, the clock, the scripted
/// events) or as a trainee sees it (the brief and their own team only).
/// </summary>
public static class GetWorkshop
{
    public sealed record Query(long WorkshopId) : IQuery<WorkshopView>, IWorkshopParticipantRequest;

    public sealed record WorkshopView(
        long Id, string Title, string ScenarioId, string ScenarioTitle, string Brief, WorkshopStatus Status, bool IsTrainer,
        DateTimeOffset Now, DateTimeOffset? StartedAt, int Day, int Hour, int Version,
        IReadOnlyList<TeamView> Teams, IReadOnlyList<EventView> Events, IReadOnlyList<RoleCard> RoleCards);

    public sealed record TeamView(
        long Id, string Name, IReadOnlyList<Trainee> Members, long? CaseId, string? CaseNumber, string? State, string? StateName,
        string? Stage, string? StageName, DateTimeOffset? Deadline, bool Overdue, bool IsClosed);

    public sealed record Trainee(Guid UserId, string Name);

    public sealed record EventView(string Id, int Day, int Hour, string Text, DateTimeOffset? DueAt, DateTimeOffset? FiredAt, bool FiredByTrainer);

    /// <summary>Shown to the trainer only, who hands them to the trainees playing the parties.</summary>
    public sealed record RoleCard(string Role, string Name, string Interests, string WillAccept, string WillNotAccept);

    public sealed class Handler(MediationDbContext db, WorkflowCatalog catalog, ScenarioLibrary scenarios, CurrentActor current, TimeProvider time)
        : IQueryHandler<Query, WorkshopView>
    {
        public async ValueTask<WorkshopView> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var actor = await current.GetAsync(cancellationToken);
            var workshop = await db.Workshops.AsNoTracking()
                .Include(w => w.Teams).ThenInclude(t => t.Members).ThenInclude(m => m.User)
                .Include(w => w.FiredEvents)
                .AsSplitQuery()
                .SingleAsync(w => w.Id == query.WorkshopId, cancellationToken);
            var isTrainer = workshop.TrainerId == actor.UserId;
            var teams = isTrainer ? workshop.Teams : [.. workshop.Teams.Where(t => t.Members.Any(m => m.UserId == actor.UserId))];
            var caseIds = teams.Where(t => t.CaseId is not null).Select(t => t.CaseId!.Value).ToList();
            var cases = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id))
                .Select(c => new { c.Id, c.Number, c.State, c.Stage, c.Deadline, c.IsClosed, c.DefinitionId, c.DefinitionVersion })
                .ToDictionaryAsync(c => c.Id, cancellationToken);

            var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
            var now = workshop.Now(time.GetUtcNow());
            var elapsed = workshop.StartedAt is { } start ? now - start : TimeSpan.Zero;
            scenarios.TryGet(workshop.ScenarioId, out var scenario);
            return new WorkshopView(
                workshop.Id, workshop.Title, workshop.ScenarioId, scenario?.Title.For(language) ?? workshop.ScenarioId, scenario?.Brief.For(language) ?? string.Empty,
                workshop.Status, isTrainer, now, workshop.StartedAt, (int)elapsed.TotalDays, elapsed.Hours, workshop.Version,
                [.. teams.OrderBy(t => t.Id).Select(t =>
                {
                    var c = t.CaseId is { } id ? cases.GetValueOrDefault(id) : null;
                    var workflow = c is null ? null : catalog.Get(c.DefinitionId, c.DefinitionVersion);
                    return new TeamView(
                        t.Id, t.Name, [.. t.Members.Select(m => new Trainee(m.UserId, m.User?.DisplayName ?? m.UserId.ToString()))], c?.Id, c?.Number, c?.State,
                        workflow?.State(c!.State).Name.For(language), c?.Stage, workflow?.StageOf(c!.State).Name.For(language),
                        c?.Deadline, c is { IsClosed: false, Deadline: { } d } && d <= now, c?.IsClosed ?? false);
                })],
                [.. (scenario?.Events ?? []).Select(e =>
                {
                    var fired = workshop.FiredEvents.FirstOrDefault(f => f.EventId == e.Id);
                    return new EventView(e.Id, e.Day, e.Hour, e.Text.For(language), workshop.StartedAt + e.Offset, fired?.FiredAt, fired?.FiredByTrainer ?? false);
                })],
                isTrainer && scenario is not null
                    ? [.. scenario.Parties.Select(p => new RoleCard(p.Role, p.Name, p.Interests.For(language), p.WillAccept.For(language), p.WillNotAccept.For(language)))]
                    : []);
        }
    }
}
