using MediationFlow.Cli.Cases;
using MediationFlow.Cli.Tests.Cases;
using MediationFlow.Core;
using MediationFlow.Core.Persistence;
using MediationFlow.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediationFlow.Cli.Tests.Data;

/// <summary>Each refusal of <c>data backup</c> and <c>data restore</c> names what is wrong and changes nothing.</summary>
// The data verbs work on the SQLite file itself, so the PostgreSQL run leaves them out.
[Trait(TestDatabases.Trait, TestDatabases.SqliteOnly)]
public sealed class DataRefusalTests
{
    [Fact]
    public async Task A_backup_is_not_written_over_an_existing_file_without_force()
    {
        using var data = await DataFolder.CreateOnSqliteAsync();
        var file = Path.Combine(data.Path, "backup.db");
        await File.WriteAllTextAsync(file, "an older backup", TestContext.Current.CancellationToken);

        var refused = CliRun.Of("data", "backup", file, "--data", data.Path);

        Assert.Equal(1, refused.ExitCode);
        Assert.Equal($"FILE: '{file}' already exists; add --force to overwrite it", Assert.Single(refused.ErrorLines));
        Assert.Equal("an older backup", await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));

        var forced = CliRun.Of("data", "backup", file, "--force", "--data", data.Path);

        Assert.Equal(0, forced.ExitCode);
        Assert.Equal(4, (await DataFiles.HashesAsync(file)).Count);
        Assert.Equal([file, Path.Combine(data.Path, Database.FileName)], Directory.GetFiles(data.Path, "*.db").Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("backup", "")]
    [InlineData("backup", "long-name")]
    [InlineData("restore", "")]
    public async Task A_file_argument_that_is_no_file_path_is_refused_naming_it_and_nothing_is_written(string verb, string kind)
    {
        using var data = await DataFolder.CreateOnSqliteAsync();
        var before = Directory.GetFiles(data.Path).Order(StringComparer.Ordinal).ToList();
        var file = kind == "long-name" ? Path.Combine(data.Path, new string('a', 300)) : "";

        var refused = CliRun.Of("data", verb, file, "--data", data.Path);

        Assert.Equal(1, refused.ExitCode);
        Assert.StartsWith("FILE: '", refused.ErrorLines[0], StringComparison.Ordinal);
        Assert.EndsWith("is not a file path (empty or too long)", refused.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFiles(data.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_backup_of_a_folder_without_a_database_is_refused()
    {
        var folder = Directory.CreateTempSubdirectory("mediationflow-empty-").FullName;
        try
        {
            var run = CliRun.Of("data", "backup", Path.Combine(folder, "backup.db"), "--data", folder);

            Assert.Equal(1, run.ExitCode);
            Assert.Equal($"--data: '{folder}' holds no database (mediationflow.db)", Assert.Single(run.ErrorLines));
            Assert.Empty(Directory.GetFileSystemEntries(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_missing_file_is_not_restored()
    {
        using var data = await DataFolder.CreateOnSqliteAsync();
        var missing = Path.Combine(data.Path, "no-backup.db");
        var before = Snapshot(data.Path);

        var run = CliRun.Of("data", "restore", missing, "--data", data.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"FILE: '{missing}' does not exist", Assert.Single(run.ErrorLines));
        Assert.Equal(before, Snapshot(data.Path));
    }

    [Fact]
    public async Task A_file_that_is_no_database_is_not_restored()
    {
        using var data = await DataFolder.CreateOnSqliteAsync();
        var file = Path.Combine(data.Path, "notes.txt");
        await File.WriteAllTextAsync(file, new string('x', 4096), TestContext.Current.CancellationToken);
        var before = Snapshot(data.Path);

        var run = CliRun.Of("data", "restore", file, "--data", data.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"FILE: '{file}' is not a MediationFlow database (", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(data.Path));
    }

    [Fact]
    public async Task A_database_written_by_a_newer_program_is_not_restored()
    {
        using var data = await DataFolder.CreateOnSqliteAsync();
        var backup = Path.Combine(data.Path, "backup.db");
        Assert.Equal(0, CliRun.Of("data", "backup", backup, "--data", data.Path).ExitCode);
        await using (var connection = new SqliteConnection($"Data Source={backup};Pooling=False"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ('29991231000000_FromTheFuture', '99.0.0');";
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var before = Snapshot(data.Path);

        var run = CliRun.Of("data", "restore", backup, "--data", data.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            $"FILE: '{backup}' was written by a newer version of the program (migrations this program does not know: 29991231000000_FromTheFuture); restore it with that version",
            Assert.Single(run.ErrorLines));
        Assert.Equal(before, Snapshot(data.Path));
    }

    [Fact]
    public async Task A_database_in_use_is_not_replaced()
    {
        using var data = await DataFolder.CreateOnSqliteAsync();
        var backup = Path.Combine(data.Path, "backup.db");
        Assert.Equal(0, CliRun.Of("data", "backup", backup, "--data", data.Path).ExitCode);
        var live = Path.Combine(data.Path, Database.FileName);

        // A running host holds pooled connections to the database between requests.
        await using (var services = CoreServices.Build(data.Source, DependencyInjection.LoadWorkflows(CliRun.ShippedWorkflows)))
        {
            await using var scope = services.CreateAsyncScope();
            Assert.Equal(4, await scope.ServiceProvider.GetRequiredService<MediationDbContext>().Cases.CountAsync(TestContext.Current.CancellationToken));
            var before = Snapshot(data.Path);

            var run = CliRun.Of("data", "restore", backup, "--data", data.Path);

            Assert.Equal(1, run.ExitCode);
            Assert.Equal($"--data: the database '{live}' is in use (is the web host running?); stop it first", Assert.Single(run.ErrorLines));
            Assert.Equal(before, Snapshot(data.Path));
        }

        CoreServices.Release(data.Source);
    }

    /// <summary>Every file of the folder with its hash: a refusal leaves all of them as they were and adds none.</summary>
    private static IReadOnlyList<(string File, string Sha256)> Snapshot(string folder) =>
        [.. Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(f => (f, DataFiles.Sha256(f)))];
}
