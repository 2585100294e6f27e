using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Features.Representatives;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Core.Tests.Version3;

/// <summary>Issue 11, point 7: what may change outside actions follows the definition's edits; parties are applicants or respondents.</summary>
public sealed class EditTests
{
    [Fact]
    public async Task The_parties_are_fixed_once_the_agreement_on_mediation_is_signed_and_the_refusal_says_why()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await driver.ToConsentV3Async();
        await app.SendAsync<EditParties.Edited>(app.Data.MediatorA, new EditParties.Command(
            driver.CaseId, driver.Version, null, new PartyDetails(PartyRole.Respondent, "Second Respondent")));
        await driver.RefreshAsync();
        await driver.ConsentAllAsync();
        await driver.TakeAsync(app.Data.MediatorA, "signAgreementOnMediation", ("signedOn", CaseSteps.Day(app, 0)), ("signedByAll", "true"), ("withoutCopyReason", "Kept in the council's paper file"));
        Assert.Equal("inMediation", await driver.StateAsync());

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => app.SendAsync<EditParties.Edited>(app.Data.MediatorA,
            new EditParties.Command(driver.CaseId, driver.Version, null, new PartyDetails(PartyRole.Respondent, "Third Respondent"))));

        Assert.Equal("party", Assert.Single(refused.Errors).Field);
        Assert.Equal(3, (await driver.ViewAsChairAsync()).Parties.Count);
    }

    [Fact]
    public async Task A_representative_is_added_while_the_case_is_in_mediation()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await driver.ToMediationV3Async();
        var party = (await driver.ViewAsChairAsync()).Parties[1];

        await app.SendAsync<AddRepresentative.Added>(app.Data.MediatorA, new AddRepresentative.Command(
            driver.CaseId, driver.Version, party.Id, new RepresentativeDetails("Lawyer Omarov", AuthorityKind.PowerOfAttorney, "Power of attorney No. 12")));

        Assert.Single((await driver.ViewAsChairAsync()).Representatives);
    }

    [Fact]
    public async Task A_version_3_case_is_not_opened_with_a_party_of_role_other()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => app.SendAsync<OpenCase.Opened>(app.Data.MediatorA, new OpenCase.Command(
            app.Data.CouncilA, DisputeCategory.NeighboursAndHousing, "A fence", false, false, false,
            [new PartyDetails(PartyRole.Applicant, "A"), new PartyDetails(PartyRole.Respondent, "B"), new PartyDetails(PartyRole.Other, "Support")])));

        Assert.Equal("parties[2].role", Assert.Single(refused.Errors).Field);
        Assert.Equal(0, await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Cases)));
    }
}
