using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Security;
using MediationFlow.Core.Workflow;
using MediationFlow.Workflows.Scenarios;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Workshops;

/// <summary>The trainer starts the workshop: its clock starts at day 0 and each team gets its sandbox case.</summary>
public static class StartWorkshop
{
    public sealed record Command(long WorkshopId) : ICommand<WorkshopStatus>, IWorkshopRequest;

    public sealed class Handler(MediationDbContext db, SandboxCases sandbox, ScenarioLibrary scenarios, TimeProvider time) : ICommandHandler<Command, WorkshopStatus>
    {
        public async ValueTask<WorkshopStatus> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            // One statement: a workshop being prepared has a handful of teams and no fired events yet.
            var workshop = await db.Workshops.Include(w => w.Teams).Include(w => w.FiredEvents).AsSingleQuery()
                .SingleAsync(w => w.Id == command.WorkshopId, cancellationToken);
            if (workshop.Status != WorkshopStatus.Preparing)
            {
                throw new ValidationFailedException([new FieldError("workshopId", "alreadyStarted", Messages.WorkshopAlreadyStarted)]);
            }

            if (workshop.Teams.Count == 0)
            {
                throw new ValidationFailedException([new FieldError("teams", "required", Messages.WorkshopNeedsTeam)]);
            }

            var now = time.GetUtcNow();
            workshop.StartedAt = now;
            workshop.ClockBase = now;
            workshop.ClockAnchor = now;
            workshop.Status = WorkshopStatus.Running;
            workshop.Version++;
            foreach (var team in workshop.Teams.Where(t => t.CaseId is null))
            {
                await sandbox.OpenAsync(workshop, team, cancellationToken);
            }

            scenarios.TryGet(workshop.ScenarioId, out var scenario);
            WorkshopEvents.FireDue(workshop, scenario!, now);
            return workshop.Status;
        }
    }
}
