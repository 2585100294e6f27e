using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;
using static MediationFlow.Core.Tests.Infrastructure.CaseSteps;

namespace MediationFlow.Core.Tests.Features.Intake;

public sealed class RecordConsentTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly TestApp _app = shared.App;

    [Fact]
    public async Task A_party_consent_is_recorded_and_the_case_stays_waiting_for_the_others()
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToAwaitingConsentAsync();
        var applicant = await driver.PartyAsync(PartyRole.Applicant);

        var taken = await driver.TakeAsync(d.MediatorA, "recordConsent", ("party", Key(applicant.Id)));

        Assert.Equal(("awaitingConsent", "awaitingConsent"), (taken.FromState, taken.State));
        var consent = Assert.Single((await driver.StoredAsync()).Consents);
        Assert.Equal((applicant.Id, d.MediatorA, _app.Time.GetUtcNow()), (consent.PartyId, consent.RecordedById, consent.GivenAt));
        var parties = (await driver.ViewAsync(d.MediatorA)).Parties;
        Assert.True(parties.Single(p => p.Id == applicant.Id).Consented);
        Assert.False(parties.Single(p => p.Role == PartyRole.Respondent).Consented);
    }

    [Fact]
    public async Task A_party_consents_once_a_second_time_is_refused_in_the_readers_language()
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToAwaitingConsentAsync();
        var applicant = await driver.PartyAsync(PartyRole.Applicant);
        await driver.TakeAsync(d.MediatorA, "recordConsent", ("party", Key(applicant.Id)));

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => _app.SendAsync<TakeAction.Taken>(d.MediatorA,
            new TakeAction.Command(driver.CaseId, "recordConsent", driver.Version, new Dictionary<string, string?> { ["party"] = Key(applicant.Id) }), "kk"));

        var error = Assert.Single(refused.Errors);
        Assert.Equal(("input.party", "alreadyConsented"), (error.Field, error.Code));
        Assert.Equal("Бұл тараптың медиацияға келісімі тіркеліп қойған.", error.Message);
        Assert.Single((await driver.StoredAsync()).Consents);
    }

    [Fact]
    public async Task A_party_that_is_not_of_this_case_is_a_field_error()
    {
        var d = _app.Data;
        var other = await CaseDriver.OpenAsync(_app);
        var foreignParty = await other.PartyAsync(PartyRole.Applicant);
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToAwaitingConsentAsync();

        foreach (var party in new[] { Key(foreignParty.Id), "999999", "the applicant" })
        {
            var refused = await driver.RefusedAsync<ValidationFailedException>(d.MediatorA, "recordConsent", ("party", party));

            var error = Assert.Single(refused.Errors);
            Assert.Equal(("input.party", "unknownReference"), (error.Field, error.Code));
        }

        Assert.Empty((await driver.StoredAsync()).Consents);
    }

    [Fact]
    public async Task The_chair_cannot_record_consent()
    {
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToAwaitingConsentAsync();
        var applicant = await driver.PartyAsync(PartyRole.Applicant);

        var refused = await driver.RefusedAsync<ActionRefusedException>(_app.Data.ChairA, "recordConsent", ("party", Key(applicant.Id)));

        Assert.True(refused.OnlyRoleBlocks);
    }
}
