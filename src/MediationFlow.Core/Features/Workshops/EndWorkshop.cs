using MediationFlow.Core.Domain;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Workshops;

/// <summary>The trainer ends the workshop: the clock stops for good and the sandbox cases stay for the debrief.</summary>
public static class EndWorkshop
{
    public sealed record Command(long WorkshopId) : ICommand<WorkshopStatus>, IWorkshopRequest;

    public sealed class Handler(MediationDbContext db, TimeProvider time) : ICommandHandler<Command, WorkshopStatus>
    {
        public async ValueTask<WorkshopStatus> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var workshop = await db.Workshops.SingleAsync(w => w.Id == command.WorkshopId, cancellationToken);
            // Also a workshop that never started: its clock stops at the moment it ends, so it can still be opened.
            if (workshop.Status != WorkshopStatus.Ended)
            {
                var real = time.GetUtcNow();
                workshop.ClockBase = workshop.Now(real);
                workshop.ClockAnchor = real;
            }

            workshop.Status = WorkshopStatus.Ended;
            workshop.Version++;
            return workshop.Status;
        }
    }
}
