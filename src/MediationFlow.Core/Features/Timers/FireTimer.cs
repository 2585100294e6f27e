using System.Text.Json;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Security;
using MediationFlow.Core.Workflow;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Timers;

/// <summary>
/// Fires one due timer as the system, in one transaction with the state change it causes. The timer
/// row's version makes a second pump's attempt fail instead of firing twice; on PostgreSQL the row is
/// claimed first, so another instance's pump passes over it while this one fires it.
/// </summary>
public static class FireTimer
{
    public sealed record Command(long TimerId) : ICommand<Outcome>, ISystemRequest;

    public enum Outcome
    {
        Fired,

        /// <summary>The workflow refused the trigger (the case moved on); the timer is closed with the reason.</summary>
        Skipped,

        /// <summary>The timer was no longer pending: fired or cancelled already.</summary>
        NotPending,

        /// <summary>Another instance's pump is firing it at this moment; nothing was read or written here.</summary>
        ClaimedElsewhere,
    }

    public sealed class Handler(MediationDbContext db, CaseActions actions, CurrentActor current, CaseClock clock) : ICommandHandler<Command, Outcome>
    {
        public async ValueTask<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            if (!await RowClaims.TimerAsync(db, command.TimerId, cancellationToken))
            {
                return Outcome.ClaimedElsewhere;
            }

            var timer = await db.DueTimers.SingleOrDefaultAsync(t => t.Id == command.TimerId, cancellationToken);
            if (timer is not { Status: TimerStatus.Pending })
            {
                return Outcome.NotPending;
            }

            var @case = await actions.LoadAsync(timer.CaseId, cancellationToken)
                ?? throw new InvalidOperationException($"Timer {timer.Id} belongs to no case.");
            var now = await clock.NowForAsync(@case, cancellationToken);
            timer.Status = TimerStatus.Fired;
            timer.CompletedAt = now;
            timer.Version++;
            var input = JsonSerializer.Deserialize<Dictionary<string, string?>>(timer.InputJson) ?? [];
            try
            {
                await actions.TakeAsync(@case, timer.Trigger, input, @case.Version, await current.GetAsync(cancellationToken), cancellationToken);
                return Outcome.Fired;
            }
            catch (MediationFlowException refused) when (refused is ActionRefusedException or ValidationFailedException or NotFoundException)
            {
                // The case left the timer's state without cancelling it, the data changed, or the definition no
                // longer has the trigger (not found): record why, do not retry forever nor hold up later timers.
                timer.Status = TimerStatus.Skipped;
                timer.Outcome = refused.Message.Length > 500 ? refused.Message[..500] : refused.Message;
                return Outcome.Skipped;
            }
        }
    }
}
