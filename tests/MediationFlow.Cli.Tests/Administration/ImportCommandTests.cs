using System.Globalization;
using MediationFlow.Cli.Cases;
using MediationFlow.Cli.Tests.Cases;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Persistence;
using MediationFlow.Workflows.Engine;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediationFlow.Cli.Tests.Administration;

/// <summary>`councils import`, `users import` and the template verbs on a real data folder.</summary>
public sealed class ImportCommandTests
{
    private const string Councils = """
        Code,Level,Name (kk),Name (ru),Name (en),Parent code
        AKM-01-V1,rural,Жаңа ауыл,Новое село,New Village,AKM-01
        AKM-01,district,А ауданы,Район А,District A,
        """;

    private const string People = """
        User name,Full name,Language,Council code,Roles,E-mail,Phone
        zhanar.a,Жанар Ахметова,kk,AKM-01-V1,mediator,,
        oleg.p,Олег Петров,ru,AKM-01,"mediator, chair",oleg@example.kz,
        """;

    [Fact]
    public async Task A_dry_run_lists_the_changes_and_apply_makes_them_once()
    {
        using var data = await DataFolder.CreateAsync();
        var file = Write(data, "councils.csv", Councils);

        var dry = CliRun.Of("councils", "import", file, "--data", data.Path);
        var listedAfterDryRun = CliRun.Of("councils", "list", "--data", data.Path);
        var applied = CliRun.Of("councils", "import", file, "--apply", "--data", data.Path);
        var again = CliRun.Of("councils", "import", file, "--apply", "--data", data.Path);

        Assert.Equal(["row 2: AKM-01-V1 is new", "Dry run: 1 to add, 0 to change, 1 as they are. Nothing was changed; add --apply to import."], dry.OutputLines);
        Assert.Equal(["AKM-01           District          1  District A"], listedAfterDryRun.OutputLines);
        Assert.Equal(["row 2: AKM-01-V1 is new", "Imported: 1 added, 0 changed, 1 as they were."], applied.OutputLines);
        Assert.Equal(["Imported: 0 added, 0 changed, 2 as they were."], again.OutputLines);
        Assert.Equal([0, 0, 0], new[] { dry, applied, again }.Select(r => r.ExitCode));
    }

    [Fact]
    public async Task New_peoples_first_passwords_are_written_once_and_match_their_accounts()
    {
        using var data = await DataFolder.CreateAsync();
        CliRun.Of("councils", "import", Write(data, "councils.csv", Councils), "--apply", "--data", data.Path);
        var file = Write(data, "people.csv", People);
        var passwords = Path.Combine(data.Path, "passwords.csv");

        var applied = CliRun.Of("users", "import", file, "--apply", "--passwords", passwords, "--data", data.Path);
        var written = File.ReadAllLines(passwords);
        var overwrite = CliRun.Of("users", "import", file, "--apply", "--passwords", passwords, "--data", data.Path);

        Assert.True(applied.ExitCode == 0, applied.Error);
        Assert.Equal(["row 2: zhanar.a is new", "row 3: oleg.p is new", "Imported: 2 added, 0 changed, 0 as they were.",
            $"The first passwords of 2 new people are in {passwords}: hand each person their own, then delete the file."], applied.OutputLines);
        Assert.DoesNotContain("Mf-", applied.Output, StringComparison.Ordinal);
        Assert.Equal("User name,Full name,Password", written[0].TrimStart('\uFEFF'));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(passwords));
        }

        var accounts = await AccountsAsync(data);
        foreach (var line in written.Skip(1))
        {
            var (userName, password) = (line.Split(',')[0], line.Split(',')[^1]);
            Assert.NotEqual(PasswordVerificationResult.Failed, new PasswordHasher<User>().VerifyHashedPassword(accounts[userName], accounts[userName].PasswordHash!, password));
        }

        Assert.Equal(3, written.Length);
        Assert.Equal((1, $"--passwords: '{passwords}' already exists; give a new file name"), (overwrite.ExitCode, overwrite.ErrorLines.Single()));
        Assert.Equal(written, File.ReadAllLines(passwords));
    }

    [Fact]
    public async Task A_file_with_a_bad_row_is_refused_by_row_and_column_in_Russian_and_nothing_changes()
    {
        using var data = await DataFolder.CreateAsync();
        var file = Write(data, "people.csv", People);
        var passwords = Path.Combine(data.Path, "passwords.csv");

        var refused = In("ru", () => CliRun.Of("users", "import", file, "--apply", "--passwords", passwords, "--data", data.Path));

        Assert.Equal(1, refused.ExitCode);
        Assert.Equal(["строка 2, Council code: Совета с кодом AKM-01-V1 нет.", $"Ошибок в {file}: 1; ничего не изменено."], refused.ErrorLines);
        Assert.False(File.Exists(passwords));
        Assert.Equal(["mediator"], (await AccountsAsync(data)).Keys);
    }

    [Fact]
    public async Task Bad_arguments_name_the_argument_and_the_reason()
    {
        using var data = await DataFolder.CreateAsync();
        var text = Write(data, "people.txt", People);

        var noFile = CliRun.Of("councils", "import", "--data", data.Path);
        var notATable = CliRun.Of("users", "import", text, "--data", data.Path);
        var missing = CliRun.Of("users", "import", Path.Combine(data.Path, "none.xlsx"), "--data", data.Path);
        var noPasswords = CliRun.Of("users", "import", Write(data, "people.csv", People), "--apply", "--data", data.Path);
        var language = CliRun.Of("councils", "import-template", "--language", "de", Path.Combine(data.Path, "t.xlsx"));
        var noColumns = CliRun.Of("councils", "import", Write(data, "short.csv", "Code,Level\nAKM-09,district\n"), "--data", data.Path);

        Assert.Contains("FILE: required", noFile.ErrorLines);
        Assert.Contains($"FILE: '{text}' is neither a .csv nor an .xlsx file", notATable.ErrorLines);
        Assert.Contains($"FILE: '{Path.Combine(data.Path, "none.xlsx")}' does not exist", missing.ErrorLines);
        Assert.Contains("--passwords: required with --apply: the first passwords of new people are written to this file, once", noPasswords.ErrorLines);
        Assert.Contains("--language: 'de' is not one of: kk, ru, en", language.ErrorLines);
        Assert.Equal("FILE: The header row has no column \"Name (kk)\".", noColumns.ErrorLines[0]);
        Assert.All(new[] { noFile, notATable, missing, noPasswords, language, noColumns }, r => Assert.NotEqual(0, r.ExitCode));
    }

    [Fact]
    public async Task A_template_in_Kazakh_is_written_once_and_reads_back_with_its_example_row()
    {
        using var data = await DataFolder.CreateAsync();
        var template = Path.Combine(data.Path, "people.xlsx");

        var written = CliRun.Of("users", "import-template", "--language", "kk", template);
        var again = CliRun.Of("users", "import-template", "--language", "kk", template);
        var dry = In("kk", () => CliRun.Of("users", "import", template, "--data", data.Path));

        Assert.Equal($"Template written to {template}.", written.OutputLines.Single());
        Assert.Equal($"FILE: '{template}' already exists; give a new file name", again.ErrorLines.Single());
        Assert.Equal(["2-жол, Кеңес коды: AKM-BUR-KAT коды бар кеңес жоқ."], dry.ErrorLines.Take(1));
    }

    private static string Write(DataFolder data, string name, string content)
    {
        var path = Path.Combine(data.Path, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static async Task<Dictionary<string, User>> AccountsAsync(DataFolder data)
    {
        await using var services = CoreServices.Build(data.Source, new WorkflowCatalog([]));
        await using var scope = services.CreateAsyncScope();
        var accounts = await scope.ServiceProvider.GetRequiredService<MediationDbContext>().Users.AsNoTracking().ToDictionaryAsync(u => u.UserName!);
        CoreServices.Release(data.Source);
        return accounts;
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
