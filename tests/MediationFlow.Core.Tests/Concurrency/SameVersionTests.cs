using System.Globalization;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Tests.Concurrency;

/// <summary>
/// Two people submit forms built on the same version of a case: exactly one wins, the other is told
/// the case as it is now, and nothing of the loser's command is written.
/// </summary>
public sealed class SameVersionTests(SharedApp fixture) : IClassFixture<SharedApp>
{
    private const int ParallelRounds = 6;

    private TestApp Application => fixture.App;

    [Fact]
    public async Task Two_consents_on_the_same_version_one_wins_the_other_gets_a_conflict_with_the_current_state()
    {
        var (driver, applicant, respondent) = await AwaitingConsentAsync();
        var version = driver.Version;

        var won = await Consent(driver.CaseId, version, applicant);
        var conflict = await Assert.ThrowsAsync<ConflictException>(() => Consent(driver.CaseId, version, respondent));

        Assert.Equal((driver.CaseId, "awaitingConsent", version + 1), (conflict.CaseId, conflict.CurrentState, conflict.CurrentVersion));
        Assert.Equal(version + 1, won.Version);
        await AssertOnlyWinnerWrittenAsync(driver.CaseId, version, applicant, respondent);
    }

    [Fact]
    public async Task Approve_and_return_on_the_same_version_the_second_is_refused_and_leaves_no_trace()
    {
        var driver = await AwaitingApprovalAsync();
        var d = Application.Data;
        var version = driver.Version;
        var notices = (await Application.NotificationsAsync(driver.CaseId)).Count;

        await Application.SendAsync<TakeAction.Taken>(d.ChairA, Command(driver.CaseId, "approve", version));
        var conflict = await Assert.ThrowsAsync<ConflictException>(() => Application.SendAsync<TakeAction.Taken>(
            d.ChairA, Command(driver.CaseId, "returnForRedraft", version, ("comment", "Dates are unclear."))));

        Assert.Equal(("monitoring", version + 1), (conflict.CurrentState, conflict.CurrentVersion));
        var settlement = await Application.WithDbAsync(db => db.SettlementAgreements.AsNoTracking().SingleAsync(s => s.CaseId == driver.CaseId));
        Assert.Null(settlement.ReturnComment);
        Assert.NotNull(settlement.SignedAt);
        Assert.DoesNotContain(await Application.NotificationsAsync(driver.CaseId), n => n.Template == "agreementReturned");
        Assert.Equal(notices, (await Application.NotificationsAsync(driver.CaseId)).Count);
        var events = await Application.EventsAsync(driver.CaseId);
        Assert.Equal(version + 1, events.Count);
        Assert.Equal("approve", events[^1].Trigger);
    }

    [Fact]
    public async Task Two_consents_sent_truly_in_parallel_always_end_with_one_winner_and_one_conflict()
    {
        for (var round = 0; round < ParallelRounds; round++)
        {
            var (driver, applicant, respondent) = await AwaitingConsentAsync();
            var version = driver.Version;

            var outcomes = await Task.WhenAll(
                Outcome(applicant, () => Consent(driver.CaseId, version, applicant)),
                Outcome(respondent, () => Consent(driver.CaseId, version, respondent)));

            Assert.Single(outcomes, o => o.Taken is not null);
            var conflict = Assert.Single(outcomes, o => o.Conflict is not null).Conflict!;
            Assert.Equal(version + 1, conflict.CurrentVersion);
            var winner = outcomes.Single(o => o.Taken is not null).Party;
            await AssertOnlyWinnerWrittenAsync(driver.CaseId, version, winner, winner == applicant ? respondent : applicant);
        }
    }

    [Fact]
    public async Task Approve_and_return_sent_truly_in_parallel_apply_exactly_one_of_them()
    {
        for (var round = 0; round < 2; round++)
        {
            var driver = await AwaitingApprovalAsync();
            var chair = Application.Data.ChairA;
            var version = driver.Version;

            var outcomes = await Task.WhenAll(
                Outcome(0, () => Application.SendAsync<TakeAction.Taken>(chair, Command(driver.CaseId, "approve", version))),
                Outcome(0, () => Application.SendAsync<TakeAction.Taken>(chair, Command(driver.CaseId, "returnForRedraft", version, ("comment", "Redo")))));

            var taken = Assert.Single(outcomes, o => o.Taken is not null).Taken!;
            Assert.Single(outcomes, o => o.Conflict is not null);
            var row = await Application.CaseRowAsync(driver.CaseId);
            Assert.Equal((taken.State, version + 1), (row.State, row.Version));
            Assert.Equal(version + 1, (await Application.EventsAsync(driver.CaseId)).Count);
        }
    }

    [Fact]
    public async Task Two_party_edits_on_the_same_version_add_only_the_first_party()
    {
        var (driver, _, _) = await AwaitingConsentAsync();
        var d = Application.Data;
        var version = driver.Version;

        await Application.SendAsync<EditParties.Edited>(d.MediatorA,
            new EditParties.Command(driver.CaseId, version, null, new PartyDetails(PartyRole.Other, "Gulnara Akhmetova")));
        var conflict = await Assert.ThrowsAsync<ConflictException>(() => Application.SendAsync<EditParties.Edited>(d.ChairA,
            new EditParties.Command(driver.CaseId, version, null, new PartyDetails(PartyRole.Other, "Daniyar Omarov"))));

        Assert.Equal(version + 1, conflict.CurrentVersion);
        var names = await Application.WithDbAsync(db => db.Parties.AsNoTracking().Where(p => p.CaseId == driver.CaseId).Select(p => p.FullName).ToListAsync());
        Assert.Contains("Gulnara Akhmetova", names);
        Assert.DoesNotContain("Daniyar Omarov", names);
        Assert.Equal(version + 1, (await Application.EventsAsync(driver.CaseId)).Count);
    }

    private async Task AssertOnlyWinnerWrittenAsync(long caseId, int version, long winner, long loser)
    {
        var consents = await Application.WithDbAsync(db => db.Consents.AsNoTracking().Where(c => c.CaseId == caseId).Select(c => c.PartyId).ToListAsync());
        Assert.Equal([winner], consents);
        Assert.DoesNotContain(loser, consents);
        var events = await Application.EventsAsync(caseId);
        Assert.Equal(version + 1, events.Count);
        Assert.Single(events, e => e.Trigger == "recordConsent");
        Assert.Equal(version + 1, (await Application.CaseRowAsync(caseId)).Version);
    }

    private static async Task<(TakeAction.Taken? Taken, ConflictException? Conflict, long Party)> Outcome(long party, Func<Task<TakeAction.Taken>> send)
    {
        // Task.Run: SQLite completes synchronously, so both commands must start on their own threads to race.
        try
        {
            return (await Task.Run(send), null, party);
        }
        catch (ConflictException e)
        {
            return (null, e, party);
        }
    }

    private Task<TakeAction.Taken> Consent(long caseId, int version, long party) =>
        Application.SendAsync<TakeAction.Taken>(Application.Data.MediatorA,
            Command(caseId, "recordConsent", version, ("party", party.ToString(CultureInfo.InvariantCulture))));

    private static TakeAction.Command Command(long caseId, string trigger, int version, params (string Field, string? Value)[] input) =>
        new(caseId, trigger, version, input.ToDictionary(i => i.Field, i => i.Value));

    private async Task<(CaseDriver Driver, long Applicant, long Respondent)> AwaitingConsentAsync()
    {
        var d = Application.Data;
        var driver = await CaseDriver.OpenAsync(Application);
        await driver.TakeAsync(d.MediatorA, "acceptForMediation");
        await driver.TakeAsync(d.ChairA, "assignMediator", ("mediator", d.MediatorA.ToString()));
        await driver.TakeAsync(d.MediatorA, "declareNoConflict", ("declaration", "true"));
        var parties = (await driver.ViewAsync(d.MediatorA)).Parties;
        return (driver, parties.Single(p => p.Role == PartyRole.Applicant).Id, parties.Single(p => p.Role == PartyRole.Respondent).Id);
    }

    private async Task<CaseDriver> AwaitingApprovalAsync()
    {
        var d = Application.Data;
        var driver = await CaseDriver.OpenAsync(Application);
        await driver.IntoMediationAsync();
        await driver.HoldSessionAsync();
        await driver.TakeAsync(d.MediatorA, "reachSettlement");
        var respondent = (await driver.ViewAsync(d.MediatorA)).Parties.Single(p => p.Role == PartyRole.Respondent);
        await driver.TakeAsync(d.MediatorA, "addObligation",
            ("party", respondent.Id.ToString(CultureInfo.InvariantCulture)), ("description", "Move the fence back"), ("dueOn", "2026-12-10"));
        await driver.TakeAsync(d.MediatorA, "submitForSignature");
        await driver.TakeAsync(d.MediatorA, "signSettlement", ("signedByAll", "true"));
        Assert.Equal("awaitingApproval", (await Application.CaseRowAsync(driver.CaseId)).State);
        return driver;
    }
}
