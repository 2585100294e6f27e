using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;
using static MediationFlow.Core.Tests.Infrastructure.CaseSteps;

namespace MediationFlow.Core.Tests.Version3;

/// <summary>Issue 11, point 5: each party signs the reviewed draft separately; the last signature is final.</summary>
public sealed class SignatureTests
{
    [Fact]
    public async Task Each_party_signs_separately_and_the_last_signature_moves_the_case_to_follow_up_on_that_day()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await driver.ToSignaturesV3Async();
        var parties = (await driver.ViewAsChairAsync()).Parties;

        await driver.TakeAsync(app.Data.MediatorA, "recordSignature",
            ("party", Key(parties[0].Id)), ("signedOn", Day(app, -0)), ("method", "emailCopy"), ("withoutCopyReason", "Kept in the council's paper file"));
        Assert.Equal("awaitingSignatures", await driver.StateAsync());
        await driver.TakeAsync(app.Data.MediatorA, "recordSignature",
            ("party", Key(parties[1].Id)), ("signedOn", Day(app, 0)), ("method", "inPerson"), ("withoutCopyReason", "Kept in the council's paper file"));

        var view = await driver.ViewAsChairAsync();
        Assert.Equal("monitoring", view.State);
        Assert.Equal([SignatureMethod.EmailCopy, SignatureMethod.InPerson], view.Settlement!.Signatures.Select(s => s.Method));
        Assert.Equal(Today(app), (await driver.RoundsAsync()).Rounds.Single().SettlementSignedOn);
        var events = await driver.EventsAsync();
        Assert.Equal("settlementSigned", events[^1].Trigger);
        Assert.Null(events[^1].ActorId);
    }

    [Fact]
    public async Task A_party_signs_a_draft_once()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await driver.ToSignaturesV3Async();
        var party = (await driver.ViewAsChairAsync()).Parties[0];
        (string, string?)[] signature = [("party", Key(party.Id)), ("signedOn", Day(app, 0)), ("method", "inPerson"), ("withoutCopyReason", "Kept in the council's paper file")];
        await driver.TakeAsync(app.Data.MediatorA, "recordSignature", signature);

        var refused = await driver.RefusedAsync<ValidationFailedException>(app.Data.MediatorA, "recordSignature", signature);
        Assert.Equal("input.party", Assert.Single(refused.Errors).Field);
    }

    [Fact]
    public async Task A_signature_dated_before_the_chair_approved_the_draft_or_in_the_future_is_refused()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await driver.ToSignaturesV3Async();
        var party = (await driver.ViewAsChairAsync()).Parties[0];

        foreach (var day in new[] { -1, 1 })
        {
            var refused = await driver.RefusedAsync<ValidationFailedException>(app.Data.MediatorA, "recordSignature",
                ("party", Key(party.Id)), ("signedOn", Day(app, day)), ("method", "inPerson"), ("withoutCopyReason", "Kept in the council's paper file"));
            Assert.Equal("input.signedOn", Assert.Single(refused.Errors).Field);
        }
    }

    [Fact]
    public async Task Once_every_party_has_signed_nobody_can_withdraw_revise_return_or_close_it_as_not_mediable()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await driver.ToMonitoringV3Async();

        foreach (var actor in new[] { app.Data.MediatorA, app.Data.ChairA })
        {
            var offered = (await driver.ViewAsync(actor)).Actions.Select(a => a.Trigger).ToHashSet();
            Assert.DoesNotContain("withdraw", offered);
            Assert.DoesNotContain("reviseDraft", offered);
            Assert.DoesNotContain("returnForRedraft", offered);
            Assert.DoesNotContain("closeNotMediable", offered);
        }

        await driver.RefusedAsync<ActionRefusedException>(app.Data.MediatorA, "reviseDraft", ("reason", "Change it"));
    }

    [Fact]
    public async Task Revising_a_partly_signed_draft_sets_its_signatures_aside_and_sends_it_back_to_the_chair()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await driver.ToSignaturesV3Async();
        var party = (await driver.ViewAsChairAsync()).Parties[0];
        await driver.TakeAsync(app.Data.MediatorA, "recordSignature", ("party", Key(party.Id)), ("signedOn", Day(app, 0)), ("method", "inPerson"), ("withoutCopyReason", "Kept in the council's paper file"));

        await driver.TakeAsync(app.Data.MediatorA, "reviseDraft", ("reason", "The respondent wants another date."));
        await driver.TakeAsync(app.Data.MediatorA, "submitForReview");
        await driver.TakeAsync(app.Data.ChairA, "approve");

        var view = await driver.ViewAsChairAsync();
        Assert.Equal("awaitingSignatures", view.State);
        Assert.All(view.Settlement!.Signatures, s => Assert.True(s.Superseded));
    }

    [Fact]
    public async Task An_organisation_signs_only_through_a_representative_with_a_document_of_authority()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await driver.ToSignaturesV3Async();
        var respondent = await driver.PartyAsync(PartyRole.Respondent);
        await app.WithDbAsync(async db =>
        {
            var party = await db.Parties.FindAsync(respondent.Id);
            party!.Kind = PartyKind.Organisation;
            return await db.SaveChangesAsync();
        });

        var refused = await driver.RefusedAsync<ValidationFailedException>(app.Data.MediatorA, "recordSignature",
            ("party", Key(respondent.Id)), ("signedOn", Day(app, 0)), ("method", "inPerson"), ("withoutCopyReason", "Kept in the council's paper file"));
        Assert.Equal("input.representative", Assert.Single(refused.Errors).Field);
    }
}
