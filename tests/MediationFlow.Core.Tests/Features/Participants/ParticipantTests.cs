using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Participants;
using MediationFlow.Core.Tests.BadInput;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;
using static MediationFlow.Core.Tests.Infrastructure.CaseSteps;

namespace MediationFlow.Core.Tests.Features.Participants;

/// <summary>Support persons, interpreters and experts attend sessions but never consent, sign or carry obligations.</summary>
public sealed class ParticipantTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly TestApp _app = shared.App;

    private Task<AddParticipant.Added> AddAsync(CaseDriver driver, ParticipantDetails details) =>
        _app.SendAsync<AddParticipant.Added>(_app.Data.MediatorA, new AddParticipant.Command(driver.CaseId, driver.Version, details));

    [Fact]
    public async Task A_participant_is_added_corrected_and_removed_without_becoming_a_party()
    {
        var driver = await CaseDriver.OpenAsync(_app);
        var applicant = await driver.PartyAsync(PartyRole.Applicant);

        var added = await AddAsync(driver, new ParticipantDetails(ParticipantKind.Interpreter, "Yerlan Akhmetov", PreferredLanguage: "ru", AccompaniesPartyId: applicant.Id));
        driver.Version = added.Version;
        driver.Version = (await _app.SendAsync<EditParticipant.Edited>(_app.Data.ChairA, new EditParticipant.Command(
            driver.CaseId, driver.Version, added.ParticipantId, new ParticipantDetails(ParticipantKind.SupportPerson, "Yerlan Akhmetov", AccompaniesPartyId: applicant.Id)))).Version;

        var view = await driver.ViewAsync(_app.Data.MediatorA);
        var participant = Assert.Single(view.Participants);
        Assert.Equal((ParticipantKind.SupportPerson, "Yerlan Akhmetov", (long?)applicant.Id, "kk"),
            (participant.Kind, participant.FullName, participant.AccompaniesPartyId, participant.PreferredLanguage));
        Assert.Equal(2, view.Parties.Count);
        Assert.DoesNotContain(view.Parties, p => p.FullName == participant.FullName);

        await _app.SendAsync<RemoveParticipant.Removed>(_app.Data.MediatorA, new RemoveParticipant.Command(driver.CaseId, driver.Version, added.ParticipantId));
        driver.Version++;

        // The case goes on: a participant's leaving ends nothing.
        var after = await driver.ViewAsync(_app.Data.MediatorA);
        Assert.Equal(("registered", false, (DateTimeOffset?)_app.Time.GetUtcNow()), (after.State, after.IsClosed, after.Participants.Single().RemovedAt));
        Assert.Equal(["addParticipant", "editParticipant", "removeParticipant"], (await driver.EventsAsync()).TakeLast(3).Select(e => e.Trigger));
    }

    [Fact]
    public async Task A_participant_is_never_among_the_parties_who_consent()
    {
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToAwaitingConsentAsync();
        // Parties and participants are numbered apart: a participant whose number is also a party's would name that
        // party, so the test takes one whose number is no party's.
        var partyIds = (await driver.StoredAsync()).Parties.Select(p => p.Id).ToHashSet();
        AddParticipant.Added added;
        do
        {
            added = await AddAsync(driver, new ParticipantDetails(ParticipantKind.SupportPerson, "Gulnar Bekova"));
            driver.Version = added.Version;
        }
        while (partyIds.Contains(added.ParticipantId));

        var refused = await driver.RefusedAsync<ValidationFailedException>(_app.Data.MediatorA, "recordConsent", ("party", Key(added.ParticipantId)));

        Assert.Equal("input.party", refused.Errors.Single().Field);
        Assert.Empty((await driver.StoredAsync()).Consents);
    }

    [Theory]
    [InlineData("unknown kind", "participant.kind", "unknownValue")]
    [InlineData("nameless", "participant.fullName", "required")]
    [InlineData("party of another case", "participant.accompaniesPartyId", "unknownParty")]
    public async Task A_refused_participant_names_the_field_and_writes_nothing(string problem, string field, string code)
    {
        var driver = await CaseDriver.OpenAsync(_app);
        var other = await CaseDriver.OpenAsync(_app);
        var details = problem switch
        {
            "unknown kind" => new ParticipantDetails((ParticipantKind)42, "Someone"),
            "nameless" => new ParticipantDetails(ParticipantKind.Expert, " "),
            _ => new ParticipantDetails(ParticipantKind.Expert, "Surveyor", AccompaniesPartyId: (await other.PartyAsync(PartyRole.Applicant)).Id),
        };

        var refused = await NothingChanged.RefusedAsync<ValidationFailedException>(_app, () => AddAsync(driver, details));

        Assert.Equal((field, code), (refused.Errors.Single().Field, refused.Errors.Single().Code));
    }
}
