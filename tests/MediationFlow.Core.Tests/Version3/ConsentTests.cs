using MediationFlow.Core.Errors;
using MediationFlow.Core.Tests.Infrastructure;
using static MediationFlow.Core.Tests.Infrastructure.CaseSteps;

namespace MediationFlow.Core.Tests.Version3;

/// <summary>Issue 11, point 3: an answer window for the proposal; consent accepts the mediator assigned at the time.</summary>
public sealed class ConsentTests
{
    [Fact]
    public async Task Without_every_consent_within_the_answer_window_the_case_is_declined_by_itself_with_the_reason()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await driver.ToConsentV3Async();
        await driver.TakeAsync(app.Data.MediatorA, "sendProposal", ("proposedOn", Day(app, 0)));
        var applicant = (await driver.ViewAsChairAsync()).Parties[0];
        await driver.TakeAsync(app.Data.MediatorA, "recordConsent", ("party", Key(applicant.Id)), ("consentedOn", Day(app, 0)));

        await app.AdvanceAndPumpAsync(TimeSpan.FromDays(10));
        Assert.Equal("awaitingConsent", await driver.StateAsync());
        await app.AdvanceAndPumpAsync(TimeSpan.FromDays(1));

        var stored = await driver.RoundsAsync();
        Assert.Equal("declined", stored.State);
        Assert.Equal("noAnswerInWindow", stored.OutcomeReason);
        Assert.Contains(await driver.NotificationsAsync(), n => n.Template == "caseClosedByTimer");
    }

    [Fact]
    public async Task Consents_given_to_a_replaced_mediator_stop_counting_and_fresh_ones_resume_the_mediation_on_the_same_term()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await driver.ToMediationV3Async();
        var term = (await driver.RoundsAsync()).Rounds.Single().TermEndsOn;

        await driver.TakeAsync(app.Data.ChairA, "replaceMediator", ("mediator", Key(app.Data.MediatorA2)), ("reason", "Mediator A is ill."));
        await driver.TakeAsync(app.Data.MediatorA2, "declareNoConflict", ("declaration", "true"));
        var blocked = (await driver.ViewAsync(app.Data.MediatorA2)).Actions.Single(a => a.Trigger == "resumeMediation");
        Assert.Contains(blocked.BlockedBy, b => b.Code == "allPartiesAccepted");

        await driver.ConsentAllAsync(app.Data.MediatorA2);
        await driver.TakeAsync(app.Data.MediatorA2, "resumeMediation");

        var stored = await driver.RoundsAsync();
        Assert.Equal("inMediation", stored.State);
        Assert.Equal(term, stored.Rounds.Single().TermEndsOn);
        Assert.Equal(1, stored.Round);
    }

    [Fact]
    public async Task After_a_recusal_the_parties_consent_again_to_the_new_mediator()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await driver.ToConsentV3Async();
        await driver.ConsentAllAsync();

        await driver.TakeAsync(app.Data.MediatorA, "recuse", ("reason", "I know the respondent."));
        await driver.TakeAsync(app.Data.ChairA, "assignMediator", ("mediator", Key(app.Data.MediatorA2)));
        await driver.TakeAsync(app.Data.MediatorA2, "declareNoConflict", ("declaration", "true"));

        var sign = (await driver.ViewAsync(app.Data.MediatorA2)).Actions.Single(a => a.Trigger == "signAgreementOnMediation");
        Assert.False(sign.Permitted);
        var party = (await driver.ViewAsChairAsync()).Parties[0];
        await driver.TakeAsync(app.Data.MediatorA2, "recordConsent", ("party", Key(party.Id)), ("consentedOn", Day(app, 0)));
        var refused = await driver.RefusedAsync<ValidationFailedException>(app.Data.MediatorA2, "recordConsent", ("party", Key(party.Id)), ("consentedOn", Day(app, 0)));
        Assert.Equal("input.party", Assert.Single(refused.Errors).Field);
    }
}
