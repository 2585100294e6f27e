using System.Globalization;
using MediationFlow.Cli.Tests.Cases;

namespace MediationFlow.Cli.Tests.Administration;

/// <summary>`register import` and `register import-template` on a real data folder (council AKM-01 and its mediator).</summary>
public sealed class RegisterCommandTests
{
    private const string Register = """
        User name,Register number,Council code,Languages of mediation,Specialisations,Type,Elected on,Status,Status since,Status reason
        mediator,AKM-01-001,AKM-01,"kk, ru",familyAndHousehold,public,2024-03-12,,,
        """;

    [Fact]
    public async Task A_dry_run_lists_the_entry_apply_makes_it_once_and_the_same_file_again_changes_nothing()
    {
        using var data = await DataFolder.CreateAsync();
        var file = Write(data, "register.csv", Register);

        var dry = CliRun.Of("register", "import", file, "--data", data.Path);
        var applied = CliRun.Of("register", "import", file, "--apply", "--data", data.Path);
        var again = CliRun.Of("register", "import", file, "--apply", "--data", data.Path);

        Assert.Equal(["row 2: AKM-01-001 is new", "Dry run: 1 to add, 0 to change, 0 as they are. Nothing was changed; add --apply to import."], dry.OutputLines);
        Assert.Equal(["row 2: AKM-01-001 is new", "Imported: 1 added, 0 changed, 0 as they were."], applied.OutputLines);
        Assert.Equal(["Imported: 0 added, 0 changed, 1 as they were."], again.OutputLines);
        Assert.Equal([0, 0, 0], new[] { dry, applied, again }.Select(r => r.ExitCode));
    }

    [Fact]
    public async Task A_bad_row_is_refused_by_row_and_column_in_Russian_and_nothing_changes()
    {
        using var data = await DataFolder.CreateAsync();
        var file = Write(data, "register.csv", Register.Replace("kk, ru", "kk, uz", StringComparison.Ordinal));

        var refused = In("ru", () => CliRun.Of("register", "import", file, "--apply", "--data", data.Path));
        var dry = CliRun.Of("register", "import", Write(data, "good.csv", Register), "--data", data.Path);

        Assert.Equal(1, refused.ExitCode);
        Assert.Equal(["строка 2, Languages of mediation: 'uz': Неизвестный язык медиации; допустимы: kk, ru, en.", $"Ошибок в {file}: 1; ничего не изменено."],
            refused.ErrorLines);
        Assert.Equal("row 2: AKM-01-001 is new", dry.OutputLines[0]);
    }

    [Fact]
    public async Task The_template_in_Kazakh_reads_back_with_its_example_row_as_a_dry_run()
    {
        using var data = await DataFolder.CreateAsync();
        var template = Path.Combine(data.Path, "тізілім.xlsx");

        var written = CliRun.Of("register", "import-template", "--language", "kk", template);
        var dry = In("kk", () => CliRun.Of("register", "import", template, "--data", data.Path));

        Assert.Equal($"Template written to {template}.", written.OutputLines.Single());
        Assert.Equal(1, dry.ExitCode);
        Assert.Contains("2-жол, Пайдаланушы аты: ", dry.ErrorLines[0], StringComparison.Ordinal);
    }

    private static string Write(DataFolder data, string name, string content)
    {
        var path = Path.Combine(data.Path, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static CliRun In(string language, Func<CliRun> run)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            return run();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
