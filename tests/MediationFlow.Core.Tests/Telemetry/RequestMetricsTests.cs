using System.Diagnostics.Metrics;
using MediationFlow.Core.Behaviours;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Telemetry;
using MediationFlow.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace MediationFlow.Core.Tests.Telemetry;

/// <summary>The application layer counts and times every request on the MediationFlow meter, tagged by use case, action and outcome.</summary>
public sealed class RequestMetricsTests
{
    [Fact]
    public async Task A_workflow_action_taken_is_counted_and_timed_as_an_ok_command_of_that_action()
    {
        await using var app = await TestApp.StartAsync();
        using var handled = Collect<long>(app, ProductMetrics.RequestsHandled);
        using var duration = Collect<double>(app, ProductMetrics.RequestDuration);
        var driver = await CaseDriver.OpenAsync(app);

        await driver.TakeAsync(app.Data.MediatorA, "acceptForMediation");

        var taken = Assert.Single(handled.GetMeasurementSnapshot(), m => Tag(m.Tags, "request") == "TakeAction");
        Assert.Equal(1, taken.Value);
        Assert.Equal(("command", "acceptForMediation", "ok"), (Tag(taken.Tags, "kind"), Tag(taken.Tags, "action"), Tag(taken.Tags, "outcome")));
        var timed = Assert.Single(duration.GetMeasurementSnapshot(), m => Tag(m.Tags, "request") == "TakeAction");
        Assert.True(timed.ContainsTags(taken.Tags.ToArray()));
        Assert.Single(handled.GetMeasurementSnapshot(), m => Tag(m.Tags, "request") == "OpenCase" && Tag(m.Tags, "outcome") == "ok" && !m.Tags.ContainsKey("action"));
    }

    [Fact]
    public async Task A_read_is_counted_as_a_query()
    {
        await using var app = await TestApp.StartAsync();
        var driver = await CaseDriver.OpenAsync(app);
        using var handled = Collect<long>(app, ProductMetrics.RequestsHandled);

        await driver.ViewAsync(app.Data.MediatorA);

        var read = Assert.Single(handled.GetMeasurementSnapshot());
        Assert.Equal(("GetCase", "query", "ok"), (Tag(read.Tags, "request"), Tag(read.Tags, "kind"), Tag(read.Tags, "outcome")));
    }

    [Fact]
    public async Task An_action_the_workflow_does_not_allow_now_is_counted_as_refused()
    {
        await using var app = await TestApp.StartAsync();
        var driver = await CaseDriver.OpenAsync(app);
        using var handled = Collect<long>(app, ProductMetrics.RequestsHandled);

        await Assert.ThrowsAsync<ActionRefusedException>(() => driver.TakeAsync(app.Data.MediatorA, "signAgreementOnMediation", ("signedByAll", "true")));

        var refused = Assert.Single(handled.GetMeasurementSnapshot());
        Assert.Equal(("signAgreementOnMediation", "refused"), (Tag(refused.Tags, "action"), Tag(refused.Tags, "outcome")));
    }

    [Fact]
    public async Task A_trigger_no_definition_declares_is_tagged_unknown_so_clients_cannot_make_up_series()
    {
        await using var app = await TestApp.StartAsync();
        var driver = await CaseDriver.OpenAsync(app);
        using var handled = Collect<long>(app, ProductMetrics.RequestsHandled);

        await Assert.ThrowsAnyAsync<MediationFlowException>(() => driver.TakeAsync(app.Data.MediatorA, "made-up-" + Guid.NewGuid()));

        var refused = Assert.Single(handled.GetMeasurementSnapshot());
        Assert.Equal((WorkflowActions.Unknown, "refused"), (Tag(refused.Tags, "action"), Tag(refused.Tags, "outcome")));
    }

    [Fact]
    public async Task A_command_on_a_stale_version_is_counted_as_a_conflict()
    {
        await using var app = await TestApp.StartAsync();
        var driver = await CaseDriver.OpenAsync(app);
        var stale = driver.Version;
        await driver.TakeAsync(app.Data.MediatorA, "acceptForMediation");
        using var handled = Collect<long>(app, ProductMetrics.RequestsHandled);

        await Assert.ThrowsAsync<ConflictException>(() => app.SendAsync<TakeAction.Taken>(app.Data.ChairA, new TakeAction.Command(
            driver.CaseId, "assignMediator", stale, new Dictionary<string, string?> { ["mediator"] = app.Data.MediatorA.ToString() })));

        var conflict = Assert.Single(handled.GetMeasurementSnapshot());
        Assert.Equal(("assignMediator", "conflict"), (Tag(conflict.Tags, "action"), Tag(conflict.Tags, "outcome")));
    }

    [Fact]
    public async Task Invalid_fields_are_counted_as_refused()
    {
        await using var app = await TestApp.StartAsync();
        var driver = await CaseDriver.OpenAsync(app);
        using var handled = Collect<long>(app, ProductMetrics.RequestsHandled);

        await Assert.ThrowsAsync<ValidationFailedException>(() => app.SendAsync<TakeAction.Taken>(app.Data.MediatorA,
            new TakeAction.Command(driver.CaseId, "", driver.Version, new Dictionary<string, string?>())));

        Assert.Equal("refused", Tag(Assert.Single(handled.GetMeasurementSnapshot()).Tags, "outcome"));
    }

    [Theory]
    [InlineData(typeof(InvalidOperationException), RequestOutcome.Failed)]
    [InlineData(typeof(TimeoutException), RequestOutcome.Failed)]
    [InlineData(typeof(OperationCanceledException), RequestOutcome.Cancelled)]
    [InlineData(typeof(TaskCanceledException), RequestOutcome.Cancelled)]
    public void A_defect_or_outage_is_failed_and_a_caller_gone_away_is_cancelled(Type exception, RequestOutcome expected) =>
        Assert.Equal(expected, RequestOutcomes.Of((Exception)Activator.CreateInstance(exception)!));

    /// <summary>Measurements of this app's meter only: other tests' apps run in parallel in the same process.</summary>
    internal static MetricCollector<T> Collect<T>(TestApp app, string instrument)
        where T : struct =>
        new(app.Services.GetRequiredService<IMeterFactory>(), ProductMetrics.MeterName, instrument);

    internal static string? Tag(IReadOnlyDictionary<string, object?> tags, string name) =>
        tags.TryGetValue(name, out var value) ? value as string : null;
}
