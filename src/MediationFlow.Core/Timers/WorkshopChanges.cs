using MediationFlow.Core.Security;
using Mediator;

namespace MediationFlow.Core.Timers;

/// <summary>
/// A trainer's change to a workshop and what follows it: whatever then falls due on that workshop's clock
/// (scripted events, its sandbox cases' timers) happens at once, so the trainer sees deadlines pass as they
/// click. Real cases and other workshops wait for the timer pump's own round.
/// </summary>
public sealed class WorkshopChanges(ISender sender, TimerPump pump)
{
    public async ValueTask<TResponse> SendAsync<TResponse>(ICommand<TResponse> command, CancellationToken cancellationToken)
    {
        if (command is not IWorkshopRequest workshop)
        {
            throw new ArgumentException($"{command?.GetType().Name} is not a change to a workshop.", nameof(command));
        }

        var response = await sender.Send(command, cancellationToken);
        await pump.CatchUpAsync(workshop.WorkshopId, cancellationToken);
        return response;
    }
}
