using System.Net;
using System.Text.Json;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Api;

/// <summary>GET /api/v1/cases/{id}/actions: every action from the case's state, permitted or blocked with its reasons.</summary>
public sealed class CaseActionListTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    [Fact]
    public async Task Mediator_sees_what_is_permitted_and_what_a_guard_blocks_with_its_reason()
    {
        var id = await factory.InMediationWithoutSessionsAsync();

        var actions = await ActionsAsync(DemoUsers.Mediator, id);

        var schedule = actions["scheduleSession"];
        Assert.True(schedule.GetProperty("permitted").GetBoolean());
        Assert.Empty(schedule.GetProperty("blockedBy").EnumerateArray());
        Assert.Contains(schedule.GetProperty("fields").EnumerateArray(), f => f.GetProperty("name").GetString() == "plannedAt" && f.GetProperty("required").GetBoolean());

        var settle = actions["reachSettlement"];
        Assert.False(settle.GetProperty("permitted").GetBoolean());
        var block = Assert.Single(settle.GetProperty("blockedBy").EnumerateArray());
        Assert.Equal("guard", block.GetProperty("kind").GetString());
        Assert.Equal("sessionHeld", block.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(block.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task Chair_sees_the_mediators_actions_blocked_by_role()
    {
        var id = await factory.InMediationWithoutSessionsAsync();

        var actions = await ActionsAsync(DemoUsers.Chair, id, "en");

        var schedule = actions["scheduleSession"];
        Assert.False(schedule.GetProperty("permitted").GetBoolean());
        var block = Assert.Single(schedule.GetProperty("blockedBy").EnumerateArray());
        Assert.Equal("role", block.GetProperty("kind").GetString());
        Assert.DoesNotContain(actions.Values, a => a.GetProperty("permitted").GetBoolean() && a.GetProperty("trigger").GetString() == "recordSession");
    }

    [Fact]
    public async Task Action_list_is_the_one_in_the_case_view()
    {
        var id = await factory.BurabayAsync("awaitingApproval");
        using var chair = await factory.ApiClientAsync(DemoUsers.Chair);

        var view = await chair.CaseAsync(id);
        using var response = await chair.GetPathAsync($"{CaseApi.CaseUrl(id)}/actions");

        Assert.Equal(view.GetProperty("actions").GetRawText(), (await response.JsonAsync(HttpStatusCode.OK)).GetRawText());
    }

    [Fact]
    public async Task Actions_of_another_councils_case_are_404()
    {
        var id = await factory.ZerendiAsync();
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);

        using var response = await mediator.GetPathAsync($"{CaseApi.CaseUrl(id)}/actions");

        await response.ProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task<Dictionary<string, JsonElement>> ActionsAsync(string user, long caseId, string? language = null)
    {
        using var client = await factory.ApiClientAsync(user);
        using var response = await client.GetPathAsync($"{CaseApi.CaseUrl(caseId)}/actions", language);
        var list = await response.JsonAsync(HttpStatusCode.OK);
        return list.EnumerateArray().ToDictionary(a => a.GetProperty("trigger").GetString()!);
    }
}
