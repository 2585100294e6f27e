namespace MediationFlow.Core.Tests.Structure;

/// <summary>
/// Core's folders (one namespace each) depend on one another in one direction only: a cycle means two
/// folders can be understood, changed and tested only together, which is what the folders are meant to avoid.
/// </summary>
public sealed class NamespaceCycleTests
{
    private static readonly NamespaceGraph Core = NamespaceGraph.Read(typeof(DependencyInjection).Assembly.Location, "MediationFlow.Core");

    [Fact]
    public void No_two_folders_of_core_depend_on_each_other_even_through_others()
    {
        var cycles = Core.Cycles();
        Assert.True(cycles.Count == 0, string.Join(Environment.NewLine, cycles));
    }

    [Fact]
    public void The_graph_sees_uses_inside_method_bodies()
    {
        // A use that exists only in a handler's body (it builds the case's facts), not in any signature.
        Assert.Contains("MediationFlow.Core.Workflow", Core.Uses["MediationFlow.Core.Features.Cases"].Keys);
    }
}
