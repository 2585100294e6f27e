using MediationFlow.Core.Persistence;

namespace MediationFlow.Cli.Tests.Cases;

public sealed class MigrateCommandTests
{
    private static string[] Args(DataFolder data, string? plan = null, string from = "1", string to = "2", string definition = "community-mediation") =>
        ["cases", "migrate", "--definition", definition, "--from", from, "--to", to, "--map", plan ?? DataFolder.PlanFile, "--data", data.Path, "--folder", CliRun.ShippedWorkflows];

    [Fact]
    public async Task A_dry_run_prints_each_case_and_a_summary_and_changes_nothing()
    {
        using var data = await DataFolder.CreateAsync();
        var before = await data.CasesAsync();

        var run = CliRun.Of(Args(data));

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        // Numbers carry the year the seeding ran in (the real clock), so they are read back, not written here.
        var numbers = before.Select(c => c.Number).ToList();
        Assert.Equal(
            [
                $"{numbers[0]}     registered → registered",
                $"{numbers[1]}     registered → registered",
                $"{numbers[2]}     drafting → draftingAgreement",
                "drafting → draftingAgreement: 1 case(s)",
                "registered → registered: 2 case(s)",
                "Dry run: 3 of 3 case(s) on community-mediation@1 can move to community-mediation@2; 0 cannot. Nothing was changed; add --apply to move them.",
            ],
            run.OutputLines);
        Assert.Equal(before, await data.CasesAsync());
    }

    [Fact]
    public async Task Apply_moves_the_cases_to_the_new_version()
    {
        using var data = await DataFolder.CreateAsync();

        var run = CliRun.Of([.. Args(data), "--apply"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Moved 3 of 3 case(s) from community-mediation@1 to community-mediation@2; 0 could not move.", run.OutputLines);
        Assert.Equal([(2, "registered"), (2, "registered"), (2, "draftingAgreement"), (2, "registered")], (await data.CasesAsync()).Select(c => (c.Version, c.State)));
        Assert.Contains("No cases run on community-mediation@1.", CliRun.Of([.. Args(data), "--apply"]).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_case_the_plan_cannot_move_is_printed_with_the_reason_and_left_on_the_old_version()
    {
        using var data = await DataFolder.CreateAsync();
        var plan = data.WritePlan("""{ "definition": "community-mediation", "from": 1, "to": 2, "map": {} }""");

        var run = CliRun.Of([.. Args(data, plan), "--apply"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.OutputLines, l => l.EndsWith("drafting: cannot move: the plan does not map 'drafting' and community-mediation@2 has no such state", StringComparison.Ordinal));
        Assert.Contains("Moved 2 of 3 case(s) from community-mediation@1 to community-mediation@2; 1 could not move.", run.OutputLines);
        Assert.Equal((1, "drafting"), (await data.CasesAsync()).Select(c => (c.Version, c.State)).ElementAt(2));
    }

    [Theory]
    [InlineData("--definition", "other-process", "1", "2")]
    [InlineData("--from", "community-mediation", "3", "2")]
    [InlineData("--to", "community-mediation", "1", "3")]
    public async Task Options_that_disagree_with_the_plan_file_are_refused_naming_the_option(string option, string definition, string from, string to)
    {
        using var data = await DataFolder.CreateAsync();
        var before = await data.CasesAsync();

        var run = CliRun.Of([.. Args(data, definition: definition, from: from, to: to), "--apply"]);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"{option}: ", line, StringComparison.Ordinal);
        Assert.Contains(DataFolder.PlanFile, line, StringComparison.Ordinal);
        Assert.Empty(run.Output);
        Assert.Equal(before, await data.CasesAsync());
    }

    [Fact]
    public async Task A_plan_file_with_a_misspelled_key_is_refused_with_its_path()
    {
        using var data = await DataFolder.CreateAsync();
        var plan = data.WritePlan("""{ "definition": "community-mediation", "from": 1, "to": 2, "maps": { "drafting": "draftingAgreement" } }""");

        var run = CliRun.Of([.. Args(data, plan), "--apply"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{plan}: $.maps: property is not allowed here", run.ErrorLines);
        Assert.Equal(3, (await data.CasesAsync()).Count(c => c.Version == 1));
    }

    [Fact]
    public async Task A_plan_naming_states_the_versions_lack_is_refused_with_each_map_entry()
    {
        using var data = await DataFolder.CreateAsync();
        var plan = data.WritePlan("""{ "definition": "community-mediation", "from": 1, "to": 2, "map": { "drafting": "redrafting", "onHold": "inMediation" } }""");

        var run = CliRun.Of([.. Args(data, plan), "--apply"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [$"{plan}: $.map.drafting: 'redrafting' is not a state of community-mediation@2", $"{plan}: $.map.onHold: 'onHold' is not a state of community-mediation@1"],
            run.ErrorLines.Order(StringComparer.Ordinal));
        Assert.Equal(3, (await data.CasesAsync()).Count(c => c.Version == 1));
    }

    [Fact]
    public async Task A_missing_plan_file_is_refused_naming_map()
    {
        using var data = await DataFolder.CreateAsync();
        var missing = Path.Combine(data.Path, "no-plan.json");

        var run = CliRun.Of(Args(data, missing));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"--map: '{missing}' does not exist", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task A_data_folder_without_a_database_is_refused_and_no_database_is_created()
    {
        using var data = await DataFolder.CreateAsync();
        var empty = Directory.CreateTempSubdirectory("mediationflow-cli-empty-").FullName;
        try
        {
            var run = CliRun.Of("cases", "migrate", "--definition", "community-mediation", "--from", "1", "--to", "2",
                "--map", DataFolder.PlanFile, "--data", empty, "--folder", CliRun.ShippedWorkflows);

            Assert.Equal(1, run.ExitCode);
            Assert.Equal($"--data: '{empty}' holds no database ({Database.FileName})", Assert.Single(run.ErrorLines));
            Assert.Empty(Directory.EnumerateFileSystemEntries(empty));
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [Theory]
    [InlineData("--from")]
    [InlineData("--map")]
    public void A_missing_required_option_is_refused_naming_it(string option)
    {
        string[] all = ["cases", "migrate", "--definition", "community-mediation", "--from", "1", "--to", "2", "--map", "plan.json"];
        var index = Array.IndexOf(all, option);

        var run = CliRun.Of([.. all[..index], .. all[(index + 2)..]]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(option, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_version_that_is_not_a_number_is_refused_naming_the_option()
    {
        var run = CliRun.Of("cases", "migrate", "--definition", "community-mediation", "--from", "one", "--to", "2", "--map", "plan.json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--from", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_data_folder_defaults_to_the_one_the_web_host_uses()
    {
        var parse = MediationFlowCli.Create().Parse(["cases", "migrate", "--definition", "community-mediation", "--from", "1", "--to", "2", "--map", "plan.json"]);

        Assert.Empty(parse.Errors);
        Assert.Equal("./data", parse.GetValue<string>("--data"));
        Assert.Equal(Database.DefaultDataDirectory, parse.GetValue<string>("--data"));
    }
}
