using MediationFlow.Workflows.Engine;

namespace MediationFlow.Workflows.Tests.Boundary;

/// <summary>
/// The engine's public types are those the other projects use; everything else is internal (the tests see
/// it through InternalsVisibleTo). A new public type is a decision: add it here on purpose.
/// </summary>
public sealed class PublicSurfaceTests
{
    private static readonly string[] Pinned =
    [
        "MediationFlow.Workflows.Definitions.AuthoringMessages",
        "MediationFlow.Workflows.Definitions.CanonicalLayout",
        "MediationFlow.Workflows.Definitions.ChoiceOption",
        "MediationFlow.Workflows.Definitions.ClosingReason",
        "MediationFlow.Workflows.Definitions.DefinitionError",
        "MediationFlow.Workflows.Definitions.DefinitionLoader",
        "MediationFlow.Workflows.Definitions.InputFieldDefinition",
        "MediationFlow.Workflows.Definitions.LegalBasisView",
        "MediationFlow.Workflows.Definitions.LoadResult`1",
        "MediationFlow.Workflows.Definitions.LocalizedText",
        "MediationFlow.Workflows.Definitions.RequirementDefinition",
        "MediationFlow.Workflows.Definitions.ScreeningQuestion",
        "MediationFlow.Workflows.Definitions.StageDefinition",
        "MediationFlow.Workflows.Definitions.StateDefinition",
        "MediationFlow.Workflows.Definitions.TimerDefinition",
        "MediationFlow.Workflows.Definitions.TransitionDefinition",
        "MediationFlow.Workflows.Definitions.WorkflowDefinition",
        "MediationFlow.Workflows.Definitions.WorkflowsFolder",
        "MediationFlow.Workflows.Diagrams.MermaidDiagram",
        "MediationFlow.Workflows.Engine.ActionInput",
        "MediationFlow.Workflows.Engine.BlockKind",
        "MediationFlow.Workflows.Engine.BlockReason",
        "MediationFlow.Workflows.Engine.CancelKeyedTimer",
        "MediationFlow.Workflows.Engine.CancelObligationChecks",
        "MediationFlow.Workflows.Engine.CancelTimer",
        "MediationFlow.Workflows.Engine.CaseAction",
        "MediationFlow.Workflows.Engine.CaseDates",
        "MediationFlow.Workflows.Engine.CaseFacts",
        "MediationFlow.Workflows.Engine.CaseFileFact",
        "MediationFlow.Workflows.Engine.CompiledWorkflow",
        "MediationFlow.Workflows.Engine.Effect",
        "MediationFlow.Workflows.Engine.EndCase",
        "MediationFlow.Workflows.Engine.FireResult",
        "MediationFlow.Workflows.Engine.InputError",
        "MediationFlow.Workflows.Engine.InputTypes",
        "MediationFlow.Workflows.Engine.MissingRequirement",
        "MediationFlow.Workflows.Engine.Notify",
        "MediationFlow.Workflows.Engine.ObligationFact",
        "MediationFlow.Workflows.Engine.ObligationStatus",
        "MediationFlow.Workflows.Engine.ParticipantFact",
        "MediationFlow.Workflows.Engine.PartyFact",
        "MediationFlow.Workflows.Engine.PartyKind",
        "MediationFlow.Workflows.Engine.PartyRole",
        "MediationFlow.Workflows.Engine.Refusal",
        "MediationFlow.Workflows.Engine.RepresentativeFact",
        "MediationFlow.Workflows.Engine.RoleNames",
        "MediationFlow.Workflows.Engine.ScheduleObligationChecks",
        "MediationFlow.Workflows.Engine.ScreeningAnswers",
        "MediationFlow.Workflows.Engine.SessionFact",
        "MediationFlow.Workflows.Engine.SessionKind",
        "MediationFlow.Workflows.Engine.SetCaseDate",
        "MediationFlow.Workflows.Engine.SettlementFact",
        "MediationFlow.Workflows.Engine.StartKeyedTimer",
        "MediationFlow.Workflows.Engine.StartRound",
        "MediationFlow.Workflows.Engine.StartTimer",
        "MediationFlow.Workflows.Engine.WorkflowCatalog",
        "MediationFlow.Workflows.Engine.WorkflowSettings",
        "MediationFlow.Workflows.Migrations.CaseState",
        "MediationFlow.Workflows.Migrations.MigrationMove",
        "MediationFlow.Workflows.Migrations.MigrationPlan",
        "MediationFlow.Workflows.Scenarios.Checkpoint",
        "MediationFlow.Workflows.Scenarios.CheckpointEvaluator",
        "MediationFlow.Workflows.Scenarios.CheckpointResult",
        "MediationFlow.Workflows.Scenarios.DefinitionReference",
        "MediationFlow.Workflows.Scenarios.HistoryStep",
        "MediationFlow.Workflows.Scenarios.Scenario",
        "MediationFlow.Workflows.Scenarios.ScenarioCase",
        "MediationFlow.Workflows.Scenarios.ScenarioLibrary",
        "MediationFlow.Workflows.Scenarios.ScenarioLoader",
        "MediationFlow.Workflows.Scenarios.ScenarioParty",
        "MediationFlow.Workflows.Scenarios.ScriptedEvent"
    ];

    [Fact]
    public void The_public_types_are_the_pinned_ones()
    {
        var exported = typeof(CompiledWorkflow).Assembly.GetExportedTypes().Select(t => t.FullName!).Order(StringComparer.Ordinal);

        Assert.Equal(Pinned.Order(StringComparer.Ordinal), exported);
    }
}
