using MediationFlow.Cli.Data;
using MediationFlow.Cli.Tests.Cases;
using MediationFlow.Testing;
using Microsoft.Data.Sqlite;

namespace MediationFlow.Cli.Tests.Data;

/// <summary>The check behind restore and copy names every table and case that differs, and only those.</summary>
[Trait(TestDatabases.Trait, TestDatabases.SqliteOnly)]
public sealed class VerificationTests
{
    [Fact]
    public async Task A_changed_event_and_a_missing_one_are_named_by_their_cases_and_the_table()
    {
        using var data = await DataFolder.CreateOnSqliteAsync();
        var original = Path.Combine(data.Path, "original.db");
        var changed = Path.Combine(data.Path, "changed.db");
        Assert.Equal(0, CliRun.Of("data", "backup", original, "--data", data.Path).ExitCode);
        File.Copy(original, changed);
        var cases = await DataFiles.HashesAsync(original);
        await using (var connection = new SqliteConnection($"Data Source={changed};Pooling=False"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = $"""
                UPDATE CaseEvents SET InputJson = '["edited"]' WHERE CaseId = {cases[1].CaseId};
                DELETE FROM CaseEvents WHERE CaseId = {cases[3].CaseId};
                """;
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        using var error = new StringWriter();
        await using var expected = await DatabaseFile.OpenAsync(original, SqliteOpenMode.ReadOnly, TestContext.Current.CancellationToken);
        await using var actual = await DatabaseFile.OpenAsync(changed, SqliteOpenMode.ReadOnly, TestContext.Current.CancellationToken);

        var outcome = await Verification.CompareAsync(expected.Context, actual.Context, error, TestContext.Current.CancellationToken);

        Assert.Equal(3, outcome.Differences);
        Assert.Equal(4, outcome.Cases);
        Assert.Equal(
            [
                "table CaseEvents: 4 row(s) expected, 3 found",
                $"the history of case {cases[1].Number} (id {cases[1].CaseId}) differs (1 event(s) expected, 1 found)",
                $"the history of case {cases[3].Number} (id {cases[3].CaseId}) differs (1 event(s) expected, 0 found)",
            ],
            error.ToString().ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
