using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;
using static MediationFlow.Core.Tests.Infrastructure.CaseSteps;

namespace MediationFlow.Core.Tests.Features.Intake;

public sealed class SignAgreementOnMediationTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private const string EveryPartyMustConsent = "Every party must give voluntary consent first";

    private readonly TestApp _app = shared.App;

    [Fact]
    public async Task Signing_is_blocked_until_every_party_has_consented()
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToAwaitingConsentAsync();

        var none = await driver.RefusedAsync<ActionRefusedException>(d.MediatorA, "signAgreementOnMediation", ("signedByAll", "true"));
        await driver.TakeAsync(d.MediatorA, "recordConsent", ("party", Key((await driver.PartyAsync(PartyRole.Applicant)).Id)));
        var one = await driver.RefusedAsync<ActionRefusedException>(d.MediatorA, "signAgreementOnMediation", ("signedByAll", "true"));

        Assert.Equal([EveryPartyMustConsent], none.Reasons);
        Assert.Equal([EveryPartyMustConsent], one.Reasons);
        Assert.False(one.OnlyRoleBlocks);
        var blocked = (await driver.ViewAsync(d.MediatorA)).Actions.Single(a => a.Trigger == "signAgreementOnMediation");
        Assert.False(blocked.Permitted);
        Assert.Equal(("guard", "allPartiesConsented"), (blocked.BlockedBy.Single().Kind, blocked.BlockedBy.Single().Code));
    }

    [Fact]
    public async Task A_party_added_after_the_others_consented_must_consent_too()
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToAwaitingConsentAsync();
        foreach (var party in (await driver.ViewAsync(d.MediatorA)).Parties)
        {
            await driver.TakeAsync(d.MediatorA, "recordConsent", ("party", Key(party.Id)));
        }

        var added = await _app.SendAsync<EditParties.Edited>(d.MediatorA,
            new EditParties.Command(driver.CaseId, driver.Version, null, new PartyDetails(PartyRole.Respondent, "Serik Bekov")));
        driver.Version = added.Version;

        var refused = await driver.RefusedAsync<ActionRefusedException>(d.MediatorA, "signAgreementOnMediation", ("signedByAll", "true"));
        Assert.Equal([EveryPartyMustConsent], refused.Reasons);
        await driver.TakeAsync(d.MediatorA, "recordConsent", ("party", Key(added.PartyId)));
        Assert.Equal("inMediation", (await driver.TakeAsync(d.MediatorA, "signAgreementOnMediation", ("signedByAll", "true"))).State);
    }

    [Fact]
    public async Task Signing_starts_mediation_that_day_with_a_30_day_deadline_timer()
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);

        await driver.IntoMediationAsync();

        var now = _app.Time.GetUtcNow();
        var stored = await driver.StoredAsync();
        Assert.Equal(("inMediation", "hearing"), (stored.State, stored.Stage));
        var agreement = Assert.Single(stored.MediationAgreements);
        Assert.Equal((now, d.MediatorA), (agreement.SignedAt, agreement.MediatorId));
        Assert.Equal(now.AddDays(30), stored.Deadline);
        var timer = Assert.Single(await driver.TimersAsync());
        Assert.Equal(("mediationDeadline", "deadlinePassed", TimerStatus.Pending, now.AddDays(30)), (timer.TimerId, timer.Trigger, timer.Status, timer.DueAt));
        Assert.Equal(now.AddDays(30), (await driver.ViewAsync(d.MediatorA)).Deadline);
    }

    [Fact]
    public async Task The_signatures_must_be_confirmed()
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToAwaitingConsentAsync();
        foreach (var party in (await driver.ViewAsync(d.MediatorA)).Parties)
        {
            await driver.TakeAsync(d.MediatorA, "recordConsent", ("party", Key(party.Id)));
        }

        var refused = await driver.RefusedAsync<ValidationFailedException>(d.MediatorA, "signAgreementOnMediation", ("signedByAll", "no"));

        Assert.Equal(("input.signedByAll", "mustConfirm"), (refused.Errors.Single().Field, refused.Errors.Single().Code));
        Assert.Empty(await driver.TimersAsync());
        Assert.Null((await driver.StoredAsync()).Deadline);
    }

    [Fact]
    public async Task The_chair_does_not_sign_the_agreement_on_mediation()
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToAwaitingConsentAsync();
        foreach (var party in (await driver.ViewAsync(d.MediatorA)).Parties)
        {
            await driver.TakeAsync(d.MediatorA, "recordConsent", ("party", Key(party.Id)));
        }

        var refused = await driver.RefusedAsync<ActionRefusedException>(d.ChairA, "signAgreementOnMediation", ("signedByAll", "true"));

        Assert.True(refused.OnlyRoleBlocks);
    }
}
