using FluentValidation;
using MediationFlow.Core.Behaviours;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Security;
using MediationFlow.Core.Workflow;
using Mediator;

namespace MediationFlow.Core.Features.Representatives;

/// <summary>
/// A representative no longer acts for the party. They stay on record, since consents, signatures and attendance
/// may name them.
/// </summary>
public static class RemoveRepresentative
{
    public sealed record Command(long CaseId, int ExpectedVersion, long RepresentativeId) : ICommand<Removed>, ICaseRequest;

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
            await CaseEdit.RequireEditableAsync(actions, @case, actor, "representatives", "representative", "representativesLocked", Messages.RepresentativesLocked, cancellationToken);
            var representative = EditRepresentative.Acting(@case, command.RepresentativeId);
            var now = await clock.NowForAsync(@case, cancellationToken);
            representative.RemovedAt = now;
            CaseHistory.Append(db, @case, CaseHistory.RepresentativeRemoved, @case.State, actor.UserId, now,
                new Dictionary<string, object> { ["representative"] = new { representative.FullName }, ["party"] = CaseFactsBuilder.Key(representative.PartyId) });
            return new Removed(@case.Id, @case.Version);
        }
    }
}
