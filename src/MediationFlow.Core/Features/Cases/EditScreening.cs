using FluentValidation;
using MediationFlow.Core.Behaviours;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Security;
using MediationFlow.Core.Workflow;
using Mediator;

namespace MediationFlow.Core.Features.Cases;

/// <summary>
/// Correcting the screening answers during intake (Art. 1(2)–(4)): a ground found later is recorded here, and the
/// case is then closed as not mediable by its workflow action.
/// </summary>
public static class EditScreening
{
    public sealed record Command(
        long CaseId, int ExpectedVersion, bool AffectsThirdParties, bool PartyLacksCapacity, bool CorruptionOrPublicServiceOffence,
        bool StateBodyIsParty) : ICommand<Edited>, ICaseRequest;

    public sealed record Edited(long CaseId, int Version) : ICaseResult;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.ExpectedVersion).GreaterThan(0).WithErrorCode("required").WithMessage(_ => Messages.Required);
    }

    public sealed class Handler(MediationDbContext db, CaseActions actions, CurrentActor current, CaseClock clock) : ICommandHandler<Command, Edited>
    {
        public async ValueTask<Edited> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var actor = await current.GetAsync(cancellationToken);
            var @case = await CaseEdit.StartAsync(actions, command.CaseId, command.ExpectedVersion, actor, cancellationToken);
            await CaseEdit.RequireEditableAsync(actions, @case, actor, "screening", "screening", "screeningLocked", Messages.ScreeningLocked, cancellationToken);
            @case.AffectsThirdParties = command.AffectsThirdParties;
            @case.PartyLacksCapacity = command.PartyLacksCapacity;
            @case.CorruptionOrPublicServiceOffence = command.CorruptionOrPublicServiceOffence;
            @case.StateBodyIsParty = command.StateBodyIsParty;
            CaseHistory.Append(db, @case, CaseHistory.ScreeningEdited, @case.State, actor.UserId, await clock.NowForAsync(@case, cancellationToken),
                new Dictionary<string, object>
                {
                    ["affectsThirdParties"] = command.AffectsThirdParties,
                    ["partyLacksCapacity"] = command.PartyLacksCapacity,
                    ["corruptionOrPublicServiceOffence"] = command.CorruptionOrPublicServiceOffence,
                    ["stateBodyIsParty"] = command.StateBodyIsParty,
                });
            return new Edited(@case.Id, @case.Version);
        }
    }
}
