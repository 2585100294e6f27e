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
    public async Task A_user_field_says_where_its_choices_are_and_a_choice_from_there_is_accepted()
    {
        var walk = await CaseWalk.OpenAsync(factory);
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        using var chair = await factory.ApiClientAsync(DemoUsers.Chair);
        var version = await mediator.TakeAsync(walk.CaseId, "acceptForMediation");

        var field = Assert.Single((await ActionsAsync(DemoUsers.Chair, walk.CaseId))["assignMediator"].GetProperty("fields").EnumerateArray());
        var optionsFrom = field.GetProperty("optionsFrom").GetString()!;
        using var listed = await chair.GetPathAsync(optionsFrom);
        var mediators = (await listed.JsonAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
        using var taken = await chair.ActAsync(walk.CaseId, "assignMediator", version, new { mediator = mediators[^1].GetProperty("userId").GetString() });

        Assert.Equal(("mediator", "user"), (field.GetProperty("name").GetString(), field.GetProperty("type").GetString()));
        Assert.Equal($"{CaseApi.CaseUrl(walk.CaseId)}/mediators", optionsFrom);
        var demoMediator = (await factory.UserIdAsync(DemoUsers.Mediator)).ToString();
        Assert.Contains(mediators, m => m.GetProperty("userId").GetString() == demoMediator);
        Assert.All(mediators, m => Assert.False(string.IsNullOrWhiteSpace(m.GetProperty("displayName").GetString())));
        Assert.Equal("awaitingDeclaration", (await taken.JsonAsync(HttpStatusCode.OK)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Fields_with_their_options_in_the_definition_carry_no_link()
    {
        var id = await factory.InMediationWithoutSessionsAsync();

        var fields = (await ActionsAsync(DemoUsers.Mediator, id)).Values.SelectMany(a => a.GetProperty("fields").EnumerateArray()).ToList();

        Assert.NotEmpty(fields);
        Assert.All(fields, f => Assert.False(f.TryGetProperty("optionsFrom", out _), f.GetRawText()));
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
