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

namespace MediationFlow.Core.Features.Representatives;

/// <summary>Records someone who acts for a party, with the document of their authority, at any time the case is open.</summary>
public static class AddRepresentative
{
    public sealed record Command(long CaseId, int ExpectedVersion, long PartyId, RepresentativeDetails Representative) : ICommand<Added>, ICaseRequest;

    public sealed record Added(long CaseId, long RepresentativeId, int Version) : ICaseResult;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.ExpectedVersion).GreaterThan(0).WithErrorCode("required").WithMessage(_ => Messages.Required);
            RuleFor(c => c.Representative).NotNull().WithErrorCode("required").WithMessage(_ => Messages.Required)
                .SetValidator(new RepresentativeDetailsValidator());
        }
    }

    public sealed class Handler(MediationDbContext db, CaseActions actions, CurrentActor current, CaseClock clock) : ICommandHandler<Command, Added>
    {
        public async ValueTask<Added> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var actor = await current.GetAsync(cancellationToken);
            var @case = await CaseEdit.StartAsync(actions, command.CaseId, command.ExpectedVersion, actor, cancellationToken);
            await CaseEdit.RequireEditableAsync(actions, @case, actor, "representatives", "representative", "representativesLocked", Messages.RepresentativesLocked, cancellationToken);
            if (@case.Parties.All(p => p.Id != command.PartyId))
            {
                throw new ValidationFailedException([new FieldError("partyId", "unknownParty", Messages.PartyNotFound)]);
            }

            var now = await clock.NowForAsync(@case, cancellationToken);
            command.Representative.RequireIssuedBy(actions.WorkflowOf(@case).Settings.Today(now), "representative");
            var representative = new Representative { CaseId = @case.Id, PartyId = command.PartyId, FullName = command.Representative.FullName };
            command.Representative.CopyTo(representative);
            @case.Representatives.Add(representative);
            CaseHistory.Append(db, @case, CaseHistory.RepresentativeAdded, @case.State, actor.UserId, now,
                new Dictionary<string, object> { ["representative"] = command.Representative, ["party"] = CaseFactsBuilder.Key(command.PartyId) });

            // Saved here so the new representative's id can be returned; the pipeline commits.
            await db.SaveChangesAsync(cancellationToken);
            return new Added(@case.Id, representative.Id, @case.Version);
        }
    }
}
