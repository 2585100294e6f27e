using MediationFlow.Core.Domain;
using MediationFlow.Core.Tests.Infrastructure;

namespace MediationFlow.Core.Tests.Lifecycle;

/// <summary>What every closed case must look like, whichever way it closed.</summary>
internal static class ClosedCase
{
    /// <summary>
    /// Closed in <paramref name="state"/> at the app's current time, one history event per version
    /// ending in that state, and no timer left to fire on it.
    /// </summary>
    public static async Task AssertClosedAsync(CaseDriver driver, string state)
    {
        var stored = await driver.StoredAsync();
        Assert.Equal(state, stored.State);
        Assert.Equal("closed", stored.Stage);
        Assert.True(stored.IsClosed);
        Assert.Equal(driver.App.Time.GetUtcNow(), stored.ClosedAt);

        var events = await driver.EventsAsync();
        Assert.Equal(stored.Version, events.Count);
        Assert.Equal(Enumerable.Range(1, stored.Version), events.Select(e => e.Sequence));
        Assert.Equal(state, events[^1].ToState);

        Assert.DoesNotContain(await driver.TimersAsync(), t => t.Status == TimerStatus.Pending);

        var view = await driver.ViewAsync(driver.App.Data.ChairA);
        Assert.True(view.IsClosed);
        // Only a breached case has a way back (the chair reopens it); every other closed case is final.
        Assert.All(view.Actions.Where(a => a.Permitted), a => Assert.Equal(("breached", "reopen"), (state, a.Trigger)));
    }
}
