using MediationFlow.Core.Domain;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Security;
using MediationFlow.Workflows.Scenarios;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Workshops;

/// <summary>
/// The timer pump lets a running workshop's scripted events happen on schedule as its clock runs; on PostgreSQL
/// the workshop's row is claimed first, so with several instances one of them fires what fell due.
/// </summary>
public static class FireDueEvents
{
    public sealed record Command(long WorkshopId) : ICommand<int>, ISystemRequest;

    public sealed class Handler(MediationDbContext db, ScenarioLibrary scenarios, TimeProvider time) : ICommandHandler<Command, int>
    {
        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            if (!await RowClaims.WorkshopAsync(db, command.WorkshopId, cancellationToken))
            {
                // Another instance's pump is firing this workshop's events right now.
                return 0;
            }

            // Null when the trainer deleted the workshop since the pump listed it (or with the change just made).
            var workshop = await db.Workshops.Include(w => w.FiredEvents).SingleOrDefaultAsync(w => w.Id == command.WorkshopId, cancellationToken);
            if (workshop is not { Status: WorkshopStatus.Running } || !scenarios.TryGet(workshop.ScenarioId, out var scenario))
            {
                return 0;
            }

            var before = workshop.FiredEvents.Count;
            WorkshopEvents.FireDue(workshop, scenario, workshop.Now(time.GetUtcNow()));
            if (workshop.FiredEvents.Count > before)
            {
                workshop.Version++;
            }

            return workshop.FiredEvents.Count - before;
        }
    }
}
