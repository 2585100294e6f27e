namespace MediationFlow.Workflows.Tests.Boundary;

/// <summary>
/// The engine is the one place that matches a trigger to an action: it returns the action with each firing
/// and finds the action of a past event. Code elsewhere that searched the definition's transitions itself
/// would drift from the engine's rules (for instance on which state an action is taken from).
/// </summary>
public sealed class EngineBoundaryTests
{
    [Fact]
    public void No_project_outside_the_engine_searches_a_definitions_transitions()
    {
        var offenders = SourceTree.FilesOutside("MediationFlow.Workflows")
            .Where(file => File.ReadAllText(file).Contains("Definition.Transitions", StringComparison.Ordinal))
            .Select(file => Path.GetRelativePath(SourceTree.Root, file))
            .ToList();

        Assert.Empty(offenders);
    }
}
