using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;
using static MediationFlow.Core.Tests.Infrastructure.CaseSteps;

namespace MediationFlow.Core.Tests.Lifecycle;

/// <summary>A party leaves the mediation: the case closes as withdrawn, from the hearing or from drafting.</summary>
public sealed class WithdrawnLifecycleTests(SharedApp shared) : IClassFixture<SharedApp>
{
    [Fact]
    public async Task A_party_withdraws_during_the_hearing()
    {
        var app = shared.App;
        var driver = await CaseDriver.OpenAsync(app);
        await driver.IntoMediationAsync();
        var applicant = await driver.PartyAsync(PartyRole.Applicant);

        await driver.TakeAsync(app.Data.MediatorA, "withdraw", ("party", Key(applicant.Id)), ("reason", "Moved to another city."));

        await ClosedCase.AssertClosedAsync(driver, "withdrawn");
        // The reason is what a party said in mediation: a confidential note, only marked in the history event.
        Assert.Equal("""{"party":"%s","reason":{"confidential":true}}""".Replace("%s", Key(applicant.Id), StringComparison.Ordinal), (await driver.EventsAsync())[^1].InputJson);
        Assert.Equal(("reason", "Moved to another city."), (await driver.NotesAsync()).Select(n => (n.Field, n.Text)).Single());
    }

    [Fact]
    public async Task A_party_withdraws_while_the_agreement_is_being_drafted()
    {
        var app = shared.App;
        var driver = await CaseDriver.OpenAsync(app);
        await driver.ToDraftingAsync();
        var respondent = await driver.PartyAsync(PartyRole.Respondent);

        await driver.TakeAsync(app.Data.MediatorA, "withdraw", ("party", Key(respondent.Id)));

        await ClosedCase.AssertClosedAsync(driver, "withdrawn");
    }
}
