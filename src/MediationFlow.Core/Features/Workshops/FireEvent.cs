using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Security;
using MediationFlow.Workflows.Scenarios;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Workshops;

/// <summary>The trainer makes a scripted event happen now instead of waiting for its day.</summary>
public static class FireEvent
{
    public sealed record Command(long WorkshopId, string EventId) : ICommand<DateTimeOffset>, IWorkshopRequest;

    public sealed class Handler(MediationDbContext db, ScenarioLibrary scenarios, TimeProvider time) : ICommandHandler<Command, DateTimeOffset>
    {
        public async ValueTask<DateTimeOffset> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var workshop = await db.Workshops.Include(w => w.FiredEvents).SingleAsync(w => w.Id == command.WorkshopId, cancellationToken);
            if (workshop.Status is WorkshopStatus.Preparing or WorkshopStatus.Ended)
            {
                throw new ValidationFailedException([new FieldError("workshopId", "notRunning", Messages.WorkshopNotRunning)]);
            }

            scenarios.TryGet(workshop.ScenarioId, out var scenario);
            if (scenario?.Events.Any(e => e.Id == command.EventId) != true)
            {
                throw new NotFoundException(Messages.UnknownScenarioEvent);
            }

            if (workshop.FiredEvents.Any(f => f.EventId == command.EventId))
            {
                throw new ValidationFailedException([new FieldError("eventId", "alreadyFired", Messages.ScenarioEventAlreadyFired)]);
            }

            var now = workshop.Now(time.GetUtcNow());
            workshop.FiredEvents.Add(new WorkshopEventFiring { EventId = command.EventId, FiredAt = now, FiredByTrainer = true });
            workshop.Version++;
            return now;
        }
    }
}
