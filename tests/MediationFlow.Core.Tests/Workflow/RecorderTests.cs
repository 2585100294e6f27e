using MediationFlow.Core.Persistence;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Core.Workflow;
using Microsoft.Extensions.DependencyInjection;

namespace MediationFlow.Core.Tests.Workflow;

/// <summary>
/// A recorder is found by the action it records: its class is the trigger's name, and the trigger is one a
/// shipped definition has. A recorder for a trigger no definition fires is dead code that looks alive.
/// </summary>
public sealed class RecorderTests
{
    private static IReadOnlyList<IActionRecorder> Recorders()
    {
        using var services = TestApp.Build(Path.GetTempPath(), DatabaseSettings.Sqlite(Path.GetTempPath()), TimeProvider.System);
        using var scope = services.CreateScope();
        return [.. scope.ServiceProvider.GetServices<IActionRecorder>()];
    }

    [Fact]
    public void Every_recorders_trigger_is_an_action_of_a_shipped_definition()
    {
        var triggers = TestApp.Workflows.All.SelectMany(w => w.Definition.Transitions).Select(t => t.Trigger).ToHashSet(StringComparer.Ordinal);

        var recorders = Recorders();

        Assert.NotEmpty(recorders);
        Assert.All(recorders, r => Assert.True(triggers.Contains(r.Trigger), $"{r.GetType().Name} records '{r.Trigger}', which no shipped definition has."));
    }

    [Fact]
    public void Every_recorder_is_named_after_its_trigger_in_a_feature_folder()
    {
        Assert.All(Recorders(), r =>
        {
            Assert.Equal(char.ToUpperInvariant(r.Trigger[0]) + r.Trigger[1..], r.GetType().Name);
            Assert.StartsWith("MediationFlow.Core.Features.", r.GetType().Namespace, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void No_two_recorders_record_the_same_trigger()
    {
        var recorders = Recorders();

        Assert.Equal(recorders.Count, recorders.Select(r => r.Trigger).Distinct(StringComparer.Ordinal).Count());
    }
}
