using System.Globalization;
using System.Text.RegularExpressions;
using MediationFlow.Workflows.Engine;
using MediationFlow.Workflows.Scenarios;

namespace MediationFlow.Cli.Tests.Scenarios;

public sealed partial class ScenarioListCommandTests
{
    [Fact]
    public void Lists_the_four_scenarios_with_their_definition_and_counts()
    {
        var run = CliRun.Of("scenarios", "list", "--folder", CliRun.ShippedWorkflows);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        Assert.Equal("ID DEFINITION PARTIES EVENTS CHECKPOINTS TITLE", string.Join(' ', run.OutputLines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        // Counts are written out here, not read from the files, so a loader that drops parties or events fails.
        Assert.Equal(
            [
                ("community-celebration", "community-mediation@3", 4, 4, 6, "Tension between communities before the Nauryz celebration"),
                ("enterprise-labour", "community-mediation@3", 3, 4, 5, "Wage arrears and a reprimand at a plant"),
                ("family-child-support", "community-mediation@3", 2, 4, 5, "Separated parents: an arrangement on child support"),
                ("village-boundary", "community-mediation@3", 2, 3, 5, "A boundary dispute between neighbours in a village"),
            ],
            Rows(run));
    }

    [Theory]
    [InlineData("kk", "community-celebration", "Наурыз мерекесі алдындағы қауымдастықтар арасындағы шиеленіс")]
    [InlineData("ru", "community-celebration", "Напряжённость между общинами перед празднованием Наурыза")]
    [InlineData("kk", "family-child-support", "Бөлек тұратын ата-ана: бала алименті туралы уағдаластық")]
    [InlineData("ru", "enterprise-labour", "Задолженность по зарплате и выговор на предприятии")]
    [InlineData("en", "village-boundary", "A boundary dispute between neighbours in a village")]
    public void Titles_are_in_the_chosen_language(string language, string id, string title)
    {
        var run = CliRun.Of("scenarios", "list", "--folder", CliRun.ShippedWorkflows, "--language", language);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(4, Rows(run).Length);
        Assert.Equal(title, Rows(run).Single(r => r.Id == id).Title);
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    [InlineData("en")]
    public void Every_title_is_the_scenario_title_in_that_language(string language)
    {
        var catalog = WorkflowCatalog.LoadDirectory(CliRun.ShippedWorkflows).Value!;
        var library = ScenarioLibrary.LoadDirectory(CliRun.ShippedWorkflows, catalog).Value!;

        var run = CliRun.Of("scenarios", "list", "--folder", CliRun.ShippedWorkflows, "--language", language);

        Assert.Equal(library.All.Select(s => (s.Id, s.Title.For(language))), Rows(run).Select(r => (r.Id, r.Title)));
    }

    [Fact]
    public void Rejects_a_language_the_product_does_not_speak()
    {
        var run = CliRun.Of("scenarios", "list", "--folder", CliRun.ShippedWorkflows, "--language", "de");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Argument 'de' not recognized", run.Error, StringComparison.Ordinal);
        // The parser prints the command's help, not a table in some fallback language.
        Assert.DoesNotContain("village-boundary", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Exits_1_naming_the_file_and_path_when_a_scenario_is_broken()
    {
        using var folder = new TempWorkflowsFolder();
        var file = folder.AddBroken("unknown-state.json");

        var run = CliRun.Of("scenarios", "list", "--folder", folder.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{file}: $.checkpoints[0].state: 'archived' is not a state of community-mediation@2", Assert.Single(run.ErrorLines));
        Assert.Empty(run.Output);
    }

    [Fact]
    public void Exits_1_on_a_folder_that_does_not_exist()
    {
        // Before the fix this crashed with an unhandled DirectoryNotFoundException and a stack trace.
        var missing = Path.Combine(CliRun.ShippedWorkflows, "no-such-folder");

        var run = CliRun.Of("scenarios", "list", "--folder", missing);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"--folder: '{missing}' is not a folder", Assert.Single(run.ErrorLines));
    }

    private static (string Id, string Definition, int Parties, int Events, int Checkpoints, string Title)[] Rows(CliRun run) =>
        [.. run.OutputLines.Skip(1).Select(line =>
        {
            var m = Row().Match(line);
            Assert.True(m.Success, $"not a scenario row: '{line}'");
            return (m.Groups[1].Value, m.Groups[2].Value, Number(m.Groups[3]), Number(m.Groups[4]), Number(m.Groups[5]), m.Groups[6].Value);
        })];

    private static int Number(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(\S+) +(\S+) +(\d+) +(\d+) +(\d+)  (.+)$")]
    private static partial Regex Row();
}
