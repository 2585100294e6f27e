using MediationFlow.Cli.Cases;
using MediationFlow.Cli.Tests.Cases;
using MediationFlow.Core.Persistence;
using MediationFlow.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace MediationFlow.Cli.Tests.Data;

/// <summary><c>data copy --to</c>: a SQLite deployment moved to PostgreSQL and verified; what it refuses.</summary>
[Trait(TestDatabases.Trait, TestDatabases.SqliteOnly)]
public sealed class CopyTests
{
    [Fact]
    public async Task A_copy_holds_every_table_and_every_case_unchanged_and_numbers_new_cases_after_the_copied_ones()
    {
        using var data = await DataFolder.CreateOnSqliteAsync();
        await using var target = await EmptyPostgreSqlDatabase.CreateAsync();
        var copied = new DataSource(data.Path, DatabaseSettings.PostgreSql(target.ConnectionString));

        var run = CliRun.Of("data", "copy", "--to", target.ConnectionString, "--data", data.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        Assert.Contains("Cases: 4 row(s)", run.OutputLines);
        Assert.Contains("the history of 4 case(s) equal.", run.Output, StringComparison.Ordinal);
        Assert.Contains($"copy the folder {Path.Combine(data.Path, "files")} to the new deployment", run.Output, StringComparison.Ordinal);
        var source = await DataFiles.HashesAsync(Path.Combine(data.Path, Database.FileName));
        Assert.Equal(source, await HashesAsync(copied));
        Assert.Equal(await RowsAsync(data.Source), await RowsAsync(copied));


        // The next case gets an id after the copied ones (the web host opening one on a copy: Web.Tests, CopyToPostgreSqlTests).
        await using var connection = new NpgsqlConnection(target.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var next = new NpgsqlCommand("SELECT nextval(pg_get_serial_sequence('\"Cases\"', 'Id'))", connection);
        Assert.Equal(source.Max(h => h.CaseId) + 1, (long)(await next.ExecuteScalarAsync(TestContext.Current.CancellationToken))!);
    }

    [Fact]
    public async Task A_council_moved_under_a_newer_council_is_copied_after_its_parent()
    {
        using var data = await DataFolder.CreateOnSqliteAsync();
        await using var target = await EmptyPostgreSqlDatabase.CreateAsync();
        Assert.Equal(0, CliRun.Of("councils", "add", "--code", "AKM", "--level", "region", "--name-kk", "Ақмола", "--name-ru", "Акмолинская", "--name-en", "Akmola", "--data", data.Path).ExitCode);
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(data.Path, Database.FileName)};Pooling=False"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE Councils SET ParentId = (SELECT Id FROM Councils WHERE Code = 'AKM') WHERE Code = 'AKM-01';";
            Assert.Equal(1, await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken));
        }

        var run = CliRun.Of("data", "copy", "--to", target.ConnectionString, "--data", data.Path);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("Councils: 2 row(s)", run.OutputLines);
    }

    [Fact]
    public async Task A_target_that_holds_data_is_refused_by_the_table_and_left_as_it_was()
    {
        using var data = await DataFolder.CreateOnSqliteAsync();
        await using var target = await EmptyPostgreSqlDatabase.CreateAsync();
        var copied = new DataSource(data.Path, DatabaseSettings.PostgreSql(target.ConnectionString));
        Assert.Equal(0, CliRun.Of("data", "copy", "--to", target.ConnectionString, "--data", data.Path).ExitCode);
        var before = await RowsAsync(copied);

        var run = CliRun.Of("data", "copy", "--to", target.ConnectionString, "--data", data.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("--to: the target database is not empty: table AspNetUsers holds rows; give an empty database", Assert.Single(run.ErrorLines));
        Assert.Equal(before, await RowsAsync(copied));
    }

    [Fact]
    public async Task A_database_written_by_a_newer_program_is_not_copied_and_the_target_stays_empty()
    {
        using var data = await DataFolder.CreateOnSqliteAsync();
        await using var target = await EmptyPostgreSqlDatabase.CreateAsync();
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(data.Path, Database.FileName)};Pooling=False"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ('29991231000000_FromTheFuture', '99.0.0');";
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var run = CliRun.Of("data", "copy", "--to", target.ConnectionString, "--data", data.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"--data: '{Path.Combine(data.Path, Database.FileName)}' is not at this program's version", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.False(await target.HasTablesAsync());
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Colour=blue", "--to: not a connection string: ")]
    [InlineData("Host=127.0.0.1;Port=1;Username=nobody;Database=nothing;Timeout=2", "--to: cannot connect to the database PostgreSQL 127.0.0.1:1/nothing: ")]
    public async Task A_connection_string_that_leads_nowhere_is_refused_naming_the_option(string to, string refusal)
    {
        using var data = await DataFolder.CreateOnSqliteAsync();
        var before = DataFiles.Sha256(Path.Combine(data.Path, Database.FileName));

        var run = CliRun.Of("data", "copy", "--to", to, "--data", data.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith(refusal, Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(before, DataFiles.Sha256(Path.Combine(data.Path, Database.FileName)));
    }

    [Fact]
    public void Without_a_target_the_option_is_named_as_required()
    {
        var run = CliRun.Of("data", "copy");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--to: required", run.ErrorLines);
    }

    private static async Task<IReadOnlyList<CaseHistoryHash>> HashesAsync(DataSource source)
    {
        await using var services = CoreServices.Build(source, Core.DependencyInjection.LoadWorkflows(CliRun.ShippedWorkflows));
        await using var scope = services.CreateAsyncScope();
        var hashes = await CaseHistoryHash.ComputeAsync(scope.ServiceProvider.GetRequiredService<MediationDbContext>(), CancellationToken.None).ToListAsync();
        CoreServices.Release(source);
        return hashes;
    }

    private static async Task<IReadOnlyList<(string Table, long Rows)>> RowsAsync(DataSource source)
    {
        await using var services = CoreServices.Build(source, Core.DependencyInjection.LoadWorkflows(CliRun.ShippedWorkflows));
        await using var scope = services.CreateAsyncScope();
        var rows = await RowCounts.CountAsync(scope.ServiceProvider.GetRequiredService<MediationDbContext>(), CancellationToken.None);
        CoreServices.Release(source);
        return rows;
    }
}
