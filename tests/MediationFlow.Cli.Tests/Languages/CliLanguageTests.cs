using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using MediationFlow.Cli.Tests.Cases;
using MediationFlow.Cli.Tests.Scenarios;
using MediationFlow.Testing;
using MediationFlow.Workflows.Definitions;

namespace MediationFlow.Cli.Tests.Languages;

/// <summary>The tool answers in the terminal's language (LANG), as .NET sets the UI culture from it.</summary>
public sealed partial class CliLanguageTests
{
    [Fact]
    public void A_broken_file_is_reported_in_Russian_to_a_Russian_terminal()
    {
        var file = Path.Combine(CliRun.BrokenFolder, "duplicate-state-id.v1.json");

        var run = In("ru", () => CliRun.Of("workflows", "validate", file));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{file}: $.states[2].id: 'active' повторяется", Assert.Single(run.ErrorLines));
        Assert.Contains("Файлов с ошибками: 1 из 1.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_out_of_the_canonical_layout_is_reported_in_Russian_to_a_Russian_terminal()
    {
        using var folder = new TempWorkflowsFolder(withDefinitions: false);
        var file = Path.Combine(folder.Path, "plan.json");
        File.WriteAllText(file, """{ "definition": "community-mediation", "from": 1, "to": 2 }""");

        var run = In("ru", () => CliRun.Of("workflows", "format", "--check", file));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{file}: строка 1 не в едином формате", Assert.Single(run.ErrorLines));
        Assert.Contains("Файлов не в едином формате: 1 из 1; их перепишет `workflows format`.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_option_is_named_in_Kazakh_to_a_Kazakh_terminal()
    {
        using var data = await DataFolder.CreateAsync();
        var missing = Path.Combine(data.Path, "no-plan.json");

        var run = In("kk", () => CliRun.Of("cases", "migrate", "--definition", "community-mediation", "--from", "1", "--to", "2",
            "--map", missing, "--data", data.Path, "--folder", CliRun.ShippedWorkflows));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"--map: '{missing}' жоқ", Assert.Single(run.ErrorLines));
    }

    [Theory]
    [Trait(TestDatabases.Trait, TestDatabases.SqliteOnly)]
    [InlineData("ru", "FILE: '{0}' уже существует; чтобы перезаписать, добавьте --force")]
    [InlineData("kk", "FILE: '{0}' бар; үстінен жазу үшін --force қосыңыз")]
    public async Task A_backup_over_an_existing_file_is_refused_in_the_terminals_language(string language, string refusal)
    {
        using var data = await DataFolder.CreateOnSqliteAsync();
        var file = Path.Combine(data.Path, "backup.db");
        await File.WriteAllTextAsync(file, "an older backup", TestContext.Current.CancellationToken);

        var run = In(language, () => CliRun.Of("data", "backup", file, "--data", data.Path));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, refusal, file), Assert.Single(run.ErrorLines));
    }

    [Theory]
    [InlineData("ru", "обязательный параметр", "'0' не является номером версии (1, 2, …)")]
    [InlineData("kk", "міндетті параметр", "'0' — нұсқа нөмірі емес (1, 2, …)")]
    [InlineData("en", "required", "'0' is not a version number (1, 2, …)")]
    public void Missing_options_and_a_bad_version_are_named_together(string language, string required, string badVersion)
    {
        var run = In(language, () => CliRun.Of("cases", "migrate", "--to", "0"));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Equal(
            [$"--definition: {required}", $"--from: {required}", $"--map: {required}", $"--to: {badVersion}"],
            run.ErrorLines.Where(l => l.StartsWith("--", StringComparison.Ordinal)));
    }

    public static TheoryData<string> Messages() => [.. Catalog().Select(f => f.Name)];

    [Theory]
    [MemberData(nameof(Messages))]
    public void Every_message_has_three_languages_with_the_same_placeholders(string name)
    {
        var text = (LocalizedText)Catalog().Single(f => f.Name == name).GetValue(null)!;

        Assert.All(LocalizedText.Languages, language => Assert.False(string.IsNullOrWhiteSpace(language switch
        {
            "kk" => text.Kk,
            "ru" => text.Ru,
            _ => text.En,
        })));
        Assert.Equal(Placeholders(text.En!), Placeholders(text.Kk!));
        Assert.Equal(Placeholders(text.En!), Placeholders(text.Ru!));
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

    private static IEnumerable<FieldInfo> Catalog() =>
        typeof(CliMessages).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(LocalizedText));

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
