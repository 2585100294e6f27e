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

/// <summary>Corrects a representative's details or records the document of their authority; the party they act for stays.</summary>
public static class EditRepresentative
{
    public sealed record Command(long CaseId, int ExpectedVersion, long RepresentativeId, RepresentativeDetails Representative) : ICommand<Edited>, ICaseRequest;

    public sealed record Edited(long CaseId, int Version) : ICaseResult;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.ExpectedVersion).GreaterThan(0).WithErrorCode("required").WithMessage(_ => Messages.Required);
            RuleFor(c => c.Representative).NotNull().WithErrorCode("required").WithMessage(_ => Messages.Required)
                .SetValidator(new RepresentativeDetailsValidator());
        }
    }

    public sealed class Handler(MediationDbContext db, CaseActions actions, CurrentActor current, CaseClock clock) : ICommandHandler<Command, Edited>
    {
        public async ValueTask<Edited> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var actor = await current.GetAsync(cancellationToken);
            var @case = await CaseEdit.StartAsync(actions, command.CaseId, command.ExpectedVersion, actor, cancellationToken);
            await CaseEdit.RequireEditableAsync(actions, @case, actor, "representatives", "representative", "representativesLocked", Messages.RepresentativesLocked, cancellationToken);
            var representative = Acting(@case, command.RepresentativeId);
            var now = await clock.NowForAsync(@case, cancellationToken);
            command.Representative.RequireIssuedBy(actions.WorkflowOf(@case).Settings.Today(now), "representative");
            command.Representative.CopyTo(representative);
            CaseHistory.Append(db, @case, CaseHistory.RepresentativeEdited, @case.State, actor.UserId, now,
                new Dictionary<string, object> { ["representative"] = command.Representative, ["party"] = CaseFactsBuilder.Key(representative.PartyId) });
            return new Edited(@case.Id, @case.Version);
        }
    }

    /// <summary>A representative of this case who still acts for their party.</summary>
    public static Representative Acting(Case @case, long representativeId)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var representative = @case.Representatives.SingleOrDefault(r => r.Id == representativeId)
            ?? throw new ValidationFailedException([new FieldError("representativeId", "unknownRepresentative", Messages.RepresentativeNotFound)]);
        return representative.RemovedAt is null
            ? representative
            : throw new ValidationFailedException([new FieldError("representativeId", "removed", Messages.RepresentativeAlreadyRemoved)]);
    }
}
