using FluentValidation;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Security;
using MediationFlow.Core.Validation;
using MediationFlow.Core.Workflow;
using Mediator;

namespace MediationFlow.Core.Features.Register;

/// <summary>Corrects an entry's number, type, election date, languages and specialisations; its status changes only with a reason (<see cref="ChangeMediatorStatus"/>).</summary>
public static class EditRegisterEntry
{
    public sealed record Command(
        int CouncilId, int EntryId, string Number, MediatorType Type, DateOnly? ElectedOn,
        IReadOnlyList<string> Languages, IReadOnlyList<DisputeCategory> Specialisations) : ICommand<AddRegisterEntry.Saved>, IRegisterKeeperRequest;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Number).RequiredText(30);
            RuleFor(c => c.Type).KnownValue(() => Messages.RegisterTypeUnknown);
            RegisterFields.LanguagesRule(RuleFor(c => c.Languages));
            RegisterFields.SpecialisationsRule(RuleFor(c => c.Specialisations));
        }
    }

    public sealed class Handler(MediationDbContext db, CouncilTimeZones zones, TimeProvider clock) : ICommandHandler<Command, AddRegisterEntry.Saved>
    {
        public async ValueTask<AddRegisterEntry.Saved> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var entry = await RegisterFields.EntryAsync(db, command.CouncilId, command.EntryId, cancellationToken);
            var number = command.Number.Trim();
            await RegisterFields.RequireFreeNumberAsync(db, number, entry.Id, cancellationToken);
            if (command.ElectedOn > await RegisterFields.TodayAsync(db, zones, clock, command.CouncilId, cancellationToken))
            {
                throw new ValidationFailedException([RegisterFields.FutureDate("electedOn")]);
            }

            entry.Number = number;
            entry.Type = command.Type;
            entry.ElectedOn = command.ElectedOn;
            entry.Languages = RegisterFields.StoredLanguages(command.Languages);
            entry.Specialisations = RegisterFields.StoredCategories(command.Specialisations ?? []);
            return new AddRegisterEntry.Saved(entry.Id, entry.Number);
        }
    }
}
