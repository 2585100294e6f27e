using System.Globalization;
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

namespace MediationFlow.Core.Features.Register;

/// <summary>
/// Suspends, excludes or reinstates a mediator, with the day it took effect and the reason. Every change is kept: the
/// entry's history shows who was active when. A suspended or excluded mediator is offered for no case from then on.
/// </summary>
public static class ChangeMediatorStatus
{
    public sealed record Command(int CouncilId, int EntryId, MediatorStatus Status, DateOnly EffectiveOn, string Reason)
        : ICommand<Changed>, IRegisterKeeperRequest;

    public sealed record Changed(int EntryId, MediatorStatus Status, DateOnly EffectiveOn);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Status).KnownValue(() => Messages.RegisterStatusUnknown);
            RuleFor(c => c.Reason).RequiredText(500);
        }
    }

    public sealed class Handler(MediationDbContext db, CurrentActor current, CouncilTimeZones zones, TimeProvider clock) : ICommandHandler<Command, Changed>
    {
        public async ValueTask<Changed> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var entry = await RegisterFields.EntryAsync(db, command.CouncilId, command.EntryId, cancellationToken);
            if (entry.Status == command.Status)
            {
                throw new ValidationFailedException([new FieldError("status", "unchanged", Messages.RegisterStatusUnchanged)]);
            }

            if (command.EffectiveOn > await RegisterFields.TodayAsync(db, zones, clock, command.CouncilId, cancellationToken))
            {
                throw new ValidationFailedException([RegisterFields.FutureDate("effectiveOn")]);
            }

            // The history reads in the order things happened: a change cannot take effect before the one it follows.
            var latest = await db.MediatorStatusChanges.Where(c => c.EntryId == entry.Id).MaxAsync(c => (DateOnly?)c.EffectiveOn, cancellationToken);
            if (command.EffectiveOn < latest)
            {
                throw new ValidationFailedException([new FieldError("effectiveOn", "beforeLastChange",
                    string.Format(CultureInfo.CurrentCulture, Messages.RegisterStatusBeforeLast, latest.Value.ToString("d", CultureInfo.CurrentCulture)))]);
            }

            entry.Status = command.Status;
            db.MediatorStatusChanges.Add(new MediatorStatusChange
            {
                EntryId = entry.Id,
                Status = command.Status,
                EffectiveOn = command.EffectiveOn,
                Reason = command.Reason.Trim(),
                RecordedAt = clock.GetUtcNow(),
                RecordedById = current.UserId,
            });
            return new Changed(entry.Id, entry.Status, command.EffectiveOn);
        }
    }
}
