using System.Text.RegularExpressions;

namespace MediationFlow.Cli.Tests.Workflows;

public sealed class DiagramCommandTests
{
    private static CliRun Diagram(params string[] args) =>
        CliRun.Of(["workflows", "diagram", .. args, "--folder", CliRun.ShippedWorkflows]);

    [Fact]
    public void Prints_the_latest_version_with_stages_as_composite_states()
    {
        var run = Diagram("community-mediation");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("stateDiagram-v2", run.OutputLines[0]);
        foreach (var stage in new[] { "intake", "hearing", "agreement", "followUp" })
        {
            Assert.Contains(run.OutputLines, line => Regex.IsMatch(line, $$"""^\s*state ".+" as {{stage}} \{$"""));
        }

        // draftingAgreement exists only in v2, the latest version.
        Assert.Contains(run.OutputLines, line => line.Trim().StartsWith("draftingAgreement : ", StringComparison.Ordinal));
        Assert.DoesNotContain("classDef current", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void State_option_highlights_that_state()
    {
        var run = Diagram("community-mediation", "--state", "inMediation");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.OutputLines, line => line.Trim().StartsWith("classDef current ", StringComparison.Ordinal));
        Assert.Contains(run.OutputLines, line => line.Trim() == "class inMediation current");
    }

    [Fact]
    public void Version_and_language_choose_what_is_drawn()
    {
        var run = Diagram("community-mediation@1", "--language", "kk");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.OutputLines, line => line.Trim() == "drafting : Дауды реттеу туралы келісімнің жобасы дайындалуда");
        Assert.Contains(run.OutputLines, line => line.Trim() == "state \"Өтінішті қабылдау\" as intake {");
    }

    [Theory]
    [InlineData("no-such-flow")]
    [InlineData("community-mediation@9")]
    [InlineData("community-mediation@latest")]
    public void Unknown_definition_exits_1_naming_it(string reference)
    {
        var run = Diagram(reference);

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.StartsWith($"definition: no definition '{reference}'", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_state_exits_1_naming_it()
    {
        var run = Diagram("community-mediation", "--state", "nowhere");

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Equal("--state: 'nowhere' is not a state of community-mediation@3", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Unknown_language_exits_1_naming_it()
    {
        var run = Diagram("community-mediation", "--language", "de");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("'de'", run.Error, StringComparison.Ordinal);
    }
}
