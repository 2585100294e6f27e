using System.Globalization;
using MediationFlow.Core.Domain;
using MediationFlow.Workflows.Engine;
using MediationFlow.Workflows.Scenarios;

namespace MediationFlow.Core.Workflow;

/// <summary>
/// Opens a team's sandbox case from the workshop's scenario: the same workflow and the same pages as a
/// real case, but numbered apart ("WS12-2"), filed under the workshop and living on its clock.
/// </summary>
public sealed class SandboxCases(CaseOpening opening, WorkflowCatalog catalog, ScenarioLibrary scenarios, TimeProvider time)
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
        var details = new NewCase(
            string.Create(CultureInfo.InvariantCulture, $"WS{workshop.Id}-{workshop.Teams.IndexOf(team) + 1}"),
            workshop.CouncilId,
            now.Year,
            Enum.Parse<DisputeCategory>(scenario.Case.Category, ignoreCase: true),
            scenario.Case.Description.For(CultureInfo.CurrentUICulture),
            new ScreeningAnswers(scenario.Case.AffectsThirdParties, scenario.Case.PartyLacksCapacity, scenario.Case.CorruptionOrPublicServiceOffence),
            [.. scenario.Parties.Where(p => IsParty(p, workflow)).Select(p => Party.Named(Enum.Parse<PartyRole>(p.Role, ignoreCase: true), p.Name))],
            workshop.TrainerId,
            workshop);
        team.Case = await opening.OpenAsync(details, workflow, now, cancellationToken);
        foreach (var participant in scenario.Parties.Where(p => !IsParty(p, workflow)))
        {
            var attending = new Participant { Kind = ParticipantKind.Other, FullName = participant.Name };
            attending.Rename(participant.Name);
            team.Case.Participants.Add(attending);
        }
    }

    // From version 3 only applicants and respondents are parties: the scenario's other people attend
    // sessions as participants who never consent, sign or carry obligations.
    private static bool IsParty(ScenarioParty party, CompiledWorkflow workflow) =>
        party.Role != "other" || workflow.Definition.PartyRoles is not { } roles || roles.Contains(party.Role);
}
