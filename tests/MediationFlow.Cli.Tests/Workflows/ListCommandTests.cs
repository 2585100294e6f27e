using System.Text.RegularExpressions;
using MediationFlow.Workflows.Definitions;

namespace MediationFlow.Cli.Tests.Workflows;

public sealed class ListCommandTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Lists_each_community_mediation_version_with_its_counts(int version)
    {
        var definition = DefinitionLoader.LoadFile(Path.Combine(CliRun.ShippedWorkflows, $"community-mediation.v{version}.json")).Value!;

        var run = CliRun.Of("workflows", "list", "--folder", CliRun.ShippedWorkflows);

        Assert.Equal(0, run.ExitCode);
        var row = new Regex($@"^community-mediation\s+v{version}\s+{definition.States.Count}\s+{definition.Transitions.Count}\s+Community mediation$");
        Assert.Single(run.OutputLines, row.IsMatch);
    }

    [Fact]
    public void Exits_1_when_the_folder_does_not_exist()
    {
        var missing = Path.Combine(AppContext.BaseDirectory, "no-such-folder");

        var run = CliRun.Of("workflows", "list", "--folder", missing);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"--folder: '{missing}' is not a folder", Assert.Single(run.ErrorLines));
    }
}
