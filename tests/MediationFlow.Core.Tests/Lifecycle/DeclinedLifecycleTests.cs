using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;
using static MediationFlow.Core.Tests.Infrastructure.CaseSteps;

namespace MediationFlow.Core.Tests.Lifecycle;

/// <summary>Mediation is voluntary (Art. 20): a party who declines ends the case before it starts.</summary>
public sealed class DeclinedLifecycleTests
{
    [Fact]
    public async Task A_party_declines_after_the_other_consented_and_the_case_closes_as_declined()
    {
        await using var app = await TestApp.StartAsync();
        var d = app.Data;
        var driver = await CaseDriver.OpenAsync(app);
        await driver.ToAwaitingConsentAsync();
        var applicant = await driver.PartyAsync(PartyRole.Applicant);
        var respondent = await driver.PartyAsync(PartyRole.Respondent);
        await driver.TakeAsync(d.MediatorA, "recordConsent", ("party", Key(applicant.Id)));

        await driver.TakeAsync(d.MediatorA, "recordDecline", ("party", Key(respondent.Id)), ("reason", "Does not want to talk."));

        await ClosedCase.AssertClosedAsync(driver, "declined");
        var stored = await driver.StoredAsync();
        Assert.Empty(stored.MediationAgreements);
        Assert.Null(stored.Deadline);
    }
}
