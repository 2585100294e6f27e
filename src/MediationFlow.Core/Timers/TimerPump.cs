using MediationFlow.Core.Behaviours;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Timers;
using MediationFlow.Core.Features.Workshops;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Security;
using MediationFlow.Core.Telemetry;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MediationFlow.Core.Timers;

/// <summary>
/// Finds due timers and fires each through the mediator in its own scope and transaction. Safe to run
/// in several processes at once and to restart at any point: a timer fires only if its row is still
/// pending when the firing transaction commits.
/// </summary>
public sealed partial class TimerPump(IServiceScopeFactory scopes, TimeProvider time, ProductMetrics metrics, ILogger<TimerPump> logger)
{
    public const int BatchSize = 100;

    /// <summary>Fires every timer due now; returns how many this pump fired.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await RunRoundAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            metrics.TimerPumpFailed();
            throw;
        }
    }

    private async Task<int> RunRoundAsync(CancellationToken cancellationToken)
    {
        List<long> running;
        await using (var scope = scopes.CreateAsyncScope())
        {
            running = await scope.ServiceProvider.GetRequiredService<MediationDbContext>().Workshops.AsNoTracking()
                .Where(w => w.Status == WorkshopStatus.Running).Select(w => w.Id).ToListAsync(cancellationToken);
        }

        foreach (var workshopId in running)
        {
            await FireWorkshopEventsAsync(workshopId, cancellationToken);
        }

        var due = await DueTimerIdsAsync(workshopId: null, cancellationToken);
        metrics.TimersFoundDue(due.Count);
        return await FireAllAsync(due, cancellationToken);
    }

    /// <summary>
    /// What fell due on one workshop's clock: its scripted events and its sandbox cases' timers, and nothing
    /// of real cases or other workshops. Returns how many timers it fired.
    /// </summary>
    public async Task<int> CatchUpAsync(long workshopId, CancellationToken cancellationToken)
    {
        await FireWorkshopEventsAsync(workshopId, cancellationToken);
        return await FireAllAsync(await DueTimerIdsAsync(workshopId, cancellationToken), cancellationToken);
    }

    private async Task<int> FireAllAsync(IReadOnlyList<long> timerIds, CancellationToken cancellationToken)
    {
        var fired = 0;
        foreach (var timerId in timerIds)
        {
            if (await FireAsync(timerId, cancellationToken) == FireTimer.Outcome.Fired)
            {
                fired++;
            }
        }

        return fired;
    }

    /// <summary>Scripted events of a running workshop that fell due as its clock ran.</summary>
    private async Task FireWorkshopEventsAsync(long workshopId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().ActAsSystem();
        try
        {
            await scope.ServiceProvider.GetRequiredService<ISender>().Send(new FireDueEvents.Command(workshopId), cancellationToken);
        }
        catch (Exception e) when (e is ConflictException or TimerAlreadyHandledException or Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            // The trainer changed the workshop at the same moment; the next round catches up.
            LogHandledConcurrently(logger, workshopId, e.Message);
        }
    }

    /// <summary>
    /// Real cases' timers on real time and each running workshop's sandbox timers on that workshop's clock;
    /// or, given a workshop, only that workshop's.
    /// </summary>
    private async Task<IReadOnlyList<long>> DueTimerIdsAsync(long? workshopId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MediationDbContext>();
        var now = time.GetUtcNow();
        var due = workshopId is null
            ? await db.DueTimers.AsNoTracking()
                .Where(t => t.Status == TimerStatus.Pending && t.WorkshopId == null && t.DueAt <= now)
                .OrderBy(t => t.DueAt).Select(t => t.Id).Take(BatchSize)
                .ToListAsync(cancellationToken)
            : [];
        var workshops = await db.Workshops.AsNoTracking()
            .Where(w => w.Status == WorkshopStatus.Running || w.Status == WorkshopStatus.Paused)
            .Where(w => workshopId == null || w.Id == workshopId)
            .ToListAsync(cancellationToken);
        foreach (var workshop in workshops)
        {
            var workshopNow = workshop.Now(now);
            due.AddRange(await db.DueTimers.AsNoTracking()
                .Where(t => t.Status == TimerStatus.Pending && t.WorkshopId == workshop.Id && t.DueAt <= workshopNow)
                .OrderBy(t => t.DueAt).Select(t => t.Id).Take(BatchSize)
                .ToListAsync(cancellationToken));
        }

        return due;
    }

    private async Task<FireTimer.Outcome?> FireAsync(long timerId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().ActAsSystem();
        try
        {
            var outcome = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new FireTimer.Command(timerId), cancellationToken);
            metrics.TimerHandled(outcome switch
            {
                FireTimer.Outcome.Fired => "fired",
                FireTimer.Outcome.Skipped => "skipped",
                _ => "conflict",
            });
            return outcome;
        }
        catch (Exception e) when (e is ConflictException or TimerAlreadyHandledException)
        {
            // Another pump, or a person acting on the case, got there first; nothing was written.
            metrics.TimerHandled("conflict");
            LogHandledConcurrently(logger, timerId, e.Message);
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A defect in one timer must not hold up every timer due after it; it stays pending and is retried.
            metrics.TimerHandled("failed");
            LogFailed(logger, timerId, e);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Timer {TimerId} could not be fired; it stays pending.")]
    private static partial void LogFailed(ILogger logger, long timerId, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Timer {TimerId} was handled concurrently: {Reason}")]
    private static partial void LogHandledConcurrently(ILogger logger, long timerId, string reason);
}
