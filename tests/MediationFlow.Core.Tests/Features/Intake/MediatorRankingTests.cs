using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Intake;
using MediationFlow.Core.Tests.Features.Register;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Core.Tests.Version3;
using Microsoft.EntityFrameworkCore;
using static MediationFlow.Core.Tests.Infrastructure.CaseSteps;

namespace MediationFlow.Core.Tests.Features.Intake;

/// <summary>
/// Issue 14, point 4: the chair's list of mediators comes ranked by the parties' languages, then specialisation in the
/// case's category, then open caseload, each with its reasons; suspended, excluded and recused mediators are neither
/// offered nor counted by the guard that asks whether anyone is left.
/// </summary>
public sealed class MediatorRankingTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Fact]
    public async Task Mediators_come_ranked_by_the_parties_languages_then_specialisation_then_open_cases_each_with_its_reasons()
    {
        await using var app = await TestApp.StartAsync();
        var d = app.Data;
        var (c, dee, e, suspended, excluded) = (
            await app.AddMediatorAsync("mediator.c", "Mediator C"), await app.AddMediatorAsync("mediator.d", "Mediator D"),
            await app.AddMediatorAsync("mediator.e", "Mediator E"), await app.AddMediatorAsync("mediator.s", "Mediator S"),
            await app.AddMediatorAsync("mediator.x", "Mediator X"));
        DisputeCategory[] neighbours = [DisputeCategory.NeighboursAndHousing];
        await app.EnterAsync("mediator.a", "A-1", "kk,ru");
        await app.EnterAsync("mediator.a2", "A-2", "ru,kk", neighbours);
        await app.EnterAsync("mediator.c", "A-3", "kk", neighbours);
        await app.EnterAsync("mediator.d", "A-4", "kk,ru");
        await app.ChangeStatusAsync((await app.EnterAsync("mediator.s", "A-5", "kk,ru", neighbours)).EntryId, MediatorStatus.Suspended, Today);
        await app.ChangeStatusAsync((await app.EnterAsync("mediator.x", "A-6", "kk,ru", neighbours)).EntryId, MediatorStatus.Excluded, Today);

        // Mediator A already holds an open case; mediator E is in no register yet.
        var other = await CaseDriver.OpenAsync(app);
        await other.TakeAsync(d.MediatorA, "acceptForMediation");
        await other.TakeAsync(d.ChairA, "assignMediator", ("mediator", Key(d.MediatorA)));
        var driver = await CaseDriver.OpenAsync(app);
        await driver.TakeAsync(d.MediatorA, "acceptForMediation");
        await app.WithDbAsync(db => db.Parties.Where(p => p.CaseId == driver.CaseId && p.Role == Workflows.Engine.PartyRole.Respondent)
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.PreferredLanguage, "ru")));

        var listed = await app.SendAsync<IReadOnlyList<ListAssignableMediators.Assignable>>(d.ChairA, new ListAssignableMediators.Query(driver.CaseId));

        Assert.Equal([d.MediatorA2, dee, d.MediatorA, c, e], listed.Select(m => m.UserId));
        Assert.DoesNotContain(listed, m => m.UserId == suspended || m.UserId == excluded);
        var reasons = listed.ToDictionary(m => m.UserId, m => (string.Join(",", m.MatchedLanguages), string.Join(",", m.MissingLanguages), m.Specialised, m.OpenCases, m.Registered));
        Assert.Equal(("kk,ru", "", true, 0, true), reasons[d.MediatorA2]);
        Assert.Equal(("kk,ru", "", false, 0, true), reasons[dee]);
        Assert.Equal(("kk,ru", "", false, 1, true), reasons[d.MediatorA]);
        Assert.Equal(("kk", "ru", true, 0, true), reasons[c]);
        Assert.Equal(("", "kk,ru", false, 0, false), reasons[e]);
    }

    [Theory]
    [InlineData(MediatorStatus.Suspended)]
    [InlineData(MediatorStatus.Excluded)]
    public async Task A_mediator_not_active_in_the_register_is_neither_offered_nor_counted_nor_assignable_until_reinstated(MediatorStatus status)
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var d = app.Data;
        var entry = await app.EnterAsync("mediator.a2", "A-2");
        await app.ChangeStatusAsync(entry.EntryId, status, Today.AddDays(-1));
        var driver = await V3Steps.OpenAsync(app);
        await driver.ToConsentV3Async();

        // Mediator A withdraws; the only other mediator of the council is not active, so nobody is left.
        await driver.TakeAsync(d.MediatorA, "recuse", ("reason", "I know the applicant."));
        var assign = (await driver.ViewAsChairAsync()).Actions.Single(a => a.Trigger == "assignMediator");
        var listed = await app.SendAsync<IReadOnlyList<ListAssignableMediators.Assignable>>(d.ChairA, new ListAssignableMediators.Query(driver.CaseId));

        Assert.Contains(assign.BlockedBy, b => b.Code == "mediatorAvailable");
        Assert.Empty(listed);
        Assert.True((await driver.ViewAsChairAsync()).Actions.Single(a => a.Trigger == "closeNoMediator").Permitted);

        await app.ChangeStatusAsync(entry.EntryId, MediatorStatus.Active, Today, "Reinstated by the council");
        var reinstated = await app.SendAsync<IReadOnlyList<ListAssignableMediators.Assignable>>(d.ChairA, new ListAssignableMediators.Query(driver.CaseId));

        Assert.Equal([d.MediatorA2], reinstated.Select(m => m.UserId));
        Assert.True((await driver.ViewAsChairAsync()).Actions.Single(a => a.Trigger == "assignMediator").Permitted);
    }

    [Fact]
    public async Task Assigning_a_suspended_mediator_is_refused_naming_the_field_and_the_reason()
    {
        await using var app = await TestApp.StartAsync();
        var d = app.Data;
        var entry = await app.EnterAsync("mediator.a2", "A-2");
        await app.ChangeStatusAsync(entry.EntryId, MediatorStatus.Suspended, Today);
        var driver = await CaseDriver.OpenAsync(app);
        await driver.TakeAsync(d.MediatorA, "acceptForMediation");

        var refused = await driver.RefusedAsync<ValidationFailedException>(d.ChairA, "assignMediator", ("mediator", Key(d.MediatorA2)));

        Assert.Equal(("input.mediator", "notActive"), (Assert.Single(refused.Errors).Field, refused.Errors[0].Code));
        Assert.Null((await driver.StoredAsync()).AssignedMediatorId);
    }
}
