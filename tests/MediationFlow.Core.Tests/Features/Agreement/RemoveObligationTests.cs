using MediationFlow.Core.Errors;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;
using static MediationFlow.Core.Tests.Infrastructure.CaseSteps;

namespace MediationFlow.Core.Tests.Features.Agreement;

public sealed class RemoveObligationTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly TestApp _app = shared.App;

    [Fact]
    public async Task An_obligation_is_taken_out_of_the_draft_and_the_history_keeps_that_it_was_there()
    {
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToDraftingAsync();
        await driver.AddObligationAsync(PartyRole.Respondent, "Move the fence", Day(_app, 14));
        await driver.AddObligationAsync(PartyRole.Applicant, "Pay for the posts", Day(_app, 7));
        var payment = (await driver.StoredAsync()).Obligations.Single(o => o.Description == "Pay for the posts");

        await driver.TakeAsync(_app.Data.MediatorA, "removeObligation", ("obligation", Key(payment.Id)));

        Assert.Equal("Move the fence", Assert.Single((await driver.StoredAsync()).Obligations).Description);
        var removal = (await driver.EventsAsync())[^1];
        Assert.Equal("removeObligation", removal.Trigger);
        Assert.Contains(Key(payment.Id), removal.InputJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task There_is_nothing_to_remove_from_an_empty_draft()
    {
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToDraftingAsync();

        var refused = await driver.RefusedAsync<ActionRefusedException>(_app.Data.MediatorA, "removeObligation", ("obligation", "1"));

        Assert.Equal(["The agreement needs at least one obligation"], refused.Reasons);
    }

    [Fact]
    public async Task An_obligation_of_another_case_cannot_be_removed_from_this_one()
    {
        var other = await CaseDriver.OpenAsync(_app);
        await other.ToDraftingAsync();
        await other.AddObligationAsync(PartyRole.Respondent, "Someone else's promise", Day(_app, 3));
        var foreign = (await other.StoredAsync()).Obligations.Single();
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToDraftingAsync();
        await driver.AddObligationAsync(PartyRole.Respondent, "Move the fence", Day(_app, 14));

        var refused = await driver.RefusedAsync<ValidationFailedException>(_app.Data.MediatorA, "removeObligation", ("obligation", Key(foreign.Id)));

        Assert.Equal(("input.obligation", "unknownReference"), (refused.Errors.Single().Field, refused.Errors.Single().Code));
        Assert.Single((await other.StoredAsync()).Obligations);
    }
}
