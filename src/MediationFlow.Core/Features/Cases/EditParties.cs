using FluentValidation;
using MediationFlow.Core.Behaviours;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Security;
using MediationFlow.Core.Workflow;
using MediationFlow.Workflows.Engine;
using Mediator;

namespace MediationFlow.Core.Features.Cases;

/// <summary>
/// Adding or correcting a party during intake. Once mediation has started the parties are those who
/// signed the agreement on mediation, so the list is fixed.
/// </summary>
public static class EditParties
{
    /// <param name="PartyId">Null to add a party; otherwise the party to correct.</param>
    public sealed record Command(long CaseId, int ExpectedVersion, long? PartyId, PartyDetails Party) : ICommand<Edited>, ICaseRequest;

    public sealed record Edited(long CaseId, long PartyId, int Version) : ICaseResult;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.ExpectedVersion).GreaterThan(0).WithErrorCode("required").WithMessage(_ => Messages.Required);
            RuleFor(c => c.Party).NotNull().WithErrorCode("required").WithMessage(_ => Messages.Required)
                .SetValidator(new PartyDetailsValidator());
        }
    }

    public sealed class Handler(Persistence.MediationDbContext db, CaseActions actions, CurrentActor current, CaseClock clock)
        : ICommandHandler<Command, Edited>
    {
        public async ValueTask<Edited> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var actor = await current.GetAsync(cancellationToken);
            var @case = await CaseEdit.StartAsync(actions, command.CaseId, command.ExpectedVersion, actor, cancellationToken);
            await CaseEdit.RequireEditableAsync(actions, @case, actor, "parties", "party", "partiesLocked", Messages.PartiesLocked, cancellationToken);
            if (CaseEdit.RoleAllowed(actions.WorkflowOf(@case), command.Party.Role, "party.role") is { } role)
            {
                throw new ValidationFailedException([role]);
            }


            var party = command.PartyId is { } id
                ? @case.Parties.SingleOrDefault(p => p.Id == id)
                    ?? throw new ValidationFailedException([new FieldError("partyId", "unknownParty", Messages.PartyNotFound)])
                : new Domain.Party { FullName = command.Party.FullName };
            RequireApplicantAndRespondent([.. @case.Parties.Where(p => p != party).Select(p => p.Role), command.Party.Role]);
            command.Party.CopyTo(party);
            if (command.PartyId is null)
            {
                @case.Parties.Add(party);
            }

            var now = await clock.NowForAsync(@case, cancellationToken);
            var trigger = command.PartyId is null ? CaseHistory.PartyAdded : CaseHistory.PartyEdited;
            CaseHistory.Append(db, @case, trigger, @case.State, actor.UserId, now, new Dictionary<string, object> { ["party"] = command.Party });

            // Saved here so a new party's id can be returned; the pipeline commits.
            await db.SaveChangesAsync(cancellationToken);
            return new Edited(@case.Id, party.Id, @case.Version);
        }

        /// <summary>The rule intake starts with (at least one applicant and one respondent) holds after every change.</summary>
        private static void RequireApplicantAndRespondent(IReadOnlyList<PartyRole> roles)
        {
            if (!roles.Contains(PartyRole.Applicant))
            {
                throw new ValidationFailedException([new FieldError("party.role", "needsApplicant", Messages.NeedsApplicant)]);
            }

            if (!roles.Contains(PartyRole.Respondent))
            {
                throw new ValidationFailedException([new FieldError("party.role", "needsRespondent", Messages.NeedsRespondent)]);
            }
        }
    }
}
