using MediationFlow.Workflows.Engine;

namespace MediationFlow.Core.Telemetry;

/// <summary>The triggers the loaded definitions offer: the only action names a measurement is tagged with.</summary>
public sealed class WorkflowActions(WorkflowCatalog catalog)
{
    public const string Unknown = "unknown";

    public string Known(string? trigger) =>
        trigger is not null && catalog.All.Any(w => w.StatesOffering(trigger).Any()) ? trigger : Unknown;
}
