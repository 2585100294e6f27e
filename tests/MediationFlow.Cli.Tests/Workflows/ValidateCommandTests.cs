using MediationFlow.Workflows.Definitions;

namespace MediationFlow.Cli.Tests.Workflows;

public sealed class ValidateCommandTests
{
    public static TheoryData<string> BrokenFiles() =>
        [.. Directory.EnumerateFiles(CliRun.BrokenFolder, "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Fact]
    public void Exits_0_on_the_shipped_folder()
    {
        var run = CliRun.Of("workflows", "validate", CliRun.ShippedWorkflows);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        // Definitions and the training scenarios beside them are all checked.
        var files = Directory.GetFiles(CliRun.ShippedWorkflows, "*.v*.json").Length
            + Directory.GetFiles(Path.Combine(CliRun.ShippedWorkflows, "scenarios"), "*.json").Length
            + Directory.GetFiles(Path.Combine(CliRun.ShippedWorkflows, "templates"), "*.docx").Length;
        Assert.Contains($"{files} file(s) valid.", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void Exits_1_on_a_broken_file_and_prints_file_path_and_message(string name)
    {
        var file = Path.Combine(CliRun.BrokenFolder, name);

        var run = CliRun.Of("workflows", "validate", file);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        var error = Assert.Single(DefinitionLoader.LoadFile(file).Errors);
        Assert.Equal($"{file}: {error.Path}: {error.Message}", line);
        Assert.Contains("1 of 1 file(s) invalid.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_invalid_files_among_all_those_given()
    {
        var broken = Path.Combine(CliRun.BrokenFolder, "unknown-role.v1.json");

        var run = CliRun.Of("workflows", "validate", CliRun.ShippedWorkflows, broken);

        Assert.Equal(1, run.ExitCode);
        var files = Directory.GetFiles(CliRun.ShippedWorkflows, "*.v*.json").Length
            + Directory.GetFiles(Path.Combine(CliRun.ShippedWorkflows, "scenarios"), "*.json").Length
            + Directory.GetFiles(Path.Combine(CliRun.ShippedWorkflows, "templates"), "*.docx").Length + 1;
        Assert.Contains($"1 of {files} file(s) invalid.", run.Output, StringComparison.Ordinal);
        Assert.Contains($"{broken}: $.transitions[0].roles[1]: unknown role 'secretary'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Exits_1_on_a_path_that_does_not_exist()
    {
        var missing = Path.Combine(CliRun.BrokenFolder, "no-such-file.v1.json");

        var run = CliRun.Of("workflows", "validate", missing);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{missing}: $: no such file or folder", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Exits_1_on_a_folder_without_definitions()
    {
        var schemaFolder = Path.Combine(CliRun.ShippedWorkflows, "schema");

        var run = CliRun.Of("workflows", "validate", schemaFolder);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{schemaFolder}: $: no workflow definitions (*.v<N>.json) in this folder", Assert.Single(run.ErrorLines));
        Assert.DoesNotContain("valid", run.Output, StringComparison.Ordinal);
    }
}
