using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;
using static MediationFlow.Core.Tests.Infrastructure.CaseSteps;

namespace MediationFlow.Core.Tests.Features.Hearing;

/// <summary>
/// Each test has its own database: they move the clock, and the timer pump fires every due timer in the file.
/// The limits come from the definition's settings (maxExtension, maxExtensions), not from constants here.
/// </summary>
public sealed class ExtendDeadlineTests
{
    private const string BeyondLimit = "The new deadline is in the past or beyond the allowed extension";

    private static WorkflowSettings Settings => TestApp.Workflows.Latest(DependencyInjection.DefaultDefinitionId).Settings;

    private static int MaxExtensionDays => (int)Settings.MaxExtension!.Value.TotalDays;

    private static async Task<CaseDriver> OverdueAsync(TestApp app)
    {
        var driver = await CaseDriver.OpenAsync(app);
        await driver.IntoMediationAsync();
        await app.AdvanceAndPumpAsync(TimeSpan.FromDays(31));
        await driver.RefreshAsync();
        Assert.Equal("overdue", (await driver.StoredAsync()).State);
        return driver;
    }

    [Fact]
    public async Task The_parties_extend_an_overdue_mediation_to_a_new_date_that_becomes_the_deadline()
    {
        await using var app = await TestApp.StartAsync();
        var driver = await OverdueAsync(app);
        var until = Today(app).AddDays(10);

        var taken = await driver.TakeAsync(app.Data.MediatorA, "extendDeadline",
            ("extendedUntil", until.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), ("partiesAgreed", "true"));

        Assert.Equal(("overdue", "extendedMediation"), (taken.FromState, taken.State));
        var stored = await driver.StoredAsync();
        // A date deadline runs to the end of that day in Kazakhstan.
        var endOfDay = new DateTimeOffset(until.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(5));
        Assert.Equal((1, (DateTimeOffset?)endOfDay), (stored.Extensions, stored.Deadline));
        var timer = Assert.Single(await driver.TimersAsync(), t => t.Status == TimerStatus.Pending);
        Assert.Equal(("extendedDeadline", endOfDay), (timer.TimerId, timer.DueAt));
    }

    [Fact]
    public async Task The_new_date_must_be_after_today_and_within_the_maximum_extension()
    {
        await using var app = await TestApp.StartAsync();
        var driver = await OverdueAsync(app);
        var d = app.Data;

        foreach (var days in new[] { MaxExtensionDays + 1, 0, -1 })
        {
            var refused = await driver.RefusedAsync<ActionRefusedException>(d.MediatorA, "extendDeadline", ("extendedUntil", Day(app, days)), ("partiesAgreed", "true"));

            Assert.Equal([BeyondLimit], refused.Reasons);
            Assert.False(refused.OnlyRoleBlocks);
        }

        await driver.TakeAsync(d.MediatorA, "extendDeadline", ("extendedUntil", Day(app, MaxExtensionDays)), ("partiesAgreed", "true"));
        Assert.Equal("extendedMediation", (await driver.StoredAsync()).State);
    }

    [Fact]
    public async Task The_deadline_is_extended_no_more_often_than_the_definition_allows()
    {
        await using var app = await TestApp.StartAsync();
        var driver = await OverdueAsync(app);
        var d = app.Data;
        Assert.Equal(1, Settings.MaxExtensions);
        await driver.TakeAsync(d.MediatorA, "extendDeadline", ("extendedUntil", Day(app, 5)), ("partiesAgreed", "true"));

        await app.AdvanceAndPumpAsync(TimeSpan.FromDays(6));
        await driver.RefreshAsync();
        Assert.Equal("overdue", (await driver.StoredAsync()).State);
        var refused = await driver.RefusedAsync<ActionRefusedException>(d.MediatorA, "extendDeadline", ("extendedUntil", Day(app, 5)), ("partiesAgreed", "true"));

        Assert.Equal(["The deadline cannot be extended again"], refused.Reasons);
        Assert.Equal(TimerStatus.Fired, (await driver.TimersAsync()).Single(t => t.TimerId == "extendedDeadline").Status);
    }

    [Fact]
    public async Task Extending_needs_the_parties_agreement_confirmed_and_a_date()
    {
        await using var app = await TestApp.StartAsync();
        var driver = await OverdueAsync(app);

        var refused = await driver.RefusedAsync<ValidationFailedException>(app.Data.MediatorA, "extendDeadline", ("extendedUntil", "next week"));

        Assert.Equal(
            [("input.extendedUntil", "notDate"), ("input.partiesAgreed", "mustConfirm")],
            refused.Errors.Select(e => (e.Field, e.Code)).Order());
    }

    [Fact]
    public async Task A_running_mediation_cannot_be_extended_and_the_chair_cannot_extend_at_all()
    {
        await using var app = await TestApp.StartAsync();
        var running = await CaseDriver.OpenAsync(app);
        await running.IntoMediationAsync();

        var notYet = await running.RefusedAsync<ActionRefusedException>(app.Data.MediatorA, "extendDeadline", ("extendedUntil", Day(app, 40)), ("partiesAgreed", "true"));
        Assert.Equal(Refusal.NotAvailable, notYet.Refusal);

        var overdue = await OverdueAsync(app);
        var chair = await overdue.RefusedAsync<ActionRefusedException>(app.Data.ChairA, "extendDeadline", ("extendedUntil", Day(app, 5)), ("partiesAgreed", "true"));
        Assert.True(chair.OnlyRoleBlocks);
    }
}
