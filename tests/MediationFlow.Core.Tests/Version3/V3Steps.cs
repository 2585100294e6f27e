using MediationFlow.Core.Domain;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using static MediationFlow.Core.Tests.Infrastructure.CaseSteps;

namespace MediationFlow.Core.Tests.Version3;

/// <summary>
/// Steps of version 3 through the pipeline, each dated today on the app's clock (Thursday 26 November 2026, 10:00 in
/// Almaty), on a case of the fence dispute between one applicant and one respondent opened by mediator A.
/// </summary>
public static class V3Steps
{
    /// <summary>A session planned for today at 09:00 where the council is: already past at 10:00, so it can be recorded as held.</summary>
    public static string EarlierToday(TestApp app) => Day(app, 0) + "T09:00";

    public static async Task<CaseDriver> OpenAsync(TestApp app)
    {
        var driver = await CaseDriver.OpenAsync(app);
        Assert.Equal(3, (await driver.ViewAsync(app.Data.ChairA)).DefinitionVersion);
        return driver;
    }

    /// <summary>Accepted, mediator A assigned and declared no conflict: waiting for the parties' consent.</summary>
    public static async Task ToConsentV3Async(this CaseDriver driver)
    {
        var d = driver.App.Data;
        await driver.TakeAsync(d.MediatorA, "acceptForMediation");
        await driver.TakeAsync(d.ChairA, "assignMediator", ("mediator", Key(d.MediatorA)));
        await driver.TakeAsync(d.MediatorA, "declareNoConflict", ("declaration", "true"));
    }

    /// <summary>Every party consents today (to the mediator assigned now).</summary>
    public static async Task ConsentAllAsync(this CaseDriver driver, Guid? mediator = null)
    {
        var by = mediator ?? driver.App.Data.MediatorA;
        foreach (var party in (await driver.ViewAsync(driver.App.Data.ChairA)).Parties)
        {
            await driver.TakeAsync(by, "recordConsent", ("party", Key(party.Id)), ("consentedOn", Day(driver.App, 0)));
        }
    }

    /// <summary>Consents given and the agreement on mediation signed today: the term runs.</summary>
    public static async Task ToMediationV3Async(this CaseDriver driver)
    {
        await driver.ToConsentV3Async();
        await driver.TakeAsync(driver.App.Data.MediatorA, "sendProposal", ("proposedOn", Day(driver.App, 0)));
        await driver.ConsentAllAsync();
        await driver.TakeAsync(driver.App.Data.MediatorA, "signAgreementOnMediation", ("signedOn", Day(driver.App, 0)), ("signedByAll", "true"), ("withoutCopyReason", "Kept in the council's paper file"));
    }

    /// <summary>Schedules a session for earlier today and returns its id.</summary>
    public static async Task<string> ScheduleAsync(this CaseDriver driver, string kind = "joint", long? party = null)
    {
        var input = new List<(string, string?)> { ("plannedAt", EarlierToday(driver.App)), ("kind", kind) };
        if (party is { } id)
        {
            input.Add(("party", Key(id)));
        }

        await driver.TakeAsync(driver.App.Data.MediatorA, "scheduleSession", [.. input]);
        return Key((await driver.ViewAsync(driver.App.Data.MediatorA)).Sessions[^1].Id);
    }

    /// <summary>A joint session held earlier today with every party present.</summary>
    public static async Task HoldJointSessionV3Async(this CaseDriver driver)
    {
        var session = await driver.ScheduleAsync();
        var parties = (await driver.ViewAsync(driver.App.Data.MediatorA)).Parties.Select(p => "party:" + Key(p.Id));
        await driver.TakeAsync(driver.App.Data.MediatorA, "recordSession",
            ("session", session), ("heldAt", Day(driver.App, 0) + "T09:30"), ("attended", string.Join(',', parties)), ("outcomeNote", "Both spoke."));
    }

    /// <summary>In mediation, a joint session held, the parties reached a settlement: drafting.</summary>
    public static async Task ToDraftingV3Async(this CaseDriver driver)
    {
        await driver.ToMediationV3Async();
        await driver.HoldJointSessionV3Async();
        await driver.TakeAsync(driver.App.Data.MediatorA, "reachSettlement");
    }

    /// <summary>Drafted with terms and one obligation of the respondent due in two weeks, reviewed and approved by the chair.</summary>
    public static async Task ToSignaturesV3Async(this CaseDriver driver)
    {
        var d = driver.App.Data;
        await driver.ToDraftingV3Async();
        await driver.TakeAsync(d.MediatorA, "setTerms", ("terms", "The fence goes back to the line of 2019."), ("scope", "full"));
        await driver.AddObligationAsync(PartyRole.Respondent, "Move the fence back", Day(driver.App, 14));
        await driver.TakeAsync(d.MediatorA, "submitForReview");
        await driver.TakeAsync(d.ChairA, "approve");
    }

    /// <summary>Every party signs today in person: the case moves to follow-up by itself.</summary>
    public static async Task SignAllAsync(this CaseDriver driver)
    {
        foreach (var party in (await driver.ViewAsync(driver.App.Data.ChairA)).Parties)
        {
            await driver.TakeAsync(driver.App.Data.MediatorA, "recordSignature",
                ("party", Key(party.Id)), ("signedOn", Day(driver.App, 0)), ("method", "inPerson"), ("withoutCopyReason", "Kept in the council's paper file"));
        }
    }

    public static async Task ToMonitoringV3Async(this CaseDriver driver)
    {
        await driver.ToSignaturesV3Async();
        await driver.SignAllAsync();
    }

    /// <summary>The case row with its rounds, as stored.</summary>
    public static Task<Case> RoundsAsync(this CaseDriver driver) =>
        driver.App.WithDbAsync(db => db.Cases.AsNoTracking().Include(c => c.Rounds).SingleAsync(c => c.Id == driver.CaseId));

    public static async Task<string> StateAsync(this CaseDriver driver) => (await driver.StoredAsync()).State;

    public static async Task<CaseView> ViewAsChairAsync(this CaseDriver driver) => await driver.ViewAsync(driver.App.Data.ChairA);
}
