using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Core.Tests.BadInput;

public sealed class EditPartiesBadInputTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly TestApp _app = shared.App;

    [Theory]
    [InlineData("empty name", "party.fullName", "required")]
    [InlineData("invalid IIN", "party.iin", "invalidIin")]
    [InlineData("invalid email", "party.email", "invalidEmail")]
    [InlineData("phone too long", "party.phone", "tooLong")]
    [InlineData("the only applicant made a respondent", "party.role", "needsApplicant")]
    [InlineData("invalid BIN", "party.bin", "invalidBin")]
    [InlineData("IIN of an organisation", "party.iin", "personOnly")]
    [InlineData("party of another case", "partyId", "unknownParty")]
    [InlineData("no version", "expectedVersion", "required")]
    [InlineData("after mediation started", "party", "partiesLocked")]
    public async Task A_refused_party_edit_names_the_field_and_writes_nothing(string problem, string field, string code)
    {
        var d = _app.Data;
        var other = await CaseDriver.OpenAsync(_app);
        var driver = await CaseDriver.OpenAsync(_app);
        if (problem == "after mediation started")
        {
            await driver.IntoMediationAsync();
        }

        var respondent = await driver.PartyAsync(PartyRole.Respondent);
        var (partyId, details, version) = problem switch
        {
            "empty name" => (respondent.Id, new PartyDetails(PartyRole.Respondent, "  "), driver.Version),
            "invalid IIN" => (respondent.Id, new PartyDetails(PartyRole.Respondent, "Nurlan Bekov", Iin: "12345"), driver.Version),
            "invalid email" => ((long?)null, new PartyDetails(PartyRole.Other, "Witness", Email: "witness at mail"), driver.Version),
            "phone too long" => (respondent.Id, new PartyDetails(PartyRole.Respondent, "Nurlan Bekov", Phone: new string('7', 41)), driver.Version),
            "the only applicant made a respondent" => ((await driver.PartyAsync(PartyRole.Applicant)).Id, new PartyDetails(PartyRole.Respondent, "Aigerim Sadykova"), driver.Version),
            "invalid BIN" => (respondent.Id, new PartyDetails(PartyRole.Respondent, "Bekov LLP", Kind: PartyKind.Organisation, Bin: "050140001239"), driver.Version),
            "IIN of an organisation" => (respondent.Id, new PartyDetails(PartyRole.Respondent, "Bekov LLP", Iin: "900101300017", Kind: PartyKind.Organisation), driver.Version),
            "party of another case" => ((await other.PartyAsync(PartyRole.Respondent)).Id, new PartyDetails(PartyRole.Respondent, "Renamed"), driver.Version),
            "no version" => (respondent.Id, new PartyDetails(PartyRole.Respondent, "Renamed"), 0),
            _ => (null, new PartyDetails(PartyRole.Other, "Late Witness"), driver.Version),
        };

        var refused = await NothingChanged.RefusedAsync<ValidationFailedException>(_app,
            () => _app.SendAsync<EditParties.Edited>(d.MediatorA, new EditParties.Command(driver.CaseId, version, partyId, details)));

        var error = Assert.Single(refused.Errors);
        Assert.Equal((field, code), (error.Field, error.Code));
    }

    [Fact]
    public async Task A_stale_edit_writes_nothing_either()
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);
        var stale = driver.Version;
        await driver.TakeAsync(d.MediatorA, "acceptForMediation");

        await NothingChanged.RefusedAsync<ConflictException>(_app, () => _app.SendAsync<EditParties.Edited>(d.MediatorA,
            new EditParties.Command(driver.CaseId, stale, null, new PartyDetails(PartyRole.Other, "Witness"))));
    }

    [Fact]
    public async Task An_invalid_IIN_is_explained_in_kazakh_when_the_user_reads_kazakh()
    {
        var driver = await CaseDriver.OpenAsync(_app);
        var applicant = await driver.PartyAsync(PartyRole.Applicant);

        var refused = await NothingChanged.RefusedAsync<ValidationFailedException>(_app, () => _app.SendAsync<EditParties.Edited>(_app.Data.MediatorA,
            new EditParties.Command(driver.CaseId, driver.Version, applicant.Id, new PartyDetails(PartyRole.Applicant, "Aigerim Sadykova", Iin: "900101300010")), "kk"));

        Assert.Equal(("party.iin", "ЖСН 12 цифрдан тұрады және бақылау цифры дұрыс болуы керек."), (refused.Errors.Single().Field, refused.Errors.Single().Message));
    }
}
