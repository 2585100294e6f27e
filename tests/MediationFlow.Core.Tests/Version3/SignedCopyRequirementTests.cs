using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.CaseFile;
using MediationFlow.Core.Tests.BadInput;
using MediationFlow.Core.Tests.Infrastructure;
using static MediationFlow.Core.Tests.Infrastructure.CaseSteps;

namespace MediationFlow.Core.Tests.Version3;

/// <summary>
/// Issue 12, point 5: version 3 wants the signed agreement on mediation and each party's signed settlement in the case
/// file, or the reason why not. Until one or the other, the action is refused on its reason field and nothing changes.
/// </summary>
public sealed class SignedCopyRequirementTests
{
    [Fact]
    public async Task The_agreement_on_mediation_waits_for_its_signed_copy_which_the_case_file_then_provides()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await driver.ToConsentV3Async();
        await driver.TakeAsync(app.Data.MediatorA, "sendProposal", ("proposedOn", Day(app, 0)));
        await driver.ConsentAllAsync();

        var listed = (await driver.ViewAsync(app.Data.MediatorA)).Actions.Single(a => a.Trigger == "signAgreementOnMediation");
        var refused = await NothingChanged.RefusedAsync<ValidationFailedException>(app, () => driver.TakeAsync(
            app.Data.MediatorA, "signAgreementOnMediation", ("signedOn", Day(app, 0)), ("signedByAll", "true")));

        Assert.True(listed.Permitted);
        Assert.Equal(("attachment:signedAgreementOnMediation", "withoutCopyReason"), (listed.Missing.Single().Code, listed.Missing.Single().ReasonField));
        Assert.Equal(("input.withoutCopyReason", "requirement", listed.Missing.Single().Message),
            (refused.Errors.Single().Field, refused.Errors.Single().Code, refused.Errors.Single().Message));

        await app.SendAsync<AttachToCaseFile.Attached>(app.Data.MediatorA,
            new AttachToCaseFile.Command(driver.CaseId, AttachmentKind.SignedAgreementOnMediation, "agreement.pdf", Scans.Pdf()));
        Assert.Empty((await driver.ViewAsync(app.Data.MediatorA)).Actions.Single(a => a.Trigger == "signAgreementOnMediation").Missing);
        await driver.TakeAsync(app.Data.MediatorA, "signAgreementOnMediation", ("signedOn", Day(app, 0)), ("signedByAll", "true"));
        Assert.Equal("inMediation", await driver.StateAsync());
    }

    [Fact]
    public async Task Each_signature_needs_that_partys_signed_copy_or_a_reason_which_the_history_keeps()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await driver.ToSignaturesV3Async();
        var parties = (await driver.ViewAsChairAsync()).Parties;
        await app.SendAsync<AttachToCaseFile.Attached>(app.Data.MediatorA, new AttachToCaseFile.Command(
            driver.CaseId, AttachmentKind.SignedSettlement, "signed.jpg", Scans.Jpeg(), PartyId: parties[0].Id));

        var other = await driver.RefusedAsync<ValidationFailedException>(app.Data.MediatorA, "recordSignature",
            ("party", Key(parties[1].Id)), ("signedOn", Day(app, 0)), ("method", "inPerson"));
        await driver.TakeAsync(app.Data.MediatorA, "recordSignature", ("party", Key(parties[0].Id)), ("signedOn", Day(app, 0)), ("method", "inPerson"));
        await driver.TakeAsync(app.Data.MediatorA, "recordSignature",
            ("party", Key(parties[1].Id)), ("signedOn", Day(app, 0)), ("method", "emailCopy"), ("withoutCopyReason", "The party keeps the only signed copy"));

        Assert.Equal("input.withoutCopyReason", other.Errors.Single().Field);
        Assert.Equal("monitoring", await driver.StateAsync());
        var signed = (await driver.EventsAsync()).Where(e => e.Trigger == "recordSignature").ToList();
        Assert.Contains("The party keeps the only signed copy", signed[^1].InputJson, StringComparison.Ordinal);
    }
}
