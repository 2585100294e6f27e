using FluentValidation;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Security;
using MediationFlow.Workflows.Scenarios;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Workshops;

/// <summary>
/// The trainer controls the workshop clock: advance it by hours or days, pause it, resume it. Scripted
/// events that fall due are recorded; the sandbox cases' timers fire on the next pump round, which the
/// caller runs right after so the teams see the effect at once.
/// </summary>
public static class ChangeClock
{
    public enum Change
    {
        Advance,
        Pause,
        Resume,
    }

    /// <param name="By">For <see cref="Change.Advance"/>: hours and days, at most a year.</param>
    public sealed record Command(long WorkshopId, Change Change, TimeSpan? By = null) : ICommand<Clock>, IWorkshopRequest;

    public sealed record Clock(WorkshopStatus Status, DateTimeOffset Now, int Day);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Change).IsInEnum().WithErrorCode("unknownValue").WithMessage(_ => Messages.Required);
            RuleFor(c => c.By).NotNull().When(c => c.Change == Change.Advance).WithErrorCode("required").WithMessage(_ => Messages.Required);
            RuleFor(c => c.By).Must(by => by is null || (by > TimeSpan.Zero && by <= TimeSpan.FromDays(366)))
                .WithErrorCode("outOfRange").WithMessage(_ => Messages.ClockStepRange);
        }
    }

    public sealed class Handler(MediationDbContext db, ScenarioLibrary scenarios, TimeProvider time) : ICommandHandler<Command, Clock>
    {
        public async ValueTask<Clock> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var workshop = await db.Workshops.Include(w => w.FiredEvents).SingleAsync(w => w.Id == command.WorkshopId, cancellationToken);
            if (workshop.Status is WorkshopStatus.Preparing or WorkshopStatus.Ended)
            {
                throw new ValidationFailedException([new FieldError("workshopId", "notRunning", Messages.WorkshopNotRunning)]);
            }

            var real = time.GetUtcNow();
            switch (command.Change)
            {
                case Change.Advance:
                    workshop.Advance(command.By!.Value, real);
                    break;
                case Change.Pause when workshop.Status == WorkshopStatus.Running:
                    workshop.Pause(real);
                    break;
                case Change.Resume when workshop.Status == WorkshopStatus.Paused:
                    workshop.Resume(real);
                    break;
            }

            workshop.Version++;
            var now = workshop.Now(real);
            if (scenarios.TryGet(workshop.ScenarioId, out var scenario))
            {
                WorkshopEvents.FireDue(workshop, scenario, now);
            }

            return new Clock(workshop.Status, now, (int)(now - workshop.StartedAt!.Value).TotalDays);
        }
    }
}
