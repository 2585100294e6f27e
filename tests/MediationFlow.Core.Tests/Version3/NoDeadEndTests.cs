using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Tests.Infrastructure;
using static MediationFlow.Core.Tests.Infrastructure.CaseSteps;

namespace MediationFlow.Core.Tests.Version3;

/// <summary>Issue 11, point 4: the chair replaces, mediators recuse, and a council with nobody left transfers or closes the case.</summary>
public sealed class NoDeadEndTests
{
    [Fact]
    public async Task When_every_mediator_of_the_council_has_recused_the_chair_may_close_the_case_with_that_reason_and_not_before()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await driver.ToConsentV3Async();
        await driver.TakeAsync(app.Data.MediatorA, "recuse", ("reason", "I know the applicant."));
        var close = (await driver.ViewAsChairAsync()).Actions.Single(a => a.Trigger == "closeNoMediator");
        Assert.Contains(close.BlockedBy, b => b.Code == "noEligibleMediator");

        await driver.TakeAsync(app.Data.ChairA, "assignMediator", ("mediator", Key(app.Data.MediatorA2)));
        await driver.TakeAsync(app.Data.MediatorA2, "recuse", ("reason", "I know the respondent."));
        var assign = (await driver.ViewAsChairAsync()).Actions.Single(a => a.Trigger == "assignMediator");
        Assert.Contains(assign.BlockedBy, b => b.Code == "mediatorAvailable");
        await driver.TakeAsync(app.Data.ChairA, "closeNoMediator");

        var stored = await driver.RoundsAsync();
        Assert.Equal("noMediatorAvailable", stored.State);
        Assert.Equal("noEligibleMediator", stored.OutcomeReason);
    }

    [Fact]
    public async Task The_chair_replaces_the_mediator_in_any_open_state_with_a_reason_but_not_with_the_same_person()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await driver.ToDraftingV3Async();

        var same = await driver.RefusedAsync<ValidationFailedException>(app.Data.ChairA, "replaceMediator",
            ("mediator", Key(app.Data.MediatorA)), ("reason", "Again"));
        Assert.Equal("input.mediator", Assert.Single(same.Errors).Field);
        var noReason = await driver.RefusedAsync<ValidationFailedException>(app.Data.ChairA, "replaceMediator", ("mediator", Key(app.Data.MediatorA2)));
        Assert.Equal("input.reason", Assert.Single(noReason.Errors).Field);

        await driver.TakeAsync(app.Data.ChairA, "replaceMediator", ("mediator", Key(app.Data.MediatorA2)), ("reason", "Mediator A moved away."));
        var view = await driver.ViewAsChairAsync();
        Assert.Equal("awaitingDeclaration", view.State);
        Assert.Equal(app.Data.MediatorA2, view.AssignedMediatorId);
    }

    [Fact]
    public async Task A_transfer_to_another_council_moves_the_case_when_its_chair_accepts()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await driver.TakeAsync(app.Data.MediatorA, "acceptForMediation");
        await Assert.ThrowsAsync<NotFoundException>(() => driver.ViewAsync(app.Data.ChairB));

        var own = await driver.RefusedAsync<ValidationFailedException>(app.Data.ChairA, "requestTransfer",
            ("council", app.Data.CouncilA.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("reason", "Nobody left"));
        Assert.Equal("input.council", Assert.Single(own.Errors).Field);
        await driver.TakeAsync(app.Data.ChairA, "requestTransfer",
            ("council", app.Data.CouncilB.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("reason", "Every mediator here knows the parties."));

        var seen = await driver.ViewAsync(app.Data.ChairB);
        Assert.Equal("awaitingTransfer", seen.State);
        Assert.Contains(seen.Actions, a => a.Trigger == "acceptTransfer" && a.Permitted);
        Assert.Contains(await driver.NotificationsAsync(), n => n.Template == "transferRequested");
        await driver.RefusedAsync<ActionRefusedException>(app.Data.ChairA, "acceptTransfer");

        await driver.TakeAsync(app.Data.ChairB, "acceptTransfer");
        var moved = await driver.ViewAsync(app.Data.ChairB);
        Assert.Equal(app.Data.CouncilB, moved.CouncilId);
        Assert.Equal("awaitingAssignment", moved.State);
        Assert.Equal(TransferStatus.Accepted, moved.Transfers.Single().Status);
        await driver.TakeAsync(app.Data.ChairB, "assignMediator", ("mediator", Key(app.Data.MediatorB)));
        await Assert.ThrowsAsync<NotFoundException>(() => driver.ViewAsync(app.Data.ChairA));
    }

    [Fact]
    public async Task The_receiving_chair_reads_the_case_but_not_what_was_said_in_it()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await driver.ToConsentV3Async();
        const string Said = "RECUSAL-REASON-7c1e";
        await driver.TakeAsync(app.Data.MediatorA, "recuse", ("reason", Said));
        await driver.TakeAsync(app.Data.ChairA, "requestTransfer",
            ("council", app.Data.CouncilB.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("reason", "Nobody left"));

        var history = await app.SendAsync<IReadOnlyList<GetHistory.HistoryEntry>>(app.Data.ChairB, new GetHistory.Query(driver.CaseId));

        var recusal = history.Single(e => e.Trigger == "recuse");
        Assert.DoesNotContain(Said, recusal.Input.GetRawText(), StringComparison.Ordinal);
        Assert.True(recusal.Input.GetProperty("reason").GetProperty("confidential").GetBoolean());
    }

    [Fact]
    public async Task A_declined_or_withdrawn_transfer_leaves_the_case_with_its_council()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await driver.TakeAsync(app.Data.MediatorA, "acceptForMediation");
        var council = app.Data.CouncilB.ToString(System.Globalization.CultureInfo.InvariantCulture);

        await driver.TakeAsync(app.Data.ChairA, "requestTransfer", ("council", council), ("reason", "Nobody left"));
        await driver.TakeAsync(app.Data.ChairB, "declineTransfer", ("reason", "We have nobody either."));
        await driver.TakeAsync(app.Data.ChairA, "requestTransfer", ("council", council), ("reason", "Please reconsider"));
        await driver.TakeAsync(app.Data.ChairA, "withdrawTransfer");

        var view = await driver.ViewAsChairAsync();
        Assert.Equal(app.Data.CouncilA, view.CouncilId);
        Assert.Equal([TransferStatus.Declined, TransferStatus.Withdrawn], view.Transfers.Select(t => t.Status));
        Assert.Contains(await driver.NotificationsAsync(), n => n.Template == "transferDeclined");
        await Assert.ThrowsAsync<NotFoundException>(() => driver.ViewAsync(app.Data.ChairB));
    }

    [Fact]
    public async Task A_chair_who_mediates_the_case_cannot_approve_its_draft()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        await app.WithDbAsync(async db =>
        {
            db.Memberships.Add(new Membership { UserId = app.Data.ChairB, CouncilId = app.Data.CouncilA, Role = CouncilRole.Chair });
            db.Memberships.Add(new Membership { UserId = app.Data.ChairA, CouncilId = app.Data.CouncilA, Role = CouncilRole.Mediator });
            return await db.SaveChangesAsync();
        });
        var driver = await V3Steps.OpenAsync(app);
        await driver.TakeAsync(app.Data.MediatorA, "acceptForMediation");
        await driver.TakeAsync(app.Data.ChairA, "assignMediator", ("mediator", Key(app.Data.ChairA)));
        await driver.TakeAsync(app.Data.ChairA, "declareNoConflict", ("declaration", "true"));
        foreach (var party in (await driver.ViewAsChairAsync()).Parties)
        {
            await driver.TakeAsync(app.Data.ChairA, "recordConsent", ("party", Key(party.Id)), ("consentedOn", Day(app, 0)));
        }

        await driver.TakeAsync(app.Data.ChairA, "signAgreementOnMediation", ("signedOn", Day(app, 0)), ("signedByAll", "true"), ("withoutCopyReason", "Kept in the council's paper file"));
        var session = Key((await ScheduleAsChairAsync(driver)).Id);
        var parties = string.Join(',', (await driver.ViewAsChairAsync()).Parties.Select(p => "party:" + Key(p.Id)));
        await driver.TakeAsync(app.Data.ChairA, "recordSession", ("session", session), ("heldAt", Day(app, 0) + "T09:30"), ("attended", parties));
        await driver.TakeAsync(app.Data.ChairA, "reachSettlement");
        await driver.TakeAsync(app.Data.ChairA, "setTerms", ("terms", "Apologies exchanged."), ("scope", "partial"));
        await driver.TakeAsync(app.Data.ChairA, "submitForReview");

        var refused = await driver.RefusedAsync<ActionRefusedException>(app.Data.ChairA, "approve");
        Assert.False(refused.OnlyRoleBlocks);
        await driver.TakeAsync(app.Data.ChairB, "approve");
        Assert.Equal("awaitingSignatures", await driver.StateAsync());
    }

    private static async Task<SessionView> ScheduleAsChairAsync(CaseDriver driver)
    {
        await driver.TakeAsync(driver.App.Data.ChairA, "scheduleSession", ("plannedAt", V3Steps.EarlierToday(driver.App)), ("kind", "joint"));
        return (await driver.ViewAsChairAsync()).Sessions.Single();
    }
}
