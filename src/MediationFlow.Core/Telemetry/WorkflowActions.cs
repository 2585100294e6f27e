using MediationFlow.Workflows.Engine;

namespace MediationFlow.Core.Telemetry;

/// <summary>The triggers the loaded definitions declare: the only action names a measurement is tagged with.</summary>
public sealed class WorkflowActions(WorkflowCatalog catalog)
{
    public const string Unknown = "unknown";

    private readonly HashSet<string> _triggers = [.. catalog.All.SelectMany(w => w.Definition.Transitions).Select(t => t.Trigger)];

    public string Known(string? trigger) => trigger is not null && _triggers.Contains(trigger) ? trigger : Unknown;
}
