using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Core.Tests.Features.Cases;

public sealed class EditPartiesTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly TestApp _app = shared.App;

    private Task<EditParties.Edited> EditAsync(Guid by, CaseDriver driver, long? partyId, PartyDetails party, string culture = "en") =>
        _app.SendAsync<EditParties.Edited>(by, new EditParties.Command(driver.CaseId, driver.Version, partyId, party), culture);

    [Fact]
    public async Task A_party_is_added_during_intake_with_one_history_event()
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);

        var added = await EditAsync(d.MediatorA, driver, null,
            new PartyDetails(PartyRole.Other, " Gulnara Ospanova ", Iin: "900101300017", Phone: "+7 701 000 0000", PreferredLanguage: "ru"));

        Assert.Equal(driver.Version + 1, added.Version);
        var party = (await driver.StoredAsync()).Parties.Single(p => p.Id == added.PartyId);
        Assert.Equal((PartyRole.Other, PartyKind.Person, "Gulnara Ospanova", "gulnara ospanova", "900101300017", "ru"),
            (party.Role, party.Kind, party.FullName, party.NameKey, party.Iin, party.PreferredLanguage));
        var entry = (await driver.EventsAsync())[^1];
        Assert.Equal(("addParty", "registered", "registered", added.Version), (entry.Trigger, entry.FromState, entry.ToState, entry.Sequence));
    }

    [Fact]
    public async Task A_party_is_corrected_while_the_case_awaits_consent_and_the_chair_may_do_it_too()
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToAwaitingConsentAsync();
        var respondent = await driver.PartyAsync(PartyRole.Respondent);

        var edited = await EditAsync(d.ChairA, driver, respondent.Id, new PartyDetails(PartyRole.Respondent, "Nurlan Bekuly", Email: "nurlan@example.kz"));

        Assert.Equal(respondent.Id, edited.PartyId);
        var party = (await driver.StoredAsync()).Parties.Single(p => p.Id == respondent.Id);
        Assert.Equal(("Nurlan Bekuly", "nurlan@example.kz"), (party.FullName, party.Email));
        Assert.Equal("editParty", (await driver.EventsAsync())[^1].Trigger);
    }

    [Fact]
    public async Task An_edit_built_on_a_stale_version_is_a_conflict_and_changes_nothing()
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);
        var applicant = await driver.PartyAsync(PartyRole.Applicant);
        var stale = driver.Version;
        await driver.TakeAsync(d.MediatorA, "acceptForMediation");

        var conflict = await Assert.ThrowsAsync<ConflictException>(() => _app.SendAsync<EditParties.Edited>(d.MediatorA,
            new EditParties.Command(driver.CaseId, stale, applicant.Id, new PartyDetails(PartyRole.Applicant, "Someone Else"))));

        Assert.Equal((driver.CaseId, "awaitingAssignment", driver.Version), (conflict.CaseId, conflict.CurrentState, conflict.CurrentVersion));
        Assert.Equal("Aigerim Sadykova", (await driver.StoredAsync()).Parties.Single(p => p.Id == applicant.Id).FullName);
    }

    [Fact]
    public async Task Once_mediation_has_started_the_parties_are_fixed()
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.IntoMediationAsync();

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => EditAsync(d.MediatorA, driver, null, new PartyDetails(PartyRole.Other, "Late Witness"), "ru"));

        var error = Assert.Single(refused.Errors);
        Assert.Equal(("party", "partiesLocked"), (error.Field, error.Code));
        Assert.Equal("Стороны можно менять только до начала медиации.", error.Message);
        Assert.Equal(2, (await driver.StoredAsync()).Parties.Count);
    }

    [Fact]
    public async Task Editing_a_party_of_another_case_is_a_field_error()
    {
        var d = _app.Data;
        var other = await CaseDriver.OpenAsync(_app);
        var foreign = await other.PartyAsync(PartyRole.Applicant);
        var driver = await CaseDriver.OpenAsync(_app);

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => EditAsync(d.MediatorA, driver, foreign.Id, new PartyDetails(PartyRole.Applicant, "Hijacked")));

        Assert.Equal(("partyId", "unknownParty"), (refused.Errors.Single().Field, refused.Errors.Single().Code));
        Assert.Equal("Aigerim Sadykova", (await other.StoredAsync()).Parties.Single(p => p.Id == foreign.Id).FullName);
    }

    [Fact]
    public async Task A_case_may_have_several_applicants_but_keeps_at_least_one()
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);
        var applicant = await driver.PartyAsync(PartyRole.Applicant);

        var second = await EditAsync(d.MediatorA, driver, null, new PartyDetails(PartyRole.Applicant, "Daniyar Sadykov"));
        driver.Version = second.Version;
        await EditAsync(d.MediatorA, driver, applicant.Id, new PartyDetails(PartyRole.Respondent, "Aigerim Sadykova"));
        driver.Version++;
        var none = await Assert.ThrowsAsync<ValidationFailedException>(() => EditAsync(d.MediatorA, driver, second.PartyId, new PartyDetails(PartyRole.Other, "Daniyar Sadykov")));

        Assert.Equal(("party.role", "needsApplicant"), (none.Errors.Single().Field, none.Errors.Single().Code));
        var stored = await driver.StoredAsync();
        Assert.Equal((3, 3), (stored.Parties.Count, stored.Version));
        Assert.Equal([second.PartyId], stored.Parties.Where(p => p.Role == PartyRole.Applicant).Select(p => p.Id));
    }

    [Fact]
    public async Task The_only_respondent_cannot_become_another_participant()
    {
        // EditParties keeps intake's rule (at least one applicant and one respondent) after every edit (d88912b), so a
        // case cannot be left without a respondent in the first place.
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);
        var respondent = await driver.PartyAsync(PartyRole.Respondent);

        // The same rule as at registration: a case always keeps at least one applicant and one respondent.
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            EditAsync(d.MediatorA, driver, respondent.Id, new PartyDetails(PartyRole.Other, "Nurlan Bekov")));

        Assert.Equal(("party.role", "needsRespondent"), (refused.Errors.Single().Field, refused.Errors.Single().Code));
        Assert.Equal(PartyRole.Respondent, (await driver.PartyAsync(PartyRole.Respondent)).Role);
    }

    [Fact]
    public async Task Nobody_outside_the_case_can_change_its_parties()
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);

        foreach (var outsider in new[] { d.MediatorA2, d.AnalystA, d.ChairB })
        {
            await Assert.ThrowsAsync<NotFoundException>(() => EditAsync(outsider, driver, null, new PartyDetails(PartyRole.Other, "Intruder")));
        }

        Assert.Equal(1, (await driver.StoredAsync()).Version);
    }
}
