using MediationFlow.Core.Domain;
using MediationFlow.Core.Tests.Infrastructure;

namespace MediationFlow.Core.Tests.Timers;

/// <summary>Follow-up of an approved agreement: each obligation on its due date, the case at 30 and 90 days.</summary>
public sealed class FollowUpTimerTests
{
    [Fact]
    public async Task Obligation_and_follow_up_timers_fire_on_their_days_and_tell_the_mediator()
    {
        await using var app = await TestApp.StartAsync();
        var d = app.Data;
        var driver = await CaseDriver.OpenAsync(app);
        await driver.IntoMediationAsync();
        await driver.ToApprovedAgreementAsync();
        var approvedAt = app.Time.GetUtcNow();
        var obligation = (await driver.ViewAsync(d.MediatorA)).Obligations.Single();
        var timers = (await app.TimersAsync(driver.CaseId)).Where(t => t.Status == TimerStatus.Pending).ToDictionary(t => t.TimerId);
        Assert.Equal(
            new[] { "followUp30", "followUp90", $"obligationDue:{obligation.Id}" }.Order(StringComparer.Ordinal),
            timers.Keys.Order(StringComparer.Ordinal));

        // Due 10 December: the check falls due at the end of that day in Kazakhstan (UTC+5).
        var endOfDueDay = new DateTimeOffset(2026, 12, 11, 0, 0, 0, TimeSpan.FromHours(5));
        Assert.Equal(endOfDueDay, timers[$"obligationDue:{obligation.Id}"].DueAt);
        app.Time.SetUtcNow(endOfDueDay - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await app.PumpAsync());
        app.Time.SetUtcNow(endOfDueDay);
        Assert.Equal(1, await app.PumpAsync());
        await AssertFiredAsync(app, driver.CaseId, $"obligationDue:{obligation.Id}", "obligationDue", d.MediatorA);

        app.Time.SetUtcNow(approvedAt + TimeSpan.FromDays(30) + TimeSpan.FromMinutes(1));
        Assert.Equal(1, await app.PumpAsync());
        await AssertFiredAsync(app, driver.CaseId, "followUp30", "followUpCheckDue", d.MediatorA);
        Assert.Equal(TimerStatus.Pending, (await app.TimersAsync(driver.CaseId)).Single(t => t.TimerId == "followUp90").Status);

        app.Time.SetUtcNow(approvedAt + TimeSpan.FromDays(90) + TimeSpan.FromMinutes(1));
        Assert.Equal(1, await app.PumpAsync());
        await AssertFiredAsync(app, driver.CaseId, "followUp90", "followUpCheckDue", d.MediatorA);

        var row = await app.CaseRowAsync(driver.CaseId);
        Assert.Equal("monitoring", row.State);
        var systemEvents = (await app.EventsAsync(driver.CaseId)).Where(e => e.ActorId is null).Select(e => e.Trigger);
        Assert.Equal(["obligationDue", "followUpCheckDue", "followUpCheckDue"], systemEvents);
        Assert.Equal(2, (await app.NotificationsAsync(driver.CaseId)).Count(n => n.Template == "followUpCheckDue"));
    }

    private static async Task AssertFiredAsync(TestApp app, long caseId, string timerId, string template, Guid mediator)
    {
        var timer = (await app.TimersAsync(caseId)).Single(t => t.TimerId == timerId);
        Assert.Equal(TimerStatus.Fired, timer.Status);
        var notice = (await app.NotificationsAsync(caseId)).Last();
        Assert.Equal((template, mediator), (notice.Template, notice.UserId));
    }
}
