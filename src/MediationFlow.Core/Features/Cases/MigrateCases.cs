using System.Globalization;
using FluentValidation;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Features.Cases.Migration;
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
/// Moves running cases from one definition version to another along a validated plan. A dry run unless applied: it
/// reads only each case's number and state, so it covers a database of any size at once. Applying moves one batch of
/// cases per command (one transaction each): each moved case gets a history event, and its timers follow the new state.
/// </summary>
public static class MigrateCases
{
    public const int DefaultBatchSize = 1000;

    /// <summary>A batch is one transaction: larger ones would hold the database's write lock for too long.</summary>
    public const int MaxBatchSize = 10_000;

    /// <param name="AfterCaseId">Apply: the batch starts after this case (the previous batch's <see cref="Report.NextAfterCaseId"/>).</param>
    public sealed record Command(MigrationPlan Plan, string PlanFile, bool Apply, long AfterCaseId = 0, int BatchSize = DefaultBatchSize)
        : ICommand<Report>, ISystemRequest;

    public sealed record Report(IReadOnlyList<CaseMove> Moves, bool Applied)
    {
        public int Movable => Moves.Count(m => m.CanMove);

        /// <summary>Per state of the new version: the moved cases whose term has already ended (a version that keeps a term).</summary>
        public IReadOnlyDictionary<string, int> TermPassed { get; init; } = new Dictionary<string, int>();

        /// <summary>Apply: the last case of a full batch, to continue after; null when no case is left.</summary>
        public long? NextAfterCaseId { get; init; }
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
            RuleFor(c => c.BatchSize).InclusiveBetween(1, MaxBatchSize).WithErrorCode("outOfRange")
                .WithMessage(_ => string.Format(CultureInfo.CurrentCulture, Messages.BatchSizeRange, MaxBatchSize));
            RuleFor(c => c).Custom((command, context) =>
            {
                foreach (var error in command.Plan?.Validate(catalog, command.PlanFile) ?? [])
                {
                    context.AddFailure(new FluentValidation.Results.ValidationFailure("map", error.ToString()) { ErrorCode = "invalidPlan" });
                }
            });
        }
    }

    public sealed class Handler(MediationDbContext db, WorkflowCatalog catalog, EffectWriter effects, CaseClock clock, CouncilTimeZones zones)
        : ICommandHandler<Command, Report>
    {
        public async ValueTask<Report> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            return command.Apply ? await ApplyAsync(command, cancellationToken) : await DryRunAsync(command.Plan, cancellationToken);
        }

        // Sandbox cases stay on the version their scenario names; only real cases move.
        private IQueryable<Case> OnSource(MigrationPlan plan) =>
            db.Cases.Where(c => c.DefinitionId == plan.Definition && c.DefinitionVersion == plan.From && c.WorkshopId == null);

        private async Task<Report> DryRunAsync(MigrationPlan plan, CancellationToken cancellationToken)
        {
            var cases = await OnSource(plan).AsNoTracking().OrderBy(c => c.Id)
                .Select(c => new { c.Id, c.Number, c.State, c.IsClosed, c.Deadline, c.CouncilId }).ToListAsync(cancellationToken);
            var moves = plan.DryRun(catalog, cases.Select(c => new CaseState(CaseFactsBuilder.Key(c.Id), plan.Definition, plan.From, c.State)));
            var report = cases.Zip(moves, (c, m) => new CaseMove(c.Id, c.Number, c.State, m.ToState, m.Reason?.ToString())).ToList();
            if (!CommunityMediationV2ToV3.Fills(plan.Definition, plan.From, plan.To))
            {
                return new Report(report, Applied: false);
            }

            // The term the new version keeps running: passed already for how many cases, per state they arrive in.
            var target = catalog.Get(plan.Definition, plan.To);
            var term = target.Settings.Duration("term");
            var open = cases.Where(c => !c.IsClosed).Select(c => c.Id).ToHashSet();
            var started = (await db.MediationAgreements.AsNoTracking().Where(a => OnSource(plan).Any(c => c.Id == a.CaseId && !c.IsClosed))
                    .Select(a => new { a.CaseId, a.SignedAt }).ToListAsync(cancellationToken))
                .GroupBy(a => a.CaseId).ToDictionary(g => g.Key, g => g.Max(a => a.SignedAt));
            var passed = new Dictionary<string, int>(StringComparer.Ordinal);
            var now = clock.Time.GetUtcNow();
            foreach (var (row, move) in cases.Zip(report).Where(x => x.Second.CanMove && open.Contains(x.First.Id)))
            {
                var zone = await zones.OfAsync(db, row.CouncilId, cancellationToken);
                var ends = started.TryGetValue(row.Id, out var at) ? CommunityMediationV2ToV3.TermEndsOn(row.Deadline, at, zone, term) : null;
                if (ends is { } end && end < CaseFactsBuilder.LocalDate(now, zone) && target.TimersOf(move.ToState!).Any(t => t.Deadline))
                {
                    passed[move.ToState!] = passed.GetValueOrDefault(move.ToState!) + 1;
                }
            }

            return new Report(report, Applied: false) { TermPassed = passed };
        }

        private async Task<Report> ApplyAsync(Command command, CancellationToken cancellationToken)
        {
            var plan = command.Plan;
            var cases = await OnSource(plan).Where(c => c.Id > command.AfterCaseId).OrderBy(c => c.Id).Take(command.BatchSize)
                .Include(c => c.Parties).Include(c => c.Representatives).Include(c => c.Participants).Include(c => c.Rounds)
                .Include(c => c.Consents).Include(c => c.Declarations).Include(c => c.MediationAgreements)
                .Include(c => c.Sessions).ThenInclude(s => s.Attendance).Include(c => c.Obligations)
                .Include(c => c.Settlements).ThenInclude(s => s.Signatures).Include(c => c.CourtProceedings)
                .AsSplitQuery()
                .ToListAsync(cancellationToken);
            var moves = plan.DryRun(catalog, cases.Select(c => new CaseState(CaseFactsBuilder.Key(c.Id), c.DefinitionId, c.DefinitionVersion, c.State)));
            var report = cases.Zip(moves, (c, m) => new CaseMove(c.Id, c.Number, c.State, m.ToState, m.Reason?.ToString())).ToList();
            var target = catalog.Get(plan.Definition, plan.To);
            var fills = CommunityMediationV2ToV3.Fills(plan.Definition, plan.From, plan.To);
            var ids = cases.Select(c => c.Id).ToList();
            var assigned = !fills ? [] : (await db.CaseEvents.AsNoTracking().Where(e => ids.Contains(e.CaseId) && e.Trigger == "assignMediator")
                    .Select(e => new { e.CaseId, e.OccurredAt }).ToListAsync(cancellationToken))
                .GroupBy(e => e.CaseId).ToDictionary(g => g.Key, g => g.Max(e => e.OccurredAt));
            foreach (var (@case, move) in cases.Zip(moves).Where(x => x.Second.CanMove))
            {
                var now = await clock.NowForAsync(@case, cancellationToken);
                var from = @case.State;
                var source = catalog.Get(@case.DefinitionId, @case.DefinitionVersion);
                @case.DefinitionVersion = plan.To;
                @case.State = move.ToState!;
                @case.Stage = target.State(move.ToState!).Stage;
                if (fills)
                {
                    var zone = await zones.OfAsync(db, @case.CouncilId, cancellationToken);
                    CommunityMediationV2ToV3.Fill(@case, zone, target.Settings.Duration("term"), assigned.TryGetValue(@case.Id, out var at) ? at : null);
                    await effects.ApplyAsync(@case, target, ArrivingEffects(plan, source, target, from, move.ToState!, CaseFactsBuilder.Build(@case, zone), now), now, cancellationToken);
                }
                else
                {
                    await effects.ApplyAsync(@case, target, RetimedEffects(source, target, from, move.ToState!, now), now, cancellationToken);
                }

                CaseHistory.Append(db, @case, CaseHistory.Migrated, from, actorId: null, now,
                    new Dictionary<string, object> { ["fromVersion"] = plan.From, ["toVersion"] = plan.To });
            }

            return new Report(report, Applied: true) { NextAfterCaseId = cases.Count == command.BatchSize ? cases[^1].Id : null };
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
                .Select(t => new StartTimer(t.Id, now + target.Settings.Duration(t.After!), t.Fires)));
            return result;
        }

        /// <summary>
        /// A version that keeps dates times the new state's timers from the case's dates. A timer the old state also had
        /// keeps running as it was (or stays fired); the old state's others stop; a new one already due fires now, and one
        /// the plan delays no sooner than that long after the move (so that an extension agreed in time can still be
        /// recorded before a passed term expires the case).
        /// </summary>
        private static List<Effect> ArrivingEffects(
            MigrationPlan plan, CompiledWorkflow source, CompiledWorkflow target, string from, string to, CaseFacts facts, DateTimeOffset now)
        {
            var old = source.TimersOf(from).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
            var next = target.TimersOf(to).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
            var result = new List<Effect>();
            result.AddRange(old.Where(id => !next.Contains(id)).Select(id => new CancelTimer(id)));
            DateTimeOffset Due(string timer, DateTimeOffset due) =>
                plan.Delay.TryGetValue(timer, out var delay) && due < now + target.Settings.Duration(delay) ? now + target.Settings.Duration(delay)
                : due < now ? now : due;
            foreach (var effect in target.Arrive(to, facts, now, plan.Enter.Contains(from)))
            {
                switch (effect)
                {
                    case StartTimer start when !old.Contains(start.TimerId):
                        result.Add(start with { DueAt = Due(start.TimerId, start.DueAt) });
                        break;
                    case StartTimer:
                        break;
                    case StartKeyedTimer keyed:
                        result.Add(keyed with { DueAt = Due(keyed.TimerId, keyed.DueAt) });
                        break;
                    default:
                        result.Add(effect);
                        break;
                }
            }

            return result;
        }
    }
}
