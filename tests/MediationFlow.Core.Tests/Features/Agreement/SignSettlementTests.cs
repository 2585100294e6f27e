using MediationFlow.Core.Errors;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;
using static MediationFlow.Core.Tests.Infrastructure.CaseSteps;

namespace MediationFlow.Core.Tests.Features.Agreement;

/// <summary>Version 2 of the process: the draft is sent for signature, then the signed agreement goes to the chair.</summary>
public sealed class SignSettlementTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly TestApp _app = shared.App;

    [Fact]
    public async Task A_signed_agreement_goes_to_the_chair_for_approval()
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToDraftingAsync();
        await driver.AddObligationAsync(PartyRole.Respondent, "Move the fence", Day(_app, 14));
        Assert.Equal("awaitingSignatures", (await driver.TakeAsync(d.MediatorA, "submitForSignature")).State);

        var taken = await driver.TakeAsync(d.MediatorA, "signSettlement", ("signedByAll", "true"));

        Assert.Equal("awaitingApproval", taken.State);
        Assert.Equal(_app.Time.GetUtcNow(), (await driver.StoredAsync()).CurrentSettlement!.SignedAt);
        Assert.Contains(await driver.NotificationsAsync(), n => n.Template == "approvalRequested" && n.UserId == d.ChairA);
    }

    [Fact]
    public async Task A_draft_is_neither_signed_directly_nor_sent_for_signature_without_obligations()
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToDraftingAsync();

        var direct = await driver.RefusedAsync<ActionRefusedException>(d.MediatorA, "signSettlement", ("signedByAll", "true"));
        var empty = await driver.RefusedAsync<ActionRefusedException>(d.MediatorA, "submitForSignature");

        Assert.Equal(Refusal.NotAvailable, direct.Refusal);
        Assert.Equal(["The agreement needs at least one obligation"], empty.Reasons);
    }

    [Fact]
    public async Task The_signatures_must_be_confirmed()
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToDraftingAsync();
        await driver.AddObligationAsync(PartyRole.Respondent, "Move the fence", Day(_app, 14));
        await driver.TakeAsync(d.MediatorA, "submitForSignature");

        var refused = await driver.RefusedAsync<ValidationFailedException>(d.MediatorA, "signSettlement", ("signedByAll", "false"));

        Assert.Equal(("input.signedByAll", "mustConfirm"), (refused.Errors.Single().Field, refused.Errors.Single().Code));
        Assert.Null((await driver.StoredAsync()).CurrentSettlement!.SignedAt);
    }

    [Fact]
    public async Task A_draft_sent_for_signature_can_be_taken_back_for_revision()
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToDraftingAsync();
        await driver.AddObligationAsync(PartyRole.Respondent, "Move the fence", Day(_app, 14));
        await driver.TakeAsync(d.MediatorA, "submitForSignature");

        await driver.TakeAsync(d.MediatorA, "reviseDraft");
        await driver.AddObligationAsync(PartyRole.Applicant, "Pay for the posts", Day(_app, 7));

        Assert.Equal(("draftingAgreement", 2), ((await driver.StoredAsync()).State, (await driver.StoredAsync()).Obligations.Count));
    }

    [Fact]
    public async Task The_chair_does_not_record_the_signatures()
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToDraftingAsync();
        await driver.AddObligationAsync(PartyRole.Respondent, "Move the fence", Day(_app, 14));
        await driver.TakeAsync(d.MediatorA, "submitForSignature");

        var refused = await driver.RefusedAsync<ActionRefusedException>(d.ChairA, "signSettlement", ("signedByAll", "true"));

        Assert.True(refused.OnlyRoleBlocks);
    }
}
