using MediationFlow.Workflows.Engine;
using MediationFlow.Workflows.Scenarios;

namespace MediationFlow.Cli.Tests.Scenarios;

/// <summary><c>workflows validate</c> on scenario files: checked against the definitions beside their scenarios/ folder.</summary>
public sealed class ValidateScenarioTests
{
    public static TheoryData<string> BrokenScenarios() =>
        [.. Directory.EnumerateFiles(TempWorkflowsFolder.BrokenScenarios, "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(BrokenScenarios))]
    public void Exits_1_on_a_broken_scenario_and_prints_file_path_and_message(string name)
    {
        using var folder = new TempWorkflowsFolder();
        var file = folder.AddBroken(name);

        var run = CliRun.Of("workflows", "validate", file);

        Assert.Equal(1, run.ExitCode);
        // The CLI prints what the loader finds, read as a scenario and not as a definition.
        var error = Assert.Single(ScenarioLoader.LoadFile(file, WorkflowCatalog.LoadDirectory(folder.Path).Value!).Errors);
        Assert.Equal($"{file}: {error.Path}: {error.Message}", Assert.Single(run.ErrorLines));
        Assert.Contains("1 of 1 file(s) invalid.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_the_checkpoint_whose_trigger_the_definition_does_not_have()
    {
        using var folder = new TempWorkflowsFolder();
        var file = folder.AddBroken("unknown-trigger.json");

        var run = CliRun.Of("workflows", "validate", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{file}: $.checkpoints[0].trigger: 'signContract' is not an action of community-mediation@2", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Validating_the_folder_counts_its_definitions_and_its_broken_scenario()
    {
        using var folder = new TempWorkflowsFolder();
        var file = folder.AddBroken("before-without-then.json");
        var definitions = Directory.GetFiles(folder.Path, "*.v*.json").Length;

        var run = CliRun.Of("workflows", "validate", folder.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{file}: $.checkpoints[0]: a 'before' checkpoint needs 'then'", Assert.Single(run.ErrorLines));
        Assert.Contains($"1 of {definitions + 1} file(s) invalid.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scenario_whose_folder_has_no_valid_definitions_is_reported_as_such()
    {
        using var folder = new TempWorkflowsFolder(withDefinitions: false);
        var file = Path.Combine(folder.ScenariosPath, "village-boundary.json");
        File.Copy(Path.Combine(CliRun.ShippedWorkflows, "scenarios", "village-boundary.json"), file);

        var run = CliRun.Of("workflows", "validate", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{file}: $.definition: the workflow definitions in {folder.Path} are invalid; fix them first", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Validating_the_shipped_scenarios_folder_checks_each_scenario()
    {
        // Before the fix a scenarios/ folder was searched for definitions and reported as having none.
        var scenarios = Path.Combine(CliRun.ShippedWorkflows, "scenarios");

        var run = CliRun.Of("workflows", "validate", scenarios);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        Assert.Contains($"{Directory.GetFiles(scenarios, "*.json").Length} file(s) valid.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validating_a_scenarios_folder_reports_its_broken_scenario()
    {
        using var folder = new TempWorkflowsFolder();
        var file = folder.AddBroken("no-applicant.json");

        var run = CliRun.Of("workflows", "validate", folder.ScenariosPath);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{file}: $.parties: a scenario needs exactly one applicant", Assert.Single(run.ErrorLines));
        Assert.Contains("1 of 1 file(s) invalid.", run.Output, StringComparison.Ordinal);
    }
}
