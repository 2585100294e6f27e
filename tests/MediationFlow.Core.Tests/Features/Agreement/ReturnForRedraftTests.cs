using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Tests.Infrastructure;

namespace MediationFlow.Core.Tests.Features.Agreement;

public sealed class ReturnForRedraftTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly TestApp _app = shared.App;

    [Fact]
    public async Task The_chair_returns_the_agreement_with_a_comment_and_it_goes_back_to_drafting_unsigned()
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToAwaitingApprovalAsync();

        var taken = await driver.TakeAsync(d.ChairA, "returnForRedraft", ("comment", "Name the date the posts are paid."));

        Assert.Equal("draftingAgreement", taken.State);
        var settlement = (await driver.StoredAsync()).CurrentSettlement!;
        Assert.Equal(("Name the date the posts are paid.", (DateTimeOffset?)null), (settlement.ReturnComment, settlement.SignedAt));
        Assert.Contains(await driver.NotificationsAsync(), n => n.Template == "agreementReturned" && n.UserId == d.MediatorA);
        Assert.Equal("Name the date the posts are paid.", (await driver.ViewAsync(d.MediatorA)).Settlement!.ReturnComment);

        // Redrafted, signed again and approved: the comment has served its purpose.
        await driver.TakeAsync(d.MediatorA, "submitForSignature");
        await driver.TakeAsync(d.MediatorA, "signSettlement", ("signedByAll", "true"));
        await driver.TakeAsync(d.ChairA, "approve");
        Assert.Null((await driver.StoredAsync()).CurrentSettlement!.ReturnComment);
    }

    [Fact]
    public async Task Returning_needs_a_comment_in_the_chairs_language()
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToAwaitingApprovalAsync();

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => _app.SendAsync<TakeAction.Taken>(d.ChairA,
            new TakeAction.Command(driver.CaseId, "returnForRedraft", driver.Version, new Dictionary<string, string?>()), "kk"));

        var error = Assert.Single(refused.Errors);
        Assert.Equal(("input.comment", "required"), (error.Field, error.Code));
        Assert.Equal("«Төрағаның ескертпесі» толтырылуы керек", error.Message);
        Assert.Equal("awaitingApproval", (await driver.StoredAsync()).State);
    }

    [Fact]
    public async Task Only_the_chair_returns_an_agreement()
    {
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToAwaitingApprovalAsync();

        var refused = await driver.RefusedAsync<ActionRefusedException>(_app.Data.MediatorA, "returnForRedraft", ("comment", "Let me fix it."));

        Assert.True(refused.OnlyRoleBlocks);
    }
}
