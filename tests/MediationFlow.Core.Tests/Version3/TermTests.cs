using MediationFlow.Core.Errors;
using MediationFlow.Core.Tests.Infrastructure;
using static MediationFlow.Core.Tests.Infrastructure.CaseSteps;

namespace MediationFlow.Core.Tests.Version3;

/// <summary>Issue 11, points 1 and 2: legal dates are the days the acts happened; the term runs from the agreement on mediation to the last signature.</summary>
public sealed class TermTests
{
    [Fact]
    public async Task The_term_starts_on_the_day_the_agreement_on_mediation_was_signed_not_the_day_it_was_recorded()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await driver.ToConsentV3Async();
        await driver.TakeAsync(app.Data.MediatorA, "sendProposal", ("proposedOn", Day(app, 0)));
        await driver.ConsentAllAsync();
        app.Time.Advance(TimeSpan.FromDays(2));
        await driver.TakeAsync(app.Data.MediatorA, "signAgreementOnMediation", ("signedOn", Day(app, -1)), ("signedByAll", "true"), ("withoutCopyReason", "Kept in the council's paper file"));

        var round = (await driver.RoundsAsync()).Rounds.Single();
        Assert.Equal(Today(app).AddDays(-1), round.MediationStartedOn);
        Assert.Equal(Today(app).AddDays(29), round.TermEndsOn);
        var events = await driver.EventsAsync();
        Assert.Equal(app.Time.GetUtcNow(), events[^1].OccurredAt);
    }

    [Fact]
    public async Task An_agreement_on_mediation_dated_in_the_future_or_before_the_last_consent_is_refused_and_changes_nothing()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await driver.ToConsentV3Async();
        await driver.ConsentAllAsync();

        foreach (var day in new[] { 1, -1 })
        {
            var refused = await driver.RefusedAsync<ValidationFailedException>(app.Data.MediatorA, "signAgreementOnMediation",
                ("signedOn", Day(app, day)), ("signedByAll", "true"));
            Assert.Equal("input.signedOn", Assert.Single(refused.Errors).Field);
        }

        Assert.Null((await driver.RoundsAsync()).Rounds.Single().MediationStartedOn);
    }

    [Fact]
    public async Task A_session_cannot_be_recorded_as_held_before_its_planned_start()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await driver.ToMediationV3Async();
        var session = await driver.ScheduleAsync();
        var party = (await driver.ViewAsChairAsync()).Parties[0];

        var refused = await driver.RefusedAsync<ValidationFailedException>(app.Data.MediatorA, "recordSession",
            ("session", session), ("heldAt", Day(app, 0) + "T08:30"), ("attended", "party:" + Key(party.Id)));
        Assert.Equal("input.heldAt", Assert.Single(refused.Errors).Field);
    }

    [Fact]
    public async Task The_term_keeps_running_through_drafting_review_and_signing_and_the_case_expires_by_itself_with_its_reason()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await driver.ToSignaturesV3Async();

        // 30 days of term and 5 of grace, each ending at midnight in Almaty (the clock starts at 10:00 on day 0).
        await app.AdvanceAndPumpAsync(TimeSpan.FromDays(31));
        Assert.Equal("awaitingSignatures", await driver.StateAsync());
        var notices = (await driver.NotificationsAsync()).Select(n => n.Template).ToList();
        Assert.Contains("deadlineApproaching", notices);
        Assert.Contains("deadlinePassed", notices);

        await app.AdvanceAndPumpAsync(TimeSpan.FromDays(5));
        var stored = await driver.RoundsAsync();
        Assert.Equal("expired", stored.State);
        Assert.Equal("termExpired", stored.OutcomeReason);
        Assert.Equal("termExpired", stored.Rounds.Single().OutcomeReason);
        Assert.Equal("expired", stored.Rounds.Single().Outcome);
    }

    [Fact]
    public async Task The_parties_extend_the_term_from_the_old_deadline_and_it_expires_later()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await driver.ToMediationV3Async();
        var oldDeadline = Today(app).AddDays(30);

        var tooLong = oldDeadline.AddDays(31).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await driver.RefusedAsync<ActionRefusedException>(app.Data.MediatorA, "extendDeadline",
            ("agreedOn", Day(app, 0)), ("extendedUntil", tooLong), ("partiesAgreed", "true"));

        await driver.TakeAsync(app.Data.MediatorA, "extendDeadline",
            ("agreedOn", Day(app, 0)), ("extendedUntil", Day(app, 50)), ("partiesAgreed", "true"));
        Assert.Equal(Today(app).AddDays(50), (await driver.RoundsAsync()).Rounds.Single().TermEndsOn);

        await app.AdvanceAndPumpAsync(TimeSpan.FromDays(40));
        Assert.Equal("inMediation", await driver.StateAsync());
        await app.AdvanceAndPumpAsync(TimeSpan.FromDays(16));
        Assert.Equal("expired", await driver.StateAsync());
    }

    [Fact]
    public async Task The_last_signature_stops_the_term_so_a_signed_case_never_expires()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await driver.ToMonitoringV3Async();

        await app.AdvanceAndPumpAsync(TimeSpan.FromDays(40));

        Assert.Equal("monitoring", await driver.StateAsync());
        Assert.DoesNotContain(await driver.TimersAsync(), t => t.TimerId == "termExpiry" && t.Status == Domain.TimerStatus.Pending);
    }

    [Fact]
    public async Task After_the_deadline_a_signature_dated_after_it_is_refused_and_one_dated_within_it_is_recorded()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await driver.ToSignaturesV3Async();
        await app.AdvanceAndPumpAsync(TimeSpan.FromDays(32));
        await driver.RefreshAsync();
        var party = (await driver.ViewAsChairAsync()).Parties[0];

        var late = await driver.RefusedAsync<ValidationFailedException>(app.Data.MediatorA, "recordSignature",
            ("party", Key(party.Id)), ("signedOn", Day(app, 0)), ("method", "inPerson"), ("withoutCopyReason", "Kept in the council's paper file"));
        Assert.Equal("input.signedOn", Assert.Single(late.Errors).Field);

        await driver.TakeAsync(app.Data.MediatorA, "recordSignature", ("party", Key(party.Id)), ("signedOn", Day(app, -2)), ("method", "inPerson"), ("withoutCopyReason", "Kept in the council's paper file"));
        Assert.Equal("awaitingSignatures", await driver.StateAsync());
    }

    [Fact]
    public async Task An_extension_agreed_within_the_term_is_recorded_in_the_grace_period_but_one_agreed_after_it_is_refused()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await driver.ToMediationV3Async();
        await app.AdvanceAndPumpAsync(TimeSpan.FromDays(32));
        await driver.RefreshAsync();
        Assert.Equal("inMediation", await driver.StateAsync());

        var late = await driver.RefusedAsync<ValidationFailedException>(app.Data.MediatorA, "extendDeadline",
            ("agreedOn", Day(app, 0)), ("extendedUntil", Day(app, 10)), ("partiesAgreed", "true"));
        Assert.Equal("input.agreedOn", Assert.Single(late.Errors).Field);

        await driver.TakeAsync(app.Data.MediatorA, "extendDeadline", ("agreedOn", Day(app, -3)), ("extendedUntil", Day(app, 10)), ("partiesAgreed", "true"));
        await app.AdvanceAndPumpAsync(TimeSpan.FromDays(6));
        Assert.Equal("inMediation", await driver.StateAsync());
    }
}
