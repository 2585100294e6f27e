using System.Text.Json;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Persistence;
using MediationFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Workflow;

/// <summary>
/// Writes an accepted action's effects (timers, notifications, the round's dates, how the case ended, a new round) into
/// the same unit of work as the state change. The case's state is already the one the action leads to.
/// </summary>
public sealed class EffectWriter(MediationDbContext db)
{
    /// <summary>Per-obligation timers are named after the obligation so they can be found and cancelled together.</summary>
    public const string ObligationTimerPrefix = "obligationDue:";

    public async Task ApplyAsync(Case @case, CompiledWorkflow workflow, IReadOnlyList<Effect> effects, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(workflow);
        ArgumentNullException.ThrowIfNull(effects);
        if (effects.Count == 0)
        {
            return;
        }

        // The query filters on the database, but returns rows already tracked as this unit of work left
        // them: a timer being fired right now is still pending in the database and already Fired here.
        // Filtering again keeps it from being "cancelled" as its trigger leaves the timer's state.
        var pending = @case.Id == 0
            ? []
            : await PendingTimersOf.For(db)(db, @case.Id).Where(t => t.Status == TimerStatus.Pending).ToListAsync(cancellationToken);
        var deadlineTimers = workflow.DeadlineTimers;

        foreach (var effect in effects)
        {
            switch (effect)
            {
                case CancelTimer cancel:
                    if ((Cancel(pending, t => t.TimerId == cancel.TimerId, now) || !FiringNow(cancel.TimerId)) && deadlineTimers.Contains(cancel.TimerId))
                    {
                        // Also when it fired earlier: the case leaves the term, so its passed deadline no longer counts.
                        @case.Deadline = null;
                    }

                    break;
                case StartTimer start:
                    Cancel(pending, t => t.TimerId == start.TimerId, now);
                    pending.Add(Start(@case, start.TimerId, start.Fires, start.DueAt, "{}"));
                    if (deadlineTimers.Contains(start.TimerId))
                    {
                        @case.Deadline = start.DueAt;
                    }

                    break;
                case ScheduleObligationChecks schedule:
                    foreach (var obligation in @case.Obligations.Where(o => !o.Superseded && o.Status == ObligationStatus.Open))
                    {
                        var input = JsonSerializer.Serialize(new Dictionary<string, string> { ["obligation"] = CaseFactsBuilder.Key(obligation.Id) });
                        pending.Add(Start(@case, ObligationTimerPrefix + CaseFactsBuilder.Key(obligation.Id), schedule.Fires, workflow.Settings.EndOfDay(obligation.DueOn), input));
                    }

                    break;
                case CancelObligationChecks:
                    Cancel(pending, t => t.TimerId.StartsWith(ObligationTimerPrefix, StringComparison.Ordinal), now);
                    break;
                case StartKeyedTimer keyed:
                    var id = KeyedId(keyed.TimerId, keyed.Key);
                    Cancel(pending, t => t.TimerId == id, now);
                    pending.Add(Start(@case, id, keyed.Fires, keyed.DueAt, JsonSerializer.Serialize(keyed.Input)));
                    break;
                case CancelKeyedTimer keyed:
                    var prefix = KeyedId(keyed.TimerId, string.Empty);
                    Cancel(pending, t => keyed.Key is null ? t.TimerId.StartsWith(prefix, StringComparison.Ordinal) : t.TimerId == KeyedId(keyed.TimerId, keyed.Key), now);
                    break;
                case SetCaseDate date:
                    RoundDates.Set(RoundOf(@case, now), date.Name, date.Value);
                    break;
                case EndCase end:
                    @case.OutcomeReason = end.Reason;
                    if (@case.CurrentRound is { } ended)
                    {
                        ended.Outcome = @case.State;
                        ended.OutcomeReason = end.Reason;
                        ended.EndedAt = now;
                    }

                    break;
                case StartRound:
                    StartNextRound(@case, now);
                    break;
                case Notify notify when @case.WorkshopId is not null:
                    // Practice stays out of real inboxes; trainees and the trainer follow the workshop page.
                    break;
                case Notify notify:
                    foreach (var userId in await RecipientsAsync(@case, notify.Role, cancellationToken))
                    {
                        db.Notifications.Add(new Notification { Case = @case, UserId = userId, Template = notify.Template, CreatedAt = now });
                    }

                    break;
                default:
                    throw new InvalidOperationException($"No writer for effect {effect.GetType().Name}.");
            }
        }
    }

    /// <summary>
    /// The round the case's dates belong to. A case opened on or moved to a version that keeps dates has one; a case
    /// put on such a version some other way gets it with its first date rather than losing the date.
    /// </summary>
    private static MediationRound RoundOf(Case @case, DateTimeOffset now)
    {
        if (@case.CurrentRound is { } current)
        {
            return current;
        }

        var round = new MediationRound { CaseId = @case.Id, Number = @case.Round, OpenedAt = now };
        @case.Rounds.Add(round);
        return round;
    }

    /// <summary>The id of one instance of a timer started per obligation (or other reference): "obligationDue:42".</summary>
    public static string KeyedId(string timerId, string key) => timerId + ":" + key;

    /// <summary>
    /// A new round on the same case: fresh consents and a new agreement on mediation, so nothing of the last round
    /// counts, and the case is open again. The recorder of the request may have opened the round's row with who asked.
    /// </summary>
    private static void StartNextRound(Case @case, DateTimeOffset now)
    {
        var number = @case.Round + 1;
        if (!@case.Rounds.Any(r => r.Number == number))
        {
            @case.Rounds.Add(new MediationRound { CaseId = @case.Id, Number = number, OpenedAt = now });
        }

        @case.Round = number;
        @case.Extensions = 0;
        @case.IsClosed = false;
        @case.ClosedAt = null;
        @case.OutcomeReason = null;
        @case.AssignedMediatorId = null;
        @case.Deadline = null;
    }

    /// <summary>The timer of this id is the one being fired in this unit of work (its own action leaves its state).</summary>
    private bool FiringNow(string timerId) =>
        db.ChangeTracker.Entries<DueTimer>().Any(e => e.Entity.TimerId == timerId && e.Entity.Status == TimerStatus.Fired && e.State == EntityState.Modified);

    private DueTimer Start(Case @case, string timerId, string trigger, DateTimeOffset dueAt, string inputJson)
    {
        var timer = new DueTimer
        {
            Case = @case,
            TimerId = timerId,
            Trigger = trigger,
            DueAt = dueAt,
            InputJson = inputJson,
            Status = TimerStatus.Pending,
            WorkshopId = @case.WorkshopId,
        };
        db.DueTimers.Add(timer);
        return timer;
    }

    private static bool Cancel(List<DueTimer> pending, Func<DueTimer, bool> match, DateTimeOffset now)
    {
        var cancelled = pending.Where(match).ToList();
        foreach (var timer in cancelled)
        {
            timer.Status = TimerStatus.Cancelled;
            timer.CompletedAt = now;
            timer.Version++;
            pending.Remove(timer);
        }

        return cancelled.Count > 0;
    }

    private async Task<IReadOnlyList<Guid>> RecipientsAsync(Case @case, string role, CancellationToken cancellationToken) => role switch
    {
        RoleNames.Mediator => [@case.AssignedMediatorId ?? @case.RegisteredById],
        RoleNames.Chair => await ChairsOf.For(db)(db, @case.CouncilId).ToListAsync(cancellationToken),
        RoleNames.ReceivingChair when @case.PendingTransferCouncilId is { } receiving => await ChairsOf.For(db)(db, receiving).ToListAsync(cancellationToken),
        _ => [],
    };

    // Compiled, like the other queries of every command: translating them each time cost more than running them.
    private static readonly CompiledPerModel<Func<MediationDbContext, long, IAsyncEnumerable<DueTimer>>> PendingTimersOf = new(() => EF.CompileAsyncQuery(
        (MediationDbContext db, long caseId) => db.DueTimers.Where(t => t.CaseId == caseId && t.Status == TimerStatus.Pending)));

    private static readonly CompiledPerModel<Func<MediationDbContext, int, IAsyncEnumerable<Guid>>> ChairsOf = new(() => EF.CompileAsyncQuery(
        (MediationDbContext db, int councilId) => db.Memberships
            .Where(m => m.CouncilId == councilId && m.Role == CouncilRole.Chair)
            .Select(m => m.UserId).Distinct()));
}
