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

/// <summary>Corrects a participant's details.</summary>
public static class EditParticipant
{
    public sealed record Command(long CaseId, int ExpectedVersion, long ParticipantId, ParticipantDetails Participant) : ICommand<Edited>, ICaseRequest;

    public sealed record Edited(long CaseId, int Version) : ICaseResult;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.ExpectedVersion).GreaterThan(0).WithErrorCode("required").WithMessage(_ => Messages.Required);
            RuleFor(c => c.Participant).NotNull().WithErrorCode("required").WithMessage(_ => Messages.Required)
                .SetValidator(new ParticipantDetailsValidator());
        }
    }

    public sealed class Handler(MediationDbContext db, CaseActions actions, CurrentActor current, CaseClock clock) : ICommandHandler<Command, Edited>
    {
        public async ValueTask<Edited> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var actor = await current.GetAsync(cancellationToken);
            var @case = await CaseEdit.StartAsync(actions, command.CaseId, command.ExpectedVersion, actor, cancellationToken);
            await CaseEdit.RequireEditableAsync(actions, @case, actor, "participants", "participant", "participantsLocked", Messages.ParticipantsLocked, cancellationToken);
            var participant = Present(@case, command.ParticipantId);
            AddParticipant.RequireParty(@case, command.Participant);
            command.Participant.CopyTo(participant);
            CaseHistory.Append(db, @case, CaseHistory.ParticipantEdited, @case.State, actor.UserId, await clock.NowForAsync(@case, cancellationToken),
                new Dictionary<string, object> { ["participant"] = command.Participant });
            return new Edited(@case.Id, @case.Version);
        }
    }

    /// <summary>A participant of this case who still takes part.</summary>
    public static Participant Present(Case @case, long participantId)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var participant = @case.Participants.SingleOrDefault(p => p.Id == participantId)
            ?? throw new ValidationFailedException([new FieldError("participantId", "unknownParticipant", Messages.ParticipantNotFound)]);
        return participant.RemovedAt is null
            ? participant
            : throw new ValidationFailedException([new FieldError("participantId", "removed", Messages.ParticipantAlreadyRemoved)]);
    }
}
