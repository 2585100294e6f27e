using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Tests.BadInput;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Core.Tests.Features.Cases;

/// <summary>The screening answers and where the case came from are part of intake: correctable until mediation starts.</summary>
public sealed class ScreeningAndReferralTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly TestApp _app = shared.App;

    [Fact]
    public async Task A_case_is_registered_with_the_state_body_answer_and_its_referral()
    {
        var d = _app.Data;
        var opened = await _app.SendAsync<OpenCase.Opened>(d.MediatorA, new OpenCase.Command(
            d.CouncilA, DisputeCategory.Labour, "Unpaid wages.", false, false, false,
            [new PartyDetails(PartyRole.Applicant, "Igor Zaitsev"), new PartyDetails(PartyRole.Respondent, "Plant LLP", Kind: PartyKind.Organisation)],
            StateBodyIsParty: true, ReferralSource: ReferralSource.Court, ReferralNote: "  The judge proposed mediation. ", ProceedingReference: "2-1234/2026"));

        var view = await _app.SendAsync<CaseView>(d.MediatorA, new GetCase.Query(opened.CaseId));

        Assert.Equal((true, (ReferralSource?)ReferralSource.Court, "The judge proposed mediation.", "2-1234/2026"),
            (view.StateBodyIsParty, view.ReferralSource, view.ReferralNote, view.ProceedingReference));
    }

    [Fact]
    public async Task The_screening_is_corrected_during_intake_with_a_history_event()
    {
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToAwaitingConsentAsync();

        var edited = await _app.SendAsync<EditScreening.Edited>(_app.Data.ChairA, new EditScreening.Command(driver.CaseId, driver.Version, true, false, false, true));

        var stored = await driver.StoredAsync();
        Assert.Equal((true, false, true, edited.Version), (stored.AffectsThirdParties, stored.PartyLacksCapacity, stored.StateBodyIsParty, stored.Version));
        var entry = (await driver.EventsAsync())[^1];
        Assert.Equal(("editScreening", "awaitingConsent", "awaitingConsent"), (entry.Trigger, entry.FromState, entry.ToState));
    }

    [Fact]
    public async Task Once_mediation_has_started_the_screening_and_the_referral_stay_as_agreed()
    {
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.IntoMediationAsync();

        var screening = await NothingChanged.RefusedAsync<ValidationFailedException>(_app, () => _app.SendAsync<EditScreening.Edited>(_app.Data.MediatorA,
            new EditScreening.Command(driver.CaseId, driver.Version, false, false, false, true)));
        var referral = await NothingChanged.RefusedAsync<ValidationFailedException>(_app, () => _app.SendAsync<EditReferral.Edited>(_app.Data.MediatorA,
            new EditReferral.Command(driver.CaseId, driver.Version, ReferralSource.Police)));

        Assert.Equal(("screening", "screeningLocked"), (screening.Errors.Single().Field, screening.Errors.Single().Code));
        Assert.Equal(("referralSource", "referralLocked"), (referral.Errors.Single().Field, referral.Errors.Single().Code));
    }

    [Fact]
    public async Task The_referral_is_recorded_and_an_unknown_source_or_a_long_note_is_refused()
    {
        var driver = await CaseDriver.OpenAsync(_app);
        var unknown = await NothingChanged.RefusedAsync<ValidationFailedException>(_app, () => _app.SendAsync<EditReferral.Edited>(_app.Data.MediatorA,
            new EditReferral.Command(driver.CaseId, driver.Version, (ReferralSource)42, new string('x', 301))));

        await _app.SendAsync<EditReferral.Edited>(_app.Data.MediatorA, new EditReferral.Command(driver.CaseId, driver.Version, ReferralSource.Akimat, "Sent by the akimat."));

        Assert.Equal([("referralNote", "tooLong"), ("referralSource", "unknownValue")], unknown.Errors.Select(e => (e.Field, e.Code)).Order());
        var stored = await driver.StoredAsync();
        Assert.Equal(((ReferralSource?)ReferralSource.Akimat, "Sent by the akimat.", (string?)null), (stored.ReferralSource, stored.ReferralNote, stored.ProceedingReference));
        Assert.Equal("""{"referralSource":"akimat","referralNote":"Sent by the akimat."}""", (await driver.EventsAsync())[^1].InputJson);
    }
}
