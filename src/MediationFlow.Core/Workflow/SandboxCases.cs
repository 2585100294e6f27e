using System.Globalization;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Persistence;
using MediationFlow.Workflows.Engine;
using MediationFlow.Workflows.Scenarios;

namespace MediationFlow.Core.Workflow;

/// <summary>
/// Opens a team's sandbox case from the workshop's scenario: the same workflow and the same pages as a
/// real case, but numbered apart ("WS12-2"), filed under the workshop and living on its clock.
/// </summary>
public sealed class SandboxCases(MediationDbContext db, WorkflowCatalog catalog, ScenarioLibrary scenarios, EffectWriter effects, TimeProvider time)
{
    public async Task OpenAsync(Workshop workshop, WorkshopTeam team, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        ArgumentNullException.ThrowIfNull(team);
        if (!scenarios.TryGet(workshop.ScenarioId, out var scenario))
        {
            throw new InvalidOperationException($"Workshop {workshop.Id} runs scenario '{workshop.ScenarioId}', which is no longer in the library.");
        }

        var workflow = catalog.Get(scenario.Definition.Id, scenario.Definition.Version);
        var now = workshop.Now(time.GetUtcNow());
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var @case = new Case
        {
            Number = string.Create(CultureInfo.InvariantCulture, $"WS{workshop.Id}-{workshop.Teams.IndexOf(team) + 1}"),
            CouncilId = workshop.CouncilId,
            Year = now.Year,
            Category = Enum.Parse<DisputeCategory>(scenario.Case.Category, ignoreCase: true),
            Description = scenario.Case.Description.For(language),
            AffectsThirdParties = scenario.Case.AffectsThirdParties,
            PartyLacksCapacity = scenario.Case.PartyLacksCapacity,
            CorruptionOrPublicServiceOffence = scenario.Case.CorruptionOrPublicServiceOffence,
            DefinitionId = workflow.Definition.Id,
            DefinitionVersion = workflow.Definition.Version,
            State = workflow.Definition.Initial,
            Stage = workflow.State(workflow.Definition.Initial).Stage,
            RegisteredById = workshop.TrainerId,
            RegisteredAt = now,
            LastActivityAt = now,
            Workshop = workshop,
        };
        foreach (var party in scenario.Parties)
        {
            var details = new PartyDetails(Enum.Parse<PartyRole>(party.Role, ignoreCase: true), party.Name);
            var entity = new Party { FullName = party.Name };
            details.CopyTo(entity);
            @case.Parties.Add(entity);
        }

        db.Cases.Add(@case);
        team.Case = @case;
        await effects.ApplyAsync(@case, workflow, workflow.Start(CaseFactsBuilder.Build(@case), now), now, cancellationToken);
        CaseHistory.Append(db, @case, CaseHistory.Opened, fromState: null, workshop.TrainerId, now);
    }
}
