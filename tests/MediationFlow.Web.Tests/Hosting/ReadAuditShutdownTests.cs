using System.Net;
using MediationFlow.Core.Persistence;
using MediationFlow.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MediationFlow.Testing;

namespace MediationFlow.Web.Tests.Hosting;

/// <summary>Reads are audited by a background writer; stopping the host cleanly leaves every one of them in the audit table.</summary>
[Trait(TestDatabases.Trait, TestDatabases.SqliteOnly)]
public sealed class ReadAuditShutdownTests
{
    [Fact]
    public async Task Stopping_the_host_leaves_every_read_it_served_in_the_audit_table()
    {
        var factory = new MediationFlowFactory { KeepDataDirectory = true };
        try
        {
            await factory.InitializeAsync();
            var before = await factory.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == "GetInbox", TestRequests.Ct));
            var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
            const int reads = 30;
            await Task.WhenAll(Enumerable.Range(0, reads).Select(async _ =>
            {
                using var response = await mediator.GetPathAsync("/api/v1/inbox");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }));

            await factory.DisposeAsync();

            await using var connection = new SqliteConnection(Database.SqliteConnectionString(factory.DataDirectory));
            await connection.OpenAsync(TestRequests.Ct);
            await using var count = connection.CreateCommand();
            count.CommandText = """SELECT COUNT(*) FROM "AuditEntries" WHERE "Action" = 'GetInbox'""";
            Assert.Equal(before + reads, (long)(await count.ExecuteScalarAsync(TestRequests.Ct))!);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            MediationFlowFactory.DeleteQuietly(factory.DataDirectory);
        }
    }
}
