using System.Net;
using System.Text.Json;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Api;

/// <summary>GET /api/v1/cases/{id}/history: every event oldest first, who acted and what they entered; it replays to the current state.</summary>
public sealed class HistoryTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    [Fact]
    public async Task History_lists_every_event_oldest_first_with_actor_and_input()
    {
        var walk = await (await CaseWalk.OpenAsync(factory)).ToAwaitingConsentAsync();
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        var mediatorId = await factory.UserIdAsync(DemoUsers.Mediator);

        var history = await HistoryAsync(mediator, walk.CaseId, "en");

        Assert.Equal(["open", "acceptForMediation", "assignMediator", "declareNoConflict"], history.Select(e => e.GetProperty("trigger").GetString()));
        Assert.Equal([1, 2, 3, 4], history.Select(e => e.GetProperty("sequence").GetInt32()));
        Assert.Equal("Case registered", history[0].GetProperty("actionName").GetString());
        Assert.Equal(JsonValueKind.Null, history[0].GetProperty("fromState").ValueKind);
        var assign = history[2];
        Assert.Equal("Серік Омаров", assign.GetProperty("actorName").GetString());
        Assert.Equal(mediatorId.ToString(), assign.GetProperty("input").GetProperty("mediator").GetString());
        Assert.True(history.Zip(history.Skip(1)).All(p => p.First.GetProperty("occurredAt").GetDateTimeOffset() <= p.Second.GetProperty("occurredAt").GetDateTimeOffset()));
    }

    [Fact]
    public async Task History_replays_to_the_cases_state_and_counts_its_version()
    {
        var walk = await (await CaseWalk.OpenAsync(factory)).ToInMediationAsync();
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);

        var history = await HistoryAsync(mediator, walk.CaseId);
        var view = await mediator.CaseAsync(walk.CaseId);

        Assert.Equal(view.GetProperty("state").GetString(), history[^1].GetProperty("toState").GetString());
        Assert.Equal(view.GetProperty("version").GetInt32(), history.Count);
        Assert.True(history.Skip(1).Zip(history).All(p => p.First.GetProperty("fromState").GetString() == p.Second.GetProperty("toState").GetString()));
    }

    [Fact]
    public async Task History_of_another_councils_case_is_404()
    {
        var id = await factory.ZerendiAsync();
        using var chair = await factory.ApiClientAsync(DemoUsers.Chair);

        using var response = await chair.GetPathAsync($"{CaseApi.CaseUrl(id)}/history");

        await response.ProblemAsync(HttpStatusCode.NotFound);
    }

    private static async Task<List<JsonElement>> HistoryAsync(HttpClient client, long caseId, string? language = null)
    {
        using var response = await client.GetPathAsync($"{CaseApi.CaseUrl(caseId)}/history", language);
        return [.. (await response.JsonAsync(HttpStatusCode.OK)).EnumerateArray()];
    }
}
