using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Tests.Security;

/// <summary>Confidentiality: every read and every change of a case leaves who, what, which case, when.</summary>
public sealed class AuditTests(SharedApp fixture) : IClassFixture<SharedApp>
{
    private TestApp App => fixture.App;

    [Fact]
    public async Task Reading_a_case_and_its_history_is_recorded_with_the_reader_and_the_case()
    {
        var driver = await CaseDriver.OpenAsync(App);
        var chair = App.Data.ChairA;

        await App.SendAsync<CaseView>(chair, new GetCase.Query(driver.CaseId));
        await App.SendAsync<IReadOnlyList<GetHistory.HistoryEntry>>(chair, new GetHistory.Query(driver.CaseId));

        var entries = await EntriesAsync(driver.CaseId);
        Assert.Contains(entries, e => (e.Action, e.UserId, e.Changed, e.At) == ("GetCase", chair, false, App.Time.GetUtcNow()));
        Assert.Contains(entries, e => (e.Action, e.UserId, e.Changed) == ("GetHistory", chair, false));
    }

    [Fact]
    public async Task Opening_and_changing_a_case_is_recorded_as_a_change_with_the_case()
    {
        var d = App.Data;

        var driver = await CaseDriver.OpenAsync(App);
        await driver.TakeAsync(d.MediatorA, "acceptForMediation");
        await App.SendAsync<EditParties.Edited>(d.ChairA, new EditParties.Command(
            driver.CaseId, driver.Version, null, new PartyDetails(Workflows.Engine.PartyRole.Other, "Interpreter")));

        var entries = await EntriesAsync(driver.CaseId);
        Assert.Equal(
            [("OpenCase", d.MediatorA), ("TakeAction", d.MediatorA), ("EditParties", d.ChairA)],
            entries.Where(e => e.Changed).Select(e => (e.Action, e.UserId!.Value)));
    }

    [Fact]
    public async Task A_refused_change_writes_no_audit_entry_claiming_a_change()
    {
        var driver = await CaseDriver.OpenAsync(App);
        var before = await EntriesAsync(driver.CaseId);

        await Assert.ThrowsAsync<ActionRefusedException>(() => driver.TakeAsync(App.Data.ChairA, "recordConsent", ("party", "1")));

        Assert.Equal(before.Count, (await EntriesAsync(driver.CaseId)).Count);
    }

    private Task<List<AuditEntry>> EntriesAsync(long caseId) =>
        App.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.CaseId == caseId).OrderBy(e => e.Id).ToListAsync());
}
