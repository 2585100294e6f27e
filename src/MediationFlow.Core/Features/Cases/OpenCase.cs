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

/// <summary>
/// Intake: a mediator or the chair registers a dispute with its parties (one or more applicants and respondents),
/// the screening answers and, when known, where the case came from.
/// </summary>
public static class OpenCase
{
    /// <param name="ProceedingReference">A court or administrative proceeding the dispute is part of.</param>
    public sealed record Command(
        int CouncilId,
        DisputeCategory Category,
        string Description,
        bool AffectsThirdParties,
        bool PartyLacksCapacity,
        bool CorruptionOrPublicServiceOffence,
        IReadOnlyList<PartyDetails> Parties,
        bool StateBodyIsParty = false,
        ReferralSource? ReferralSource = null,
        string? ReferralNote = null,
        string? ProceedingReference = null) : ICommand<Opened>, ICouncilCaseworkRequest;

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
            RuleFor(c => c.Parties).Must(p => p is null || p.Any(x => x?.Role == PartyRole.Applicant))
                .WithErrorCode("needsApplicant").WithMessage(_ => Messages.NeedsApplicant);
            RuleFor(c => c.Parties).Must(p => p is null || p.Any(x => x?.Role == PartyRole.Respondent))
                .WithErrorCode("needsRespondent").WithMessage(_ => Messages.NeedsRespondent);
            Include(new ReferralValidator<Command>(c => c.ReferralSource, c => c.ReferralNote, c => c.ProceedingReference));
        }
    }

    public sealed class Handler(MediationDbContext db, WorkflowCatalog catalog, CaseClock clock, CaseOpening opening, CurrentActor current, CaseDefaults defaults)
        : ICommandHandler<Command, Opened>
    {
        public async ValueTask<Opened> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var actor = await current.GetAsync(cancellationToken);
            var council = await db.Councils.AsNoTracking().SingleOrDefaultAsync(c => c.Id == command.CouncilId, cancellationToken)
                ?? throw new NotFoundException(string.Format(CultureInfo.CurrentCulture, Messages.CouncilNotFound, command.CouncilId));
            if (council.ClosedAt is not null)
            {
                throw new ValidationFailedException([new FieldError("councilId", "councilClosed", string.Format(CultureInfo.CurrentCulture, Messages.CouncilClosed, council.Code))]);
            }

            var workflow = defaults.Workflow(catalog);
            var roles = command.Parties.Select((p, i) => CaseEdit.RoleAllowed(workflow, p.Role, $"parties[{i}].role")).OfType<FieldError>().ToList();
            if (roles.Count > 0)
            {
                throw new ValidationFailedException(roles);
            }

            var now = clock.Time.GetUtcNow();
            var year = workflow.Settings.Today(now).Year;
            var number = await CaseNumbers.NextAsync(db, council.Id, year, cancellationToken);

            var details = new NewCase(
                string.Create(CultureInfo.InvariantCulture, $"{council.Code}-{year}-{number:0000}"),
                council.Id,
                year,
                command.Category,
                command.Description.Trim(),
                new ScreeningAnswers(command.AffectsThirdParties, command.PartyLacksCapacity, command.CorruptionOrPublicServiceOffence),
                [.. command.Parties.Select(p => p.ToParty())],
                actor.Id);
            var @case = await opening.OpenAsync(details, workflow, now, cancellationToken);
            @case.StateBodyIsParty = command.StateBodyIsParty;
            Referral.CopyTo(@case, command.ReferralSource, command.ReferralNote, command.ProceedingReference);

            // Saved inside the command's transaction so the new id can be returned; the commit stays with the pipeline.
            await db.SaveChangesAsync(cancellationToken);
            return new Opened(@case.Id, @case.Number, @case.Version);
        }
    }
}

/// <summary>Which definition new cases start on: its latest released version, or the one pinned here.</summary>
/// <param name="Version">
/// A version to open cases on instead of the latest: tests of an unreleased draft, and the throughput benchmark,
/// whose walks are written for version 2.
/// </param>
public sealed record CaseDefaults(string DefinitionId, int? Version = null)
{
    public CompiledWorkflow Workflow(WorkflowCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return Version is { } pinned ? catalog.Get(DefinitionId, pinned) : catalog.Latest(DefinitionId);
    }
}
