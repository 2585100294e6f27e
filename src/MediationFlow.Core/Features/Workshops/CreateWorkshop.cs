using FluentValidation;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Security;
using MediationFlow.Core.Validation;
using MediationFlow.Workflows.Scenarios;
using Mediator;

namespace MediationFlow.Core.Features.Workshops;

/// <summary>A trainer sets up a workshop on one of the scenarios, in a council where they are a trainer.</summary>
public static class CreateWorkshop
{
    public sealed record Command(int CouncilId, string ScenarioId, string Title) : ICommand<Created>, ICouncilTrainerRequest;

    public sealed record Created(long WorkshopId);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(ScenarioLibrary scenarios)
        {
            RuleFor(c => c.Title).RequiredText(200);
            RuleFor(c => c.ScenarioId).Must(id => id is not null && scenarios.TryGet(id, out _))
                .WithErrorCode("unknownScenario").WithMessage(_ => Messages.UnknownScenario);
        }
    }

    public sealed class Handler(MediationDbContext db, CurrentActor current, TimeProvider time) : ICommandHandler<Command, Created>
    {
        public async ValueTask<Created> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var actor = await current.GetAsync(cancellationToken);
            var workshop = new Workshop
            {
                ScenarioId = command.ScenarioId,
                Title = command.Title.Trim(),
                CouncilId = command.CouncilId,
                TrainerId = actor.Id,
                Status = WorkshopStatus.Preparing,
                CreatedAt = time.GetUtcNow(),
            };
            db.Workshops.Add(workshop);

            // Saved here so the new id can be returned; the pipeline commits.
            await db.SaveChangesAsync(cancellationToken);
            return new Created(workshop.Id);
        }
    }
}
