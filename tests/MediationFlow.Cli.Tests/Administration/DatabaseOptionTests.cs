using MediationFlow.Cli.Cases;
using MediationFlow.Cli.Tests.Cases;
using MediationFlow.Core.Persistence;
using MediationFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediationFlow.Cli.Tests.Administration;

/// <summary>
/// <c>--database</c> and <c>--connection</c> beside <c>--data</c>: a wrong engine or a missing or unreachable server is
/// refused naming the option, and a database a newer program has migrated is left alone.
/// </summary>
public sealed class DatabaseOptionTests : IDisposable
{
    private const string NewerMigration = "29991231000000_FromANewerProgram";

    private readonly string _empty = Directory.CreateTempSubdirectory("mediationflow-cli-options-").FullName;

    [Fact]
    public async Task A_database_a_newer_program_migrated_is_refused_and_left_as_it_was()
    {
        using var data = await DataFolder.CreateAsync();
        await WithDbAsync(data, db => db.Database.ExecuteSqlRawAsync(
            $"INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ('{NewerMigration}', '99.0.0')"));

        var added = CliRun.Of("councils", "add", "--code", "AKM-09", "--level", "district", "--name-kk", "А", "--name-ru", "А", "--name-en", "A", "--data", data.Path);

        Assert.Equal(1, added.ExitCode);
        Assert.Empty(added.OutputLines);
        Assert.Contains($"a newer version of MediationFlow ({NewerMigration})", Assert.Single(added.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(1, await WithDbAsync(data, db => db.Councils.CountAsync()));
    }

    [Fact]
    public void PostgreSQL_without_a_connection_string_is_refused_naming_the_option()
    {
        var run = CliRun.Of("councils", "list", "--database", "postgreSql", "--data", _empty);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("--connection: required with --database postgreSql (or the environment variable ConnectionStrings__MediationFlow)", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void An_unknown_database_engine_is_refused_naming_the_choices()
    {
        var run = CliRun.Of("councils", "list", "--database", "oracle", "--data", _empty);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("--database: 'oracle' is not one of: sqlite, postgreSql", Assert.Single(run.ErrorLines));
    }

    [Theory]
    [InlineData("garbage=;;", "'garbage'")]
    [InlineData("Host=127.0.0.1;Pasword=secret;Username=u", "'Pasword'")]
    [InlineData("Host=127.0.0.1;Port=abc", "'Port': ")]
    public void A_connection_string_that_cannot_be_read_is_refused_naming_what_is_wrong(string connection, string named)
    {
        var run = CliRun.Of("councils", "list", "--database", "postgreSql", "--connection", connection, "--data", _empty);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"--connection: not a connection string: {named}", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_empty));
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Datbase=x", "'Datbase'")]
    [InlineData("", "''")]
    public async Task A_copy_to_a_connection_string_that_cannot_be_read_is_refused_naming_the_keyword(string to, string named)
    {
        using var data = await DataFolder.CreateOnSqliteAsync();
        var run = CliRun.Of("data", "copy", "--to", to, "--data", data.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"--to: not a connection string: {named}", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void A_server_that_cannot_be_reached_is_refused_naming_it()
    {
        // Port 1 on this machine: nothing listens there, so the connection is refused at once.
        var run = CliRun.Of("councils", "list", "--database", "PostgreSQL", "--connection", "Host=127.0.0.1;Port=1;Database=nowhere;Username=nobody", "--data", _empty);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("--connection: cannot connect to the database PostgreSQL 127.0.0.1:1/nowhere: ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.DoesNotContain("nobody", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_empty, recursive: true);

    private static async Task<T> WithDbAsync<T>(DataFolder data, Func<MediationDbContext, Task<T>> work)
    {
        await using var services = CoreServices.Build(data.Source, new WorkflowCatalog([]));
        await using var scope = services.CreateAsyncScope();
        var result = await work(scope.ServiceProvider.GetRequiredService<MediationDbContext>());
        CoreServices.Release(data.Source);
        return result;
    }
}
