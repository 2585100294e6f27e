using System.Text.Json;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Persistence;
using MediationFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Workflow;

/// <summary>Writes an accepted action's effects (timers, notifications) into the same unit of work as the state change.</summary>
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
            : await PendingTimersOf(db, @case.Id).Where(t => t.Status == TimerStatus.Pending).ToListAsync(cancellationToken);
        var deadlineTimers = workflow.Definition.Timers.Where(t => t.Deadline).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);

        foreach (var effect in effects)
        {
            switch (effect)
            {
                case CancelTimer cancel:
                    if (Cancel(pending, t => t.TimerId == cancel.TimerId, now) && deadlineTimers.Contains(cancel.TimerId))
                    {
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
        RoleNames.Chair => await ChairsOf(db, @case.CouncilId).ToListAsync(cancellationToken),
        _ => [],
    };

    // Compiled, like the other queries of every command: translating them each time cost more than running them.
    private static readonly Func<MediationDbContext, long, IAsyncEnumerable<DueTimer>> PendingTimersOf = EF.CompileAsyncQuery(
        (MediationDbContext db, long caseId) => db.DueTimers.Where(t => t.CaseId == caseId && t.Status == TimerStatus.Pending));

    private static readonly Func<MediationDbContext, int, IAsyncEnumerable<Guid>> ChairsOf = EF.CompileAsyncQuery(
        (MediationDbContext db, int councilId) => db.Memberships
            .Where(m => m.CouncilId == councilId && m.Role == CouncilRole.Chair)
            .Select(m => m.UserId).Distinct());
}
