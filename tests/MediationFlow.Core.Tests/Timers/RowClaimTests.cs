using MediationFlow.Core.Domain;
using MediationFlow.Core.Features.Timers;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Testing;
using Npgsql;

namespace MediationFlow.Core.Tests.Timers;

/// <summary>
/// On PostgreSQL a pump passes over a timer another instance is firing, at once, instead of waiting for that
/// instance's commit; the timer fires once its holder lets go without firing it.
/// </summary>
public sealed class RowClaimTests
{
    [Fact]
    public async Task A_timer_another_instance_holds_is_passed_over_without_waiting_and_fires_once_released()
    {
        PostgresPrerequisite.Require();

        // Were the row waited for instead of passed over, the wait fails after a while rather than hanging the run.
        var database = new NpgsqlConnectionStringBuilder(await TestDatabases.CreateAsync()) { Options = "-c lock_timeout=10s" };
        await using var app = await TestApp.StartOnPostgreSqlAsync(database.ToString());
        var held = await CaseDriver.OpenAsync(app);
        await held.IntoMediationAsync();
        var free = await CaseDriver.OpenAsync(app);
        await free.IntoMediationAsync();
        app.Time.Advance(TimeSpan.FromDays(31));
        var heldTimer = Assert.Single(await app.TimersAsync(held.CaseId));

        // Another instance is part way through firing the timer: its transaction holds the row.
        await using var other = new NpgsqlConnection(app.Database.ConnectionString);
        await other.OpenAsync(TestContext.Current.CancellationToken);
        await using var firing = await other.BeginTransactionAsync(TestContext.Current.CancellationToken);
        await using (var claim = new NpgsqlCommand("""SELECT "Id" FROM "DueTimers" WHERE "Id" = @id FOR UPDATE""", other, firing))
        {
            claim.Parameters.AddWithValue("id", heldTimer.Id);
            Assert.Equal(heldTimer.Id, await claim.ExecuteScalarAsync(TestContext.Current.CancellationToken));
        }

        Assert.Equal(FireTimer.Outcome.ClaimedElsewhere, await app.SendAsSystemAsync<FireTimer.Outcome>(new FireTimer.Command(heldTimer.Id)));
        Assert.Equal(1, await app.PumpAsync());
        Assert.Equal(TimerStatus.Pending, Assert.Single(await app.TimersAsync(held.CaseId)).Status);
        Assert.Equal(TimerStatus.Fired, Assert.Single(await app.TimersAsync(free.CaseId)).Status);

        // The other instance died before it committed: its claim ends with its transaction.
        await firing.RollbackAsync(TestContext.Current.CancellationToken);
        Assert.Equal(1, await app.PumpAsync());
        Assert.Single(await app.EventsAsync(held.CaseId), e => e.Trigger == "deadlinePassed");
        Assert.Equal(TimerStatus.Fired, Assert.Single(await app.TimersAsync(held.CaseId)).Status);
    }
}
