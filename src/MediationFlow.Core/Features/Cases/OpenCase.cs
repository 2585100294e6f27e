using System.Globalization;
using FluentValidation;
using MediationFlow.Core.Behaviours;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Security;
using MediationFlow.Core.Validation;
using MediationFlow.Core.Workflow;
using MediationFlow.Workflows.Engine;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Cases;

/// <summary>Intake: a mediator or the chair registers a dispute with its parties and the screening answers.</summary>
public static class OpenCase
{
    public sealed record Command(
        int CouncilId,
        DisputeCategory Category,
        string Description,
        bool AffectsThirdParties,
        bool PartyLacksCapacity,
        bool CorruptionOrPublicServiceOffence,
        IReadOnlyList<PartyDetails> Parties) : ICommand<Opened>, ICouncilCaseworkRequest;

    public sealed record Opened(long CaseId, string Number, int Version) : ICaseResult;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.CouncilId).GreaterThan(0).WithErrorCode("required").WithMessage(_ => Messages.Required);
            RuleFor(c => c.Category).KnownValue(() => Messages.UnknownCategory);
            RuleFor(c => c.Description).RequiredText(4000);
            RuleFor(c => c.Parties).NotNull().WithErrorCode("required").WithMessage(_ => Messages.Required);
            RuleForEach(c => c.Parties).NotNull().WithErrorCode("required").WithMessage(_ => Messages.Required)
                .SetValidator(new PartyDetailsValidator());

            // A missing party is reported above as its own item; these count the parties that are there.
            RuleFor(c => c.Parties).Must(p => p is null || p.Count(x => x?.Role == PartyRole.Applicant) == 1)
                .WithErrorCode("needsApplicant").WithMessage(_ => Messages.NeedsApplicant);
            RuleFor(c => c.Parties).Must(p => p is null || p.Any(x => x?.Role == PartyRole.Respondent))
                .WithErrorCode("needsRespondent").WithMessage(_ => Messages.NeedsRespondent);
        }
    }

    public sealed class Handler(MediationDbContext db, WorkflowCatalog catalog, CaseClock clock, EffectWriter effects, CurrentActor current, CaseDefaults defaults)
        : ICommandHandler<Command, Opened>
    {
        public async ValueTask<Opened> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var actor = await current.GetAsync(cancellationToken);
            var council = await db.Councils.AsNoTracking().SingleOrDefaultAsync(c => c.Id == command.CouncilId, cancellationToken)
                ?? throw new NotFoundException(string.Format(CultureInfo.CurrentCulture, Messages.CouncilNotFound, command.CouncilId));
            var workflow = catalog.Latest(defaults.DefinitionId);
            var now = clock.Time.GetUtcNow();
            var year = workflow.Settings.Today(now).Year;
            var number = await CaseNumbers.NextAsync(db, council.Id, year, cancellationToken);

            var @case = new Case
            {
                Number = string.Create(CultureInfo.InvariantCulture, $"{council.Code}-{year}-{number:0000}"),
                CouncilId = council.Id,
                Year = year,
                Category = command.Category,
                Description = command.Description.Trim(),
                AffectsThirdParties = command.AffectsThirdParties,
                PartyLacksCapacity = command.PartyLacksCapacity,
                CorruptionOrPublicServiceOffence = command.CorruptionOrPublicServiceOffence,
                DefinitionId = workflow.Definition.Id,
                DefinitionVersion = workflow.Definition.Version,
                State = workflow.Definition.Initial,
                Stage = workflow.State(workflow.Definition.Initial).Stage,
                RegisteredById = actor.Id,
                RegisteredAt = now,
                LastActivityAt = now,
            };
            foreach (var details in command.Parties)
            {
                var party = new Party { FullName = details.FullName };
                details.CopyTo(party);
                @case.Parties.Add(party);
            }

            db.Cases.Add(@case);
            await effects.ApplyAsync(@case, workflow, workflow.Start(CaseFactsBuilder.Build(@case), now), now, cancellationToken);
            CaseHistory.Append(db, @case, CaseHistory.Opened, fromState: null, actor.UserId, now);

            // Saved inside the command's transaction so the new id can be returned; the commit stays with the pipeline.
            await db.SaveChangesAsync(cancellationToken);
            return new Opened(@case.Id, @case.Number, @case.Version);
        }
    }
}

/// <summary>Which definition new cases start on.</summary>
public sealed record CaseDefaults(string DefinitionId);
