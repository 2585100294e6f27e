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
/// Enters one of the council's mediators in the register, active from the day of election (or today): the council that
/// elected them keeps the entry.
/// </summary>
public static class AddRegisterEntry
{
    public sealed record Command(
        int CouncilId, string UserName, string Number, MediatorType Type, DateOnly? ElectedOn,
        IReadOnlyList<string> Languages, IReadOnlyList<DisputeCategory> Specialisations) : ICommand<Saved>, IRegisterKeeperRequest;

    public sealed record Saved(int EntryId, string Number);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.UserName).RequiredText(50);
            RuleFor(c => c.Number).RequiredText(30);
            RuleFor(c => c.Type).KnownValue(() => Messages.RegisterTypeUnknown);
            RegisterFields.LanguagesRule(RuleFor(c => c.Languages));
            RegisterFields.SpecialisationsRule(RuleFor(c => c.Specialisations));
        }
    }

    public sealed class Handler(MediationDbContext db, CurrentActor current, CouncilTimeZones zones, TimeProvider clock) : ICommandHandler<Command, Saved>
    {
        public async ValueTask<Saved> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var normalized = command.UserName.Trim().ToUpperInvariant();
            var person = await db.Users.Where(u => u.NormalizedUserName == normalized)
                .Select(u => new
                {
                    u.Id,
                    Mediates = u.Memberships.Any(m => m.CouncilId == command.CouncilId && m.Role == CouncilRole.Mediator),
                    Registered = db.MediatorRegister.Any(e => e.UserId == u.Id),
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (person is not { Mediates: true })
            {
                throw new ValidationFailedException([new FieldError("userName", "notCouncilMediator", Messages.RegisterNotCouncilMediator)]);
            }

            if (person.Registered)
            {
                throw new ValidationFailedException([new FieldError("userName", "alreadyRegistered", Messages.RegisterAlreadyEntered)]);
            }

            var number = command.Number.Trim();
            await RegisterFields.RequireFreeNumberAsync(db, number, null, cancellationToken);
            var today = await RegisterFields.TodayAsync(db, zones, clock, command.CouncilId, cancellationToken);
            if (command.ElectedOn > today)
            {
                throw new ValidationFailedException([RegisterFields.FutureDate("electedOn")]);
            }

            var entry = new MediatorRegisterEntry
            {
                Number = number,
                UserId = person.Id,
                CouncilId = command.CouncilId,
                Type = command.Type,
                ElectedOn = command.ElectedOn,
                Status = MediatorStatus.Active,
                Languages = RegisterFields.StoredLanguages(command.Languages),
                Specialisations = RegisterFields.StoredCategories(command.Specialisations ?? []),
            };
            entry.StatusChanges.Add(new MediatorStatusChange
            {
                Status = MediatorStatus.Active,
                EffectiveOn = command.ElectedOn ?? today,
                RecordedAt = clock.GetUtcNow(),
                RecordedById = current.UserId,
            });
            db.MediatorRegister.Add(entry);
            await db.SaveChangesAsync(cancellationToken);
            return new Saved(entry.Id, entry.Number);
        }
    }
}
