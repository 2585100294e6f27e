using MediationFlow.Core.Domain;
using MediationFlow.Core.Tests.Infrastructure;
using static MediationFlow.Core.Tests.Infrastructure.CaseSteps;

namespace MediationFlow.Core.Tests.Version3;

/// <summary>
/// Issue 11, point 4 (no dead ends), state by state: every open state of version 3, reached through the application
/// with a mediator assigned, with none, and with every mediator of the council recused, and with a chair who mediates
/// the case, offers someone (the case's mediator, the chair, a receiving chair) an action with a valid form, or has a
/// timer that will fire.
/// </summary>
public sealed class LivenessTests
{
    public static TheoryData<string> Situations() =>
    [
        "registered", "registered, its registering mediator recused", "awaitingAssignment", "awaitingAssignment, every mediator recused",
        "awaitingTransfer", "awaitingDeclaration", "awaitingConsent", "awaitingConsent, the proposal answered by nobody",
        "inMediation", "inMediation, mediator replaced", "draftingAgreement", "awaitingReview", "awaitingReview, its mediator the only chair",
        "awaitingSignatures", "monitoring", "monitoring, its mediator recused", "monitoring, every mediator recused",
    ];

    [Theory]
    [MemberData(nameof(Situations))]
    public async Task Someone_can_act_or_a_timer_will_fire(string situation)
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var d = app.Data;
        if (situation.EndsWith("the only chair", StringComparison.Ordinal))
        {
            await app.WithDbAsync(async db =>
            {
                db.Memberships.Add(new Membership { UserId = d.ChairA, CouncilId = d.CouncilA, Role = CouncilRole.Mediator });
                return await db.SaveChangesAsync();
            });
        }

        var driver = await V3Steps.OpenAsync(app);
        await ArrangeAsync(driver, situation);
        var expected = situation.Split(',')[0];
        Assert.Equal(expected, await driver.StateAsync());

        var (actions, timers) = await new V3Walker(app, new Random(1)).WhatCanActAsync(driver.CaseId);

        Assert.True(actions.Count + timers.Count > 0, $"Nobody can act in {situation} and no timer is pending.");
    }

    internal static async Task ArrangeAsync(CaseDriver driver, string situation)
    {
        var d = driver.App.Data;
        async Task RecuseAll()
        {
            await driver.TakeAsync(d.MediatorA, "recuse", ("reason", "I know the parties."));
            await driver.TakeAsync(d.ChairA, "assignMediator", ("mediator", Key(d.MediatorA2)));
            await driver.TakeAsync(d.MediatorA2, "recuse", ("reason", "I know them too."));
        }

        switch (situation)
        {
            case "registered":
                break;
            case "registered, its registering mediator recused":
                await driver.TakeAsync(d.MediatorA, "recuse", ("reason", "I know the parties."));
                break;
            case "awaitingAssignment":
                await driver.TakeAsync(d.MediatorA, "acceptForMediation");
                break;
            case "awaitingAssignment, every mediator recused":
                await driver.TakeAsync(d.MediatorA, "acceptForMediation");
                await driver.TakeAsync(d.ChairA, "assignMediator", ("mediator", Key(d.MediatorA)));
                await RecuseAll();
                break;
            case "awaitingTransfer":
                await driver.TakeAsync(d.MediatorA, "acceptForMediation");
                await driver.TakeAsync(d.ChairA, "requestTransfer", ("council", d.CouncilB.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("reason", "Nobody left"));
                break;
            case "awaitingDeclaration":
                await driver.TakeAsync(d.MediatorA, "acceptForMediation");
                await driver.TakeAsync(d.ChairA, "assignMediator", ("mediator", Key(d.MediatorA)));
                break;
            case "awaitingConsent":
                await driver.ToConsentV3Async();
                break;
            case "awaitingConsent, the proposal answered by nobody":
                await driver.ToConsentV3Async();
                await driver.TakeAsync(d.MediatorA, "sendProposal", ("proposedOn", Day(driver.App, 0)));
                await driver.App.AdvanceAndPumpAsync(TimeSpan.FromDays(5));
                await driver.RefreshAsync();
                break;
            case "inMediation":
                await driver.ToMediationV3Async();
                break;
            case "inMediation, mediator replaced":
                await driver.ToMediationV3Async();
                await driver.TakeAsync(d.ChairA, "replaceMediator", ("mediator", Key(d.MediatorA2)), ("reason", "Ill"));
                await driver.TakeAsync(d.MediatorA2, "declareNoConflict", ("declaration", "true"));
                await driver.ConsentAllAsync(d.MediatorA2);
                await driver.TakeAsync(d.MediatorA2, "resumeMediation");
                break;
            case "draftingAgreement":
                await driver.ToDraftingV3Async();
                break;
            case "awaitingReview":
                await driver.ToDraftingV3Async();
                await driver.TakeAsync(d.MediatorA, "setTerms", ("terms", "Apologies."), ("scope", "partial"));
                await driver.TakeAsync(d.MediatorA, "submitForReview");
                break;
            case "awaitingReview, its mediator the only chair":
                await driver.ToDraftingV3Async();
                await driver.TakeAsync(d.ChairA, "replaceMediator", ("mediator", Key(d.ChairA)), ("reason", "The chair takes it."));
                await driver.TakeAsync(d.ChairA, "declareNoConflict", ("declaration", "true"));
                await driver.ConsentAllAsync(d.ChairA);
                await driver.TakeAsync(d.ChairA, "resumeMediation");
                await driver.TakeAsync(d.ChairA, "reachSettlement");
                await driver.TakeAsync(d.ChairA, "setTerms", ("terms", "Apologies."), ("scope", "partial"));
                await driver.TakeAsync(d.ChairA, "submitForReview");
                Assert.False((await driver.ViewAsChairAsync()).Actions.Single(a => a.Trigger == "approve").Permitted);
                break;
            case "awaitingSignatures":
                await driver.ToSignaturesV3Async();
                break;
            case "monitoring":
                await driver.ToMonitoringV3Async();
                break;
            case "monitoring, its mediator recused":
                await driver.ToMonitoringV3Async();
                await driver.TakeAsync(d.MediatorA, "recuse", ("reason", "I moved away."));
                break;
            case "monitoring, every mediator recused":
                await driver.ToMonitoringV3Async();
                await RecuseAll();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(situation), situation, "No such situation.");
        }
    }
}
