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
/// The trainer controls the workshop clock: move it forward by a step of days and hours, pause it, resume
/// it. Scripted events that fall due are recorded; the sandbox cases' timers fire when the caller follows
/// the change with <see cref="MediationFlow.Core.Timers.WorkshopChanges"/>, as the workshop page and the API do.
/// </summary>
public static class ChangeClock
{
    public enum Change
    {
        Advance,
        Pause,
        Resume,
    }

    /// <param name="Step">For <see cref="Change.Advance"/>: more than zero and at most a year.</param>
    public sealed record Command(long WorkshopId, Change Change, ClockStep? Step = null) : ICommand<Clock>, IWorkshopRequest;

    public sealed record Clock(WorkshopStatus Status, DateTimeOffset Now, int Day);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Change).IsInEnum().WithErrorCode("unknownValue").WithMessage(_ => Messages.Required);
            RuleFor(c => c.Step).NotNull().When(c => c.Change == Change.Advance).WithErrorCode("required").WithMessage(_ => Messages.Required);
            When(c => c.Step is not null, () =>
            {
                RuleFor(c => c.Step!.Days).InclusiveBetween(0, ClockStep.MaxDays).WithErrorCode("outOfRange").WithMessage(_ => Messages.ClockStepRange);
                RuleFor(c => c.Step!.Hours).InclusiveBetween(0, ClockStep.MaxDays * 24).WithErrorCode("outOfRange").WithMessage(_ => Messages.ClockStepRange);

                // The parts are checked one by one above; together they must still be a step forward of at most a year.
                RuleFor(c => c.Step).Must(step => !step!.PartsInRange || step.InRange)
                    .WithErrorCode("outOfRange").WithMessage(_ => Messages.ClockStepRange);
            });
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
                    workshop.Advance(command.Step!.Length, real);
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

/// <summary>How far the trainer moves a workshop clock, in days and hours as the trainer types it.</summary>
public sealed record ClockStep(int Days, int Hours = 0)
{
    /// <summary>A year, leap or not: the longest step.</summary>
    public const int MaxDays = 366;

    internal TimeSpan Length => TimeSpan.FromDays(Days) + TimeSpan.FromHours(Hours);

    internal bool PartsInRange => Days is >= 0 and <= MaxDays && Hours is >= 0 and <= MaxDays * 24;

    internal bool InRange => PartsInRange && Length > TimeSpan.Zero && Length <= TimeSpan.FromDays(MaxDays);
}
