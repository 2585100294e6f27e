using System.Text.RegularExpressions;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Security;
using MediationFlow.Core.Tests.Infrastructure;
using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MediationFlow.Testing;

namespace MediationFlow.Core.Tests.Security;

/// <summary>
/// Reads are audited by one background writer: a read never waits for the write lock, and nothing read is
/// left out of the audit table once the trail is completed, as a clean shutdown completes it.
/// </summary>
public sealed class ReadAuditTrailTests
{
    [Trait(TestDatabases.Trait, TestDatabases.SqliteOnly)]
    [Fact]
    public async Task A_read_is_served_while_another_writer_holds_the_write_lock_and_is_audited_once_the_lock_is_free()
    {
        await using var app = await TestApp.StartAsync();
        var driver = await CaseDriver.OpenAsync(app);
        var chair = app.Data.ChairA;
        var turns = app.Services.GetRequiredService<WriteTurns>();
        await using var other = new SqliteConnection(Database.SqliteConnectionString(app.Folder));
        await other.OpenAsync(TestContext.Current.CancellationToken);

        // Another process holds SQLite's write lock, and this process's writer turn is taken too.
        await using (var transaction = await other.BeginTransactionAsync(TestContext.Current.CancellationToken))
        {
            await turns.EnterAsync(TestContext.Current.CancellationToken);
            try
            {
                var view = await app.SendAsync<CaseView>(chair, new GetCase.Query(driver.CaseId));

                Assert.Equal(driver.CaseId, view.Id);
                Assert.Equal(0, await CountAsync(other, "GetCase", driver.CaseId, (SqliteTransaction)transaction));
            }
            finally
            {
                turns.Leave();
            }
        }

        await app.Services.GetRequiredService<ReadAuditTrail>().FlushAsync(TestContext.Current.CancellationToken);
        Assert.Equal(1, await CountAsync(other, "GetCase", driver.CaseId));
    }

    [Trait(TestDatabases.Trait, TestDatabases.SqliteOnly)]
    [Fact]
    public async Task Completing_the_trail_writes_every_read_still_waiting_to_be_written()
    {
        await using var app = await TestApp.StartAsync();
        var driver = await CaseDriver.OpenAsync(app);
        var trail = app.Services.GetRequiredService<ReadAuditTrail>();
        var turns = app.Services.GetRequiredService<WriteTurns>();
        const int reads = 5;

        await turns.EnterAsync(TestContext.Current.CancellationToken);
        Task completing;
        try
        {
            for (var i = 0; i < reads; i++)
            {
                await app.SendAsync<IReadOnlyList<GetHistory.HistoryEntry>>(app.Data.ChairA, new GetHistory.Query(driver.CaseId));
            }

            completing = trail.CompleteAsync();
            Assert.False(completing.IsCompleted);
        }
        finally
        {
            turns.Leave();
        }

        await completing;
        await using var connection = new SqliteConnection(Database.SqliteConnectionString(app.Folder));
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        Assert.Equal(reads, await CountAsync(connection, "GetHistory", driver.CaseId));
    }

    [Fact]
    public async Task Reads_within_the_gathering_time_are_written_together_in_one_transaction()
    {
        await using var app = await TestApp.StartAsync();
        var driver = await CaseDriver.OpenAsync(app);
        var log = new DatabaseEvents();
        await using var services = log.Build(app);
        const int reads = 5;

        for (var i = 0; i < reads; i++)
        {
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentActor>().SignIn(app.Data.ChairA);
            await scope.ServiceProvider.GetRequiredService<ISender>().Send(new GetHistory.Query(driver.CaseId), TestContext.Current.CancellationToken);
        }

        // A fifth of a second passes for the writer, which would have written each entry by now, while the test's clock,
        // which the gathering time is measured on, stands still.
        await Task.Delay(TimeSpan.FromMilliseconds(200), TestContext.Current.CancellationToken);
        Assert.DoesNotContain(DatabaseEvents.TransactionStarted, log.Events);

        await services.GetRequiredService<ReadAuditTrail>().FlushAsync(TestContext.Current.CancellationToken);

        Assert.Single(log.Events, DatabaseEvents.TransactionStarted);
        // PostgreSQL receives the inserts as one batch, SQLite one by one: counted as statements either way.
        Assert.Equal(reads, log.Events.Sum(e => Regex.Count(e, "^INSERT INTO \"AuditEntries\"", RegexOptions.Multiline)));
    }

    private static async Task<long> CountAsync(SqliteConnection connection, string action, long caseId, SqliteTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """SELECT COUNT(*) FROM "AuditEntries" WHERE "Action" = $action AND "CaseId" = $case""";
        command.Parameters.AddWithValue("$action", action);
        command.Parameters.AddWithValue("$case", caseId);
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
