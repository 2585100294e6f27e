using MediationFlow.Core.Tests.Infrastructure;
using static MediationFlow.Core.Tests.Infrastructure.CaseSteps;

namespace MediationFlow.Core.Tests.Version3;

/// <summary>Issue 11, points 10 and 11: every end state records its outcome and reason (the timers' ones are in TermTests and ConsentTests).</summary>
public sealed class EndStateTests
{
    [Fact]
    public async Task A_ground_found_during_mediation_ends_the_case_as_not_mediable_and_is_recorded_as_answered()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await driver.ToDraftingV3Async();

        await driver.TakeAsync(app.Data.ChairA, "closeNotMediable", ("ground", "stateBodyIsParty"));

        var stored = await driver.RoundsAsync();
        Assert.Equal("notMediable", stored.State);
        Assert.Equal("stateBodyIsParty", stored.OutcomeReason);
        Assert.True(stored.StateBodyIsParty);
        Assert.True(stored.IsClosed);
    }

    [Fact]
    public async Task A_party_that_declines_ends_the_case_as_declined()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await driver.ToConsentV3Async();
        var party = (await driver.ViewAsChairAsync()).Parties[1];

        await driver.TakeAsync(app.Data.MediatorA, "recordDecline", ("party", Key(party.Id)), ("declinedOn", Day(app, 0)), ("reason", "Does not want to talk."));

        var stored = await driver.RoundsAsync();
        Assert.Equal(("declined", "partyDeclined"), (stored.State, stored.OutcomeReason));
        Assert.Equal("partyDeclined", stored.Rounds.Single().OutcomeReason);
    }

    [Fact]
    public async Task A_party_that_withdraws_after_the_agreement_on_mediation_ends_the_case_as_withdrawn()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await driver.ToMediationV3Async();
        var party = (await driver.ViewAsChairAsync()).Parties[0];

        await driver.TakeAsync(app.Data.MediatorA, "withdraw", ("party", Key(party.Id)), ("withdrawnOn", Day(app, 0)));

        var stored = await driver.RoundsAsync();
        Assert.Equal(("withdrawn", "partyWithdrew"), (stored.State, stored.OutcomeReason));
    }

    [Fact]
    public async Task Parties_that_could_not_agree_end_the_case_as_no_agreement()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await driver.ToMediationV3Async();
        await driver.HoldJointSessionV3Async();

        await driver.TakeAsync(app.Data.MediatorA, "declareImpasse", ("reason", "couldNotAgree"));

        var stored = await driver.RoundsAsync();
        Assert.Equal(("noAgreement", "couldNotAgree"), (stored.State, stored.OutcomeReason));
    }

    [Theory]
    [InlineData("registered")]
    [InlineData("awaitingAssignment")]
    [InlineData("awaitingTransfer")]
    [InlineData("awaitingDeclaration")]
    [InlineData("awaitingConsent")]
    [InlineData("inMediation")]
    [InlineData("draftingAgreement")]
    [InlineData("awaitingReview")]
    [InlineData("awaitingSignatures")]
    public async Task A_ground_found_before_the_settlement_is_signed_closes_the_case_as_not_mediable_from_any_state(string state)
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await LivenessTests.ArrangeAsync(driver, state);

        await driver.TakeAsync(app.Data.ChairA, "closeNotMediable", ("ground", "partyLacksCapacity"), ("note", "A court judgment was produced."));

        var stored = await driver.RoundsAsync();
        Assert.Equal(("notMediable", "partyLacksCapacity"), (stored.State, stored.OutcomeReason));
        Assert.True(stored.PartyLacksCapacity);
    }
}
