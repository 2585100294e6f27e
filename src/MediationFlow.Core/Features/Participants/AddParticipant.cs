using FluentValidation;
using MediationFlow.Core.Behaviours;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Security;
using MediationFlow.Core.Workflow;
using Mediator;

namespace MediationFlow.Core.Features.Participants;

/// <summary>
/// Records a support person, interpreter or expert who will attend sessions. They are no party: they never
/// consent, sign or carry obligations, and their leaving does not end the case.
/// </summary>
public static class AddParticipant
{
    public sealed record Command(long CaseId, int ExpectedVersion, ParticipantDetails Participant) : ICommand<Added>, ICaseRequest;

    public sealed record Added(long CaseId, long ParticipantId, int Version) : ICaseResult;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.ExpectedVersion).GreaterThan(0).WithErrorCode("required").WithMessage(_ => Messages.Required);
            RuleFor(c => c.Participant).NotNull().WithErrorCode("required").WithMessage(_ => Messages.Required)
                .SetValidator(new ParticipantDetailsValidator());
        }
    }

    public sealed class Handler(MediationDbContext db, CaseActions actions, CurrentActor current, CaseClock clock) : ICommandHandler<Command, Added>
    {
        public async ValueTask<Added> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var actor = await current.GetAsync(cancellationToken);
            var @case = await CaseEdit.StartAsync(actions, command.CaseId, command.ExpectedVersion, actor, cancellationToken);
            await CaseEdit.RequireEditableAsync(actions, @case, actor, "participants", "participant", "participantsLocked", Messages.ParticipantsLocked, cancellationToken);
            RequireParty(@case, command.Participant);
            var participant = new Participant { CaseId = @case.Id, FullName = command.Participant.FullName };
            command.Participant.CopyTo(participant);
            @case.Participants.Add(participant);
            CaseHistory.Append(db, @case, CaseHistory.ParticipantAdded, @case.State, actor.UserId, await clock.NowForAsync(@case, cancellationToken),
                new Dictionary<string, object> { ["participant"] = command.Participant });

            // Saved here so the new participant's id can be returned; the pipeline commits.
            await db.SaveChangesAsync(cancellationToken);
            return new Added(@case.Id, participant.Id, @case.Version);
        }
    }

    /// <summary>The party a participant accompanies must be one of the case's.</summary>
    public static void RequireParty(Case @case, ParticipantDetails participant)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(participant);
        if (participant.AccompaniesPartyId is { } party && @case.Parties.All(p => p.Id != party))
        {
            throw new ValidationFailedException([new FieldError("participant.accompaniesPartyId", "unknownParty", Messages.PartyNotFound)]);
        }
    }
}
