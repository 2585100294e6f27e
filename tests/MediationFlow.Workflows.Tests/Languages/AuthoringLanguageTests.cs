using System.Globalization;
using MediationFlow.Workflows.Definitions;
using MediationFlow.Workflows.Scenarios;

namespace MediationFlow.Workflows.Tests.Languages;

/// <summary>Methodologists and trainers read Kazakh or Russian first: what is wrong with a file must be said in their language.</summary>
public sealed class AuthoringLanguageTests
{
    public static TheoryData<string> BrokenFiles()
    {
        var files = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(TestFiles.Broken(string.Empty), "*.json")
            .Concat(Directory.EnumerateFiles(TestFiles.BrokenScenario(string.Empty), "*.json")).Order(StringComparer.Ordinal))
        {
            files.Add(file);
        }

        return files;
    }

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void Every_error_of_a_broken_file_is_written_in_all_three_languages(string file)
    {
        var errors = Load(file);

        Assert.NotEmpty(errors);
        Assert.All(errors, e =>
        {
            // A schema keyword our messages do not cover would fall back to the library's English.
            Assert.False(string.IsNullOrWhiteSpace(e.Text.Kk), $"{e.Path}: no Kazakh for \"{e.Text.En}\"");
            Assert.False(string.IsNullOrWhiteSpace(e.Text.Ru), $"{e.Path}: no Russian for \"{e.Text.En}\"");
            Assert.NotEqual(e.Text.En, e.Text.Ru);
        });
    }

    [Theory]
    [InlineData("kk", "'active' қайталанады")]
    [InlineData("ru", "'active' повторяется")]
    [InlineData("en", "duplicate 'active'")]
    public void The_message_follows_the_readers_language_and_keeps_file_and_path(string language, string message)
    {
        var error = Assert.Single(DefinitionLoader.LoadFile(TestFiles.Broken("duplicate-state-id.v1.json")).Errors);

        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            Assert.Equal($"{TestFiles.Broken("duplicate-state-id.v1.json")}: $.states[2].id: {message}", error.ToString());
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Theory]
    [InlineData("kk", "түрі array болуы керек")]
    [InlineData("ru", "должно иметь тип array")]
    public void A_schema_error_quotes_the_schema_in_the_readers_language(string language, string message)
    {
        var error = Assert.Single(DefinitionLoader.LoadFile(TestFiles.Broken("null-roles.v1.json")).Errors);

        Assert.Equal(("$.transitions[0].roles", message), (error.Path, error.Text.For(language)));
    }

    private static IReadOnlyList<DefinitionError> Load(string file) =>
        file.StartsWith(TestFiles.BrokenScenario(string.Empty), StringComparison.Ordinal)
            ? ScenarioLoader.LoadFile(file, ShippedWorkflows.Catalog).Errors
            : DefinitionLoader.LoadFile(file).Errors;
}
