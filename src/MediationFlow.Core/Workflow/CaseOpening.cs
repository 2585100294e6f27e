using MediationFlow.Core.Domain;
using MediationFlow.Core.Persistence;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Core.Workflow;

/// <summary>What a new case is opened with; the workflow gives it the rest (state, stage, timers).</summary>
/// <param name="Workshop">Set for a training workshop's sandbox case, which lives on the workshop's clock.</param>
public sealed record NewCase(
    string Number,
    int CouncilId,
    int Year,
    DisputeCategory Category,
    string Description,
    ScreeningAnswers Screening,
    IReadOnlyList<Party> Parties,
    Guid RegisteredById,
    Workshop? Workshop = null);

/// <summary>
/// The one way a case comes into being, real or sandbox: in the workflow's initial state, with its parties,
/// the effects of entering that state and the "opened" history event, all in the caller's unit of work.
/// </summary>
public sealed class CaseOpening(MediationDbContext db, EffectWriter effects)
{
    public async Task<Case> OpenAsync(NewCase details, CompiledWorkflow workflow, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(workflow);
        var @case = new Case
        {
            Number = details.Number,
            CouncilId = details.CouncilId,
            Year = details.Year,
            Category = details.Category,
            Description = details.Description,
            AffectsThirdParties = details.Screening.AffectsThirdParties,
            PartyLacksCapacity = details.Screening.PartyLacksCapacity,
            CorruptionOrPublicServiceOffence = details.Screening.CorruptionOrPublicServiceOffence,
            DefinitionId = workflow.Definition.Id,
            DefinitionVersion = workflow.Definition.Version,
            State = workflow.Definition.Initial,
            Stage = workflow.State(workflow.Definition.Initial).Stage,
            RegisteredById = details.RegisteredById,
            RegisteredAt = now,
            LastActivityAt = now,
            Workshop = details.Workshop,
            Parties = [.. details.Parties],
        };

        // From version 3 the legal dates are kept per round of mediation, the first opened with the case.
        if (workflow.Definition.Dates.Count > 0)
        {
            @case.Rounds.Add(new MediationRound { Number = 1, OpenedAt = now });
        }

        db.Cases.Add(@case);
        await effects.ApplyAsync(@case, workflow, workflow.Start(CaseFactsBuilder.Build(@case), now), now, cancellationToken);
        CaseHistory.Append(db, @case, CaseHistory.Opened, fromState: null, details.RegisteredById, now);
        return @case;
    }
}
