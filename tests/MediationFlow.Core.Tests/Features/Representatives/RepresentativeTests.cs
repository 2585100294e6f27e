using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Representatives;
using MediationFlow.Core.Tests.BadInput;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;
using static MediationFlow.Core.Tests.Infrastructure.CaseSteps;

namespace MediationFlow.Core.Tests.Features.Representatives;

/// <summary>A representative acts for a party with the document of their authority recorded, at any time the case is open.</summary>
public sealed class RepresentativeTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly TestApp _app = shared.App;

    private static RepresentativeDetails PowerOfAttorney(string document = "Power of attorney No. 12, notary Ospanova", DateOnly? issuedOn = null) =>
        new("Aliya Bekova", AuthorityKind.PowerOfAttorney, document, Iin: "900101300017", Phone: "+7 701 222 3344", AuthorityIssuedOn: issuedOn ?? new DateOnly(2026, 1, 15));

    private Task<AddRepresentative.Added> AddAsync(CaseDriver driver, long partyId, RepresentativeDetails details, Guid? by = null) =>
        _app.SendAsync<AddRepresentative.Added>(by ?? _app.Data.MediatorA, new AddRepresentative.Command(driver.CaseId, driver.Version, partyId, details));

    [Fact]
    public async Task A_representative_is_recorded_for_a_party_in_mediation_with_the_document_of_authority()
    {
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.IntoMediationAsync();
        var respondent = await driver.PartyAsync(PartyRole.Respondent);

        var added = await AddAsync(driver, respondent.Id, PowerOfAttorney());

        var stored = (await driver.StoredAsync()).Version;
        var view = await driver.ViewAsync(_app.Data.MediatorA);
        var representative = Assert.Single(view.Representatives);
        Assert.Equal((added.RepresentativeId, respondent.Id, "Aliya Bekova", AuthorityKind.PowerOfAttorney, "Power of attorney No. 12, notary Ospanova", true),
            (representative.Id, representative.PartyId, representative.FullName, representative.AuthorityKind, representative.AuthorityDocument, representative.HasAuthority));
        Assert.Equal((stored, "addRepresentative", "inMediation"), (added.Version, (await driver.EventsAsync())[^1].Trigger, view.State));
    }

    [Fact]
    public async Task A_representative_is_corrected_for_the_same_party_and_then_stops_acting()
    {
        var driver = await CaseDriver.OpenAsync(_app);
        var applicant = await driver.PartyAsync(PartyRole.Applicant);
        var added = await AddAsync(driver, applicant.Id, PowerOfAttorney());
        driver.Version = added.Version;

        var edited = await _app.SendAsync<EditRepresentative.Edited>(_app.Data.ChairA,
            new EditRepresentative.Command(driver.CaseId, driver.Version, added.RepresentativeId, PowerOfAttorney("Power of attorney No. 13")));
        driver.Version = edited.Version;
        await _app.SendAsync<RemoveRepresentative.Removed>(_app.Data.MediatorA, new RemoveRepresentative.Command(driver.CaseId, driver.Version, added.RepresentativeId));
        driver.Version++;

        var representative = Assert.Single((await driver.ViewAsync(_app.Data.MediatorA)).Representatives);
        Assert.Equal((applicant.Id, "Power of attorney No. 13", (DateTimeOffset?)_app.Time.GetUtcNow()),
            (representative.PartyId, representative.AuthorityDocument, representative.RemovedAt));
        var again = await Assert.ThrowsAsync<ValidationFailedException>(() => _app.SendAsync<RemoveRepresentative.Removed>(_app.Data.MediatorA,
            new RemoveRepresentative.Command(driver.CaseId, driver.Version, added.RepresentativeId)));
        Assert.Equal(("representativeId", "removed"), (again.Errors.Single().Field, again.Errors.Single().Code));
        Assert.Equal(["addRepresentative", "editRepresentative", "removeRepresentative"], (await driver.EventsAsync()).TakeLast(3).Select(e => e.Trigger));
    }

    public static TheoryData<string, string, string> Problems => new()
    {
        { "no document", "representative.authorityDocument", "required" },
        { "authority not recorded", "representative.authorityKind", "unknownValue" },
        { "invalid IIN", "representative.iin", "invalidIin" },
        { "valid until before issued", "representative.authorityValidUntil", "beforeIssued" },
        { "issued in the future", "representative.authorityIssuedOn", "inFuture" },
        { "party of another case", "partyId", "unknownParty" },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public async Task A_refused_representative_names_the_field_and_writes_nothing(string problem, string field, string code)
    {
        var driver = await CaseDriver.OpenAsync(_app);
        var other = await CaseDriver.OpenAsync(_app);
        var party = (await (problem == "party of another case" ? other : driver).PartyAsync(PartyRole.Applicant)).Id;
        var details = problem switch
        {
            "no document" => PowerOfAttorney(document: ""),
            "authority not recorded" => PowerOfAttorney() with { AuthorityKind = AuthorityKind.NotRecorded },
            "invalid IIN" => PowerOfAttorney() with { Iin = "900101300018" },
            "valid until before issued" => PowerOfAttorney() with { AuthorityValidUntil = new DateOnly(2026, 1, 14) },
            "issued in the future" => PowerOfAttorney(issuedOn: Today(_app).AddDays(1)),
            _ => PowerOfAttorney(),
        };

        var refused = await NothingChanged.RefusedAsync<ValidationFailedException>(_app, () => AddAsync(driver, party, details));

        Assert.Equal((field, code), (refused.Errors.Single().Field, refused.Errors.Single().Code));
    }

    [Fact]
    public async Task A_closed_case_takes_no_new_representative()
    {
        var driver = await CaseDriver.OpenAsync(_app, affectsThirdParties: true);
        await driver.TakeAsync(_app.Data.MediatorA, "closeNotMediable", ("note", "A shared house."));
        var applicant = await driver.PartyAsync(PartyRole.Applicant);

        var refused = await NothingChanged.RefusedAsync<ValidationFailedException>(_app, () => AddAsync(driver, applicant.Id, PowerOfAttorney()));

        Assert.Equal(("representative", "representativesLocked", "Representatives cannot be changed once the case is closed."),
            (refused.Errors.Single().Field, refused.Errors.Single().Code, refused.Errors.Single().Message));
    }
}
