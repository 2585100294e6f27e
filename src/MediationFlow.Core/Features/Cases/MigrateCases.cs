using FluentValidation;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Security;
using MediationFlow.Core.Workflow;
using MediationFlow.Workflows.Engine;
using MediationFlow.Workflows.Migrations;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Cases;

/// <summary>
/// Moves running cases from one definition version to another along a validated plan. A dry run
/// unless applied; each moved case gets a history event, and its timers follow the new state.
/// </summary>
public static class MigrateCases
{
    public sealed record Command(MigrationPlan Plan, string PlanFile, bool Apply) : ICommand<Report>, ISystemRequest;

    public sealed record Report(IReadOnlyList<CaseMove> Moves, bool Applied)
    {
        public int Movable => Moves.Count(m => m.CanMove);
    }

    /// <summary>One case on the plan's old version, by the number people know it by: where it goes, or why it cannot move.</summary>
    public sealed record CaseMove(long CaseId, string Number, string FromState, string? ToState, string? Reason)
    {
        public bool CanMove => ToState is not null;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(WorkflowCatalog catalog)
        {
            RuleFor(c => c.Plan).NotNull().WithErrorCode("required").WithMessage(_ => Messages.Required);
            RuleFor(c => c).Custom((command, context) =>
            {
                foreach (var error in command.Plan?.Validate(catalog, command.PlanFile) ?? [])
                {
                    context.AddFailure(new FluentValidation.Results.ValidationFailure("map", error.ToString()) { ErrorCode = "invalidPlan" });
                }
            });
        }
    }

    public sealed class Handler(MediationDbContext db, WorkflowCatalog catalog, EffectWriter effects, CaseClock clock) : ICommandHandler<Command, Report>
    {
        public async ValueTask<Report> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var plan = command.Plan;
            var cases = await db.Cases
                // Sandbox cases stay on the version their scenario names; only real cases move.
                .Where(c => c.DefinitionId == plan.Definition && c.DefinitionVersion == plan.From && c.WorkshopId == null)
                .Include(c => c.Obligations)
                .OrderBy(c => c.Id)
                .ToListAsync(cancellationToken);
            var moves = plan.DryRun(catalog, cases.Select(c => new CaseState(CaseFactsBuilder.Key(c.Id), c.DefinitionId, c.DefinitionVersion, c.State)));
            var report = cases.Zip(moves, (c, m) => new CaseMove(c.Id, c.Number, c.State, m.ToState, m.Reason?.ToString())).ToList();
            if (!command.Apply)
            {
                return new Report(report, Applied: false);
            }

            var target = catalog.Get(plan.Definition, plan.To);
            foreach (var (@case, move) in cases.Zip(moves).Where(x => x.Second.CanMove))
            {
                var now = await clock.NowForAsync(@case, cancellationToken);
                var from = @case.State;
                var source = catalog.Get(@case.DefinitionId, @case.DefinitionVersion);
                @case.DefinitionVersion = plan.To;
                @case.State = move.ToState!;
                @case.Stage = target.State(move.ToState!).Stage;
                await effects.ApplyAsync(@case, target, RetimedEffects(source, target, from, move.ToState!, now), now, cancellationToken);
                CaseHistory.Append(db, @case, CaseHistory.Migrated, from, actorId: null, now,
                    new Dictionary<string, object> { ["fromVersion"] = plan.From, ["toVersion"] = plan.To });
            }

            return new Report(report, Applied: true);
        }

        /// <summary>
        /// Timers the new state has under the same id keep running (a deadline is not reset by a
        /// migration); timers the new state lacks are cancelled; new ones start now.
        /// </summary>
        private static List<Effect> RetimedEffects(CompiledWorkflow source, CompiledWorkflow target, string from, string to, DateTimeOffset now)
        {
            var old = source.TimersOf(from).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
            var next = target.TimersOf(to);
            var result = new List<Effect>();
            result.AddRange(old.Where(id => next.All(t => t.Id != id)).Select(id => new CancelTimer(id)));
            result.AddRange(next.Where(t => !old.Contains(t.Id) && t.After is not null)
                .Select(t => new StartTimer(t.Id, now + WorkflowSettings.ParseDuration(t.After), t.Fires)));
            return result;
        }
    }
}
