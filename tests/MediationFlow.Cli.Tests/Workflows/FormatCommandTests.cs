using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using MediationFlow.Cli.Tests.Scenarios;
using MediationFlow.Workflows.Definitions;

namespace MediationFlow.Cli.Tests.Workflows;

/// <summary><c>workflows format</c> rewrites JSON files into the canonical layout; with --check it only lists those out of it.</summary>
public sealed class FormatCommandTests
{
    private static readonly DateTime LongAgo = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static string ShippedV1 => File.ReadAllText(Path.Combine(CliRun.ShippedWorkflows, "community-mediation.v1.json"));

    [Fact]
    public void Check_passes_on_the_shipped_folder_and_counts_every_JSON_file_in_it()
    {
        var run = CliRun.Of("workflows", "format", "--check", CliRun.ShippedWorkflows);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        var files = Directory.GetFiles(CliRun.ShippedWorkflows, "*.json", SearchOption.AllDirectories).Length;
        Assert.Equal($"{files} file(s) in the canonical layout.", Assert.Single(run.OutputLines));
    }

    [Fact]
    public void Without_a_path_it_takes_the_workflows_folder()
    {
        var run = CliRun.Of("workflows", "format", "--check");

        Assert.Equal(0, run.ExitCode);
        var files = Directory.GetFiles(WorkflowsFolder.Locate(), "*.json", SearchOption.AllDirectories).Length;
        Assert.Equal($"{files} file(s) in the canonical layout.", Assert.Single(run.OutputLines));
    }

    [Fact]
    public void Check_names_each_file_out_of_layout_with_its_first_differing_line_and_changes_nothing()
    {
        using var folder = new TempWorkflowsFolder();
        var file = Path.Combine(folder.Path, "community-mediation.v1.json");
        var lines = ShippedV1.Split('\n');
        lines[3] = lines[3].Replace(": ", ":   ", StringComparison.Ordinal);
        File.WriteAllText(file, string.Join('\n', lines));
        var before = File.ReadAllBytes(file);

        var run = CliRun.Of("workflows", "format", "--check", folder.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{file}: line 4 is not in the canonical layout", Assert.Single(run.ErrorLines));
        Assert.Equal($"1 of {Definitions(folder)} file(s) not in the canonical layout; `workflows format` rewrites them.", Assert.Single(run.OutputLines));
        Assert.Equal(before, File.ReadAllBytes(file));
    }

    [Fact]
    public void Format_rewrites_the_files_out_of_layout_and_leaves_the_others_untouched()
    {
        using var folder = new TempWorkflowsFolder();
        var compact = Path.Combine(folder.Path, "community-mediation.v1.json");
        File.WriteAllText(compact, JsonNode.Parse(ShippedV1)!.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        var untouched = Path.Combine(folder.Path, "community-mediation.v2.json");
        File.SetLastWriteTimeUtc(untouched, LongAgo);

        var run = CliRun.Of("workflows", "format", folder.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        Assert.Equal([compact, $"1 of {Definitions(folder)} file(s) rewritten in the canonical layout."], run.OutputLines);
        Assert.Equal(ShippedV1, File.ReadAllText(compact));
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(untouched));
        Assert.Equal(0, CliRun.Of("workflows", "validate", folder.Path).ExitCode);
    }

    [Fact]
    public void A_file_that_is_not_JSON_is_refused_with_its_line_and_left_as_it_was_while_the_others_are_formatted()
    {
        using var folder = new TempWorkflowsFolder(withDefinitions: false);
        var broken = Path.Combine(folder.Path, "broken.json");
        File.WriteAllText(broken, "{\n  \"id\": \n}\n");
        var other = Path.Combine(folder.Path, "other.json");
        File.WriteAllText(other, """{"id": "a"}""");

        var run = CliRun.Of("workflows", "format", broken, other);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{broken}: $: not valid JSON (line 3, position 1)", Assert.Single(run.ErrorLines));
        Assert.Equal("{\n  \"id\": \n}\n", File.ReadAllText(broken));
        Assert.Equal("{\n  \"id\": \"a\"\n}\n", File.ReadAllText(other));
        Assert.Equal([other, "1 of 1 file(s) rewritten in the canonical layout."], run.OutputLines);
    }

    [Fact]
    public void A_file_that_is_not_UTF8_is_refused_and_left_as_it_was()
    {
        using var folder = new TempWorkflowsFolder(withDefinitions: false);
        var file = Path.Combine(folder.Path, "latin1.json");
        byte[] bytes = [.. "{\"name\": \""u8, 0xC0, 0xFF, .. "\"}"u8];
        File.WriteAllBytes(file, bytes);

        var run = CliRun.Of("workflows", "format", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{file}: $: not valid JSON", Assert.Single(run.ErrorLines));
        Assert.Equal(bytes, File.ReadAllBytes(file));
    }

    [Fact]
    public void A_byte_order_mark_is_out_of_layout_on_line_1_and_format_removes_it()
    {
        using var folder = new TempWorkflowsFolder(withDefinitions: false);
        var file = Path.Combine(folder.Path, "marked.json");
        File.WriteAllText(file, ShippedV1, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var check = CliRun.Of("workflows", "format", "--check", file);
        var format = CliRun.Of("workflows", "format", file);

        Assert.Equal($"{file}: line 1 is not in the canonical layout", Assert.Single(check.ErrorLines));
        Assert.Equal(0, format.ExitCode);
        Assert.Equal(Encoding.UTF8.GetBytes(ShippedV1), File.ReadAllBytes(file));
    }

    [Fact]
    public void A_path_that_does_not_exist_and_a_folder_without_JSON_are_named()
    {
        using var folder = new TempWorkflowsFolder(withDefinitions: false);
        var missing = Path.Combine(folder.Path, "no-such-file.json");

        var run = CliRun.Of("workflows", "format", "--check", missing, folder.ScenariosPath);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [$"{missing}: $: no such file or folder", $"{folder.ScenariosPath}: $: no JSON files in this folder"],
            run.ErrorLines);
        Assert.Empty(run.Output);
    }

    /// <summary>Every shipped version, the draft included, is copied into the folder.</summary>
    private static int Definitions(TempWorkflowsFolder folder) => Directory.GetFiles(folder.Path, "*.json", SearchOption.AllDirectories).Length;
}
