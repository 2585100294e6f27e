using FluentValidation;
using MediationFlow.Core.Behaviours;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Security;
using MediationFlow.Core.Workflow;
using Mediator;

namespace MediationFlow.Core.Features.Participants;

/// <summary>A participant no longer takes part; the case goes on, and keeps them on record for the sessions they attended.</summary>
public static class RemoveParticipant
{
    public sealed record Command(long CaseId, int ExpectedVersion, long ParticipantId) : ICommand<Removed>, ICaseRequest;

    public sealed record Removed(long CaseId, int Version) : ICaseResult;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.ExpectedVersion).GreaterThan(0).WithErrorCode("required").WithMessage(_ => Messages.Required);
    }

    public sealed class Handler(MediationDbContext db, CaseActions actions, CurrentActor current, CaseClock clock) : ICommandHandler<Command, Removed>
    {
        public async ValueTask<Removed> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var actor = await current.GetAsync(cancellationToken);
            var @case = await CaseEdit.StartAsync(actions, command.CaseId, command.ExpectedVersion, actor, cancellationToken);
            await CaseEdit.RequireEditableAsync(actions, @case, actor, "participants", "participant", "participantsLocked", Messages.ParticipantsLocked, cancellationToken);
            var participant = EditParticipant.Present(@case, command.ParticipantId);
            var now = await clock.NowForAsync(@case, cancellationToken);
            participant.RemovedAt = now;
            CaseHistory.Append(db, @case, CaseHistory.ParticipantRemoved, @case.State, actor.UserId, now,
                new Dictionary<string, object> { ["participant"] = new { participant.FullName } });
            return new Removed(@case.Id, @case.Version);
        }
    }
}
