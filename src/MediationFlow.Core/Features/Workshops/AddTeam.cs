using FluentValidation;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Security;
using MediationFlow.Core.Validation;
using MediationFlow.Core.Workflow;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Workshops;

/// <summary>The trainer adds a team of trainees (existing users, by user name). A team added to a running workshop gets its case at once.</summary>
public static class AddTeam
{
    public sealed record Command(long WorkshopId, string Name, IReadOnlyList<string> Trainees) : ICommand<Added>, IWorkshopRequest;

    public sealed record Added(long TeamId);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).RequiredText(100);
            RuleFor(c => c.Trainees).NotEmpty().WithErrorCode("required").WithMessage(_ => Messages.Required);
            RuleForEach(c => c.Trainees).NotEmpty().WithErrorCode("required").WithMessage(_ => Messages.Required);
        }
    }

    public sealed class Handler(MediationDbContext db, SandboxCases sandbox) : ICommandHandler<Command, Added>
    {
        public async ValueTask<Added> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var workshop = await db.Workshops.Include(w => w.Teams).SingleAsync(w => w.Id == command.WorkshopId, cancellationToken);
            if (workshop.Status == WorkshopStatus.Ended)
            {
                throw new ValidationFailedException([new FieldError("workshopId", "ended", Messages.WorkshopEnded)]);
            }

            var names = command.Trainees.Select(n => n.Trim().ToUpperInvariant()).Distinct().ToList();
            var users = await db.Users.Where(u => names.Contains(u.NormalizedUserName!)).Select(u => new { u.Id, u.NormalizedUserName }).ToListAsync(cancellationToken);
            var errors = command.Trainees
                .Select((name, i) => (name, i))
                .Where(x => !users.Any(u => string.Equals(u.NormalizedUserName, x.name.Trim(), StringComparison.OrdinalIgnoreCase)))
                .Select(x => new FieldError($"trainees[{x.i}]", "unknownUser", Messages.UnknownUser))
                .ToList();
            if (errors.Count > 0)
            {
                throw new ValidationFailedException(errors);
            }

            var team = new WorkshopTeam { Name = command.Name.Trim(), Members = [.. users.Select(u => new WorkshopTrainee { UserId = u.Id })] };
            workshop.Teams.Add(team);
            if (workshop.Status is WorkshopStatus.Running or WorkshopStatus.Paused)
            {
                await sandbox.OpenAsync(workshop, team, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            return new Added(team.Id);
        }
    }
}
