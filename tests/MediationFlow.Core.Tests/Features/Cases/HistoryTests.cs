using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Core.Tests.Features.Cases;

/// <summary>A case's timeline, read in Russian and Kazakh.</summary>
public sealed class HistoryTests(SharedApp fixture) : IClassFixture<SharedApp>
{
    [Fact]
    public async Task Events_come_oldest_first_with_who_acted()
    {
        var (app, d) = (fixture.App, fixture.App.Data);
        var driver = await CaseDriver.OpenAsync(app);
        app.Time.Advance(TimeSpan.FromMinutes(5));
        await driver.TakeAsync(d.MediatorA, "acceptForMediation");
        app.Time.Advance(TimeSpan.FromMinutes(5));
        await driver.TakeAsync(d.ChairA, "assignMediator", ("mediator", d.MediatorA.ToString()));

        var history = await app.SendAsync<IReadOnlyList<GetHistory.HistoryEntry>>(d.ChairA, new GetHistory.Query(driver.CaseId));

        Assert.Equal([1, 2, 3], history.Select(h => h.Sequence));
        Assert.Equal(history.Select(h => h.OccurredAt).Order(), history.Select(h => h.OccurredAt));
        Assert.Equal(["open", "acceptForMediation", "assignMediator"], history.Select(h => h.Trigger));
        Assert.Equal(["Mediator A", "Mediator A", "Chair A"], history.Select(h => h.ActorName));
        Assert.Equal([null, "registered", "awaitingAssignment"], history.Select(h => h.FromState));
        Assert.Equal(d.MediatorA.ToString(), history[2].Input.GetProperty("mediator").GetString());
    }

    [Theory]
    [InlineData("ru", "Дело зарегистрировано", "Добавлена сторона")]
    [InlineData("kk", "Іс тіркелді", "Тарап қосылды")]
    public async Task Action_and_state_names_are_in_the_readers_language(string language, string opened, string partyAdded)
    {
        var (app, d) = (fixture.App, fixture.App.Data);
        var driver = await CaseDriver.OpenAsync(app);
        await driver.TakeAsync(d.MediatorA, "acceptForMediation");
        await app.SendAsync<EditParties.Edited>(d.MediatorA, new EditParties.Command(
            driver.CaseId, driver.Version, null, new PartyDetails(PartyRole.Other, "Аудармашы")));
        var definition = TestApp.Workflows.Latest("community-mediation").Definition;
        var accept = definition.Transitions.Single(t => t.Trigger == "acceptForMediation").Name.For(language);
        var awaiting = definition.States.Single(s => s.Id == "awaitingAssignment").Name.For(language);

        var history = await app.SendAsync<IReadOnlyList<GetHistory.HistoryEntry>>(d.MediatorA, new GetHistory.Query(driver.CaseId), language);

        Assert.Equal([opened, accept, partyAdded], history.Select(h => h.ActionName));
        Assert.Equal(awaiting, history[1].ToStateName);
        Assert.Equal(awaiting, history[2].ToStateName);
        Assert.NotEqual(definition.Transitions.Single(t => t.Trigger == "acceptForMediation").Name.For("en"), accept);
    }

    [Fact]
    public async Task A_timer_event_has_no_actor()
    {
        await using var app = await TestApp.StartAsync();
        var driver = await CaseDriver.OpenAsync(app);
        await driver.IntoMediationAsync();
        app.Time.Advance(TimeSpan.FromDays(31));
        await app.PumpAsync();

        var history = await app.SendAsync<IReadOnlyList<GetHistory.HistoryEntry>>(app.Data.MediatorA, new GetHistory.Query(driver.CaseId));

        var last = history[^1];
        Assert.Equal(("deadlinePassed", (Guid?)null, (string?)null, "overdue"), (last.Trigger, last.ActorId, last.ActorName, last.ToState));
    }
}
