using MediationFlow.Core.Errors;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;
using static MediationFlow.Core.Tests.Infrastructure.CaseSteps;

namespace MediationFlow.Core.Tests.Features.Agreement;

public sealed class AddObligationTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly TestApp _app = shared.App;

    [Fact]
    public async Task An_obligation_says_which_party_does_what_by_when()
    {
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToDraftingAsync();
        var respondent = await driver.PartyAsync(PartyRole.Respondent);

        var taken = await driver.AddObligationAsync(PartyRole.Respondent, "Move the fence back by half a metre", Day(_app, 14));

        Assert.Equal(("draftingAgreement", "draftingAgreement"), (taken.FromState, taken.State));
        var obligation = Assert.Single((await driver.StoredAsync()).Obligations);
        Assert.Equal((respondent.Id, "Move the fence back by half a metre", Today(_app).AddDays(14), ObligationStatus.Open, false),
            (obligation.PartyId, obligation.Description, obligation.DueOn, obligation.Status, obligation.Superseded));
    }

    [Fact]
    public async Task The_due_date_may_be_today_but_not_in_the_past()
    {
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToDraftingAsync();
        var party = Key((await driver.PartyAsync(PartyRole.Applicant)).Id);

        var refused = await driver.RefusedAsync<ValidationFailedException>(_app.Data.MediatorA, "addObligation",
            ("party", party), ("description", "Apologise"), ("dueOn", Day(_app, -1)));
        await driver.TakeAsync(_app.Data.MediatorA, "addObligation", ("party", party), ("description", "Apologise"), ("dueOn", Day(_app, 0)));

        var error = Assert.Single(refused.Errors);
        Assert.Equal(("input.dueOn", "inPast", "The due date cannot be in the past."), (error.Field, error.Code, error.Message));
        Assert.Equal(Today(_app), Assert.Single((await driver.StoredAsync()).Obligations).DueOn);
    }

    [Fact]
    public async Task Every_field_is_checked_and_each_problem_is_named()
    {
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToDraftingAsync();

        var refused = await driver.RefusedAsync<ValidationFailedException>(_app.Data.MediatorA, "addObligation",
            ("party", "42424242"), ("description", ""), ("dueOn", "10.12.2026"));

        Assert.Equal(
            [("input.description", "required"), ("input.dueOn", "notDate"), ("input.party", "unknownReference")],
            refused.Errors.Select(e => (e.Field, e.Code)).Order());
        Assert.Empty((await driver.StoredAsync()).Obligations);
    }

    [Fact]
    public async Task The_chair_does_not_draft_obligations()
    {
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToDraftingAsync();
        var party = Key((await driver.PartyAsync(PartyRole.Applicant)).Id);

        var refused = await driver.RefusedAsync<ActionRefusedException>(_app.Data.ChairA, "addObligation",
            ("party", party), ("description", "Apologise"), ("dueOn", Day(_app, 3)));

        Assert.True(refused.OnlyRoleBlocks);
    }
}
