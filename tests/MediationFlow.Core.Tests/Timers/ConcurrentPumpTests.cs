using MediationFlow.Core.Domain;
using MediationFlow.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Tests.Timers;

/// <summary>Two app instances on one database (a later multi-instance deployment): every timer fires once.</summary>
public sealed class ConcurrentPumpTests
{
    private const int Cases = 12;

    [Fact]
    public async Task Two_pumps_running_at_once_fire_each_due_timer_exactly_once()
    {
        await using var app = await TestApp.StartAsync();
        var ids = new List<long>();
        for (var i = 0; i < Cases; i++)
        {
            var driver = await CaseDriver.OpenAsync(app);
            await driver.IntoMediationAsync();
            ids.Add(driver.CaseId);
        }

        await using var other = await app.OpenSecondInstanceAsync();
        app.Time.Advance(TimeSpan.FromDays(31));

        // Task.Run: SQLite calls complete synchronously, so without it the first pump would finish before the second starts.
        var fired = await Task.WhenAll(Task.Run(app.PumpAsync), Task.Run(other.PumpAsync));

        Assert.Equal(Cases, fired.Sum());
        var timers = await app.WithDbAsync(db => db.DueTimers.AsNoTracking().Where(t => ids.Contains(t.CaseId)).ToListAsync());
        Assert.Equal(Cases, timers.Count);
        Assert.All(timers, t => Assert.Equal(TimerStatus.Fired, t.Status));
        var events = await app.WithDbAsync(db => db.CaseEvents.AsNoTracking().Where(e => ids.Contains(e.CaseId) && e.Trigger == "deadlinePassed").ToListAsync());
        Assert.Equal(ids.Order(), events.Select(e => e.CaseId).Order());
        var notices = await app.WithDbAsync(db => db.Notifications.AsNoTracking().CountAsync(n => ids.Contains(n.CaseId) && n.Template == "deadlinePassed"));
        Assert.Equal(Cases * 2, notices);

        // Nothing is left for either pump.
        Assert.Equal(0, await app.PumpAsync() + await other.PumpAsync());
    }
}
