using System.Net;
using MediationFlow.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Web.Tests.Api;

/// <summary>
/// POST /api/v1/cases/{id}/actions/{trigger}: the workflow decides; the API answers 200 with the new
/// state and version, or says why not (400 input, 403 role, 409 guard, state or stale version, 404 trigger).
/// </summary>
public sealed class TakeActionTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    [Fact]
    public async Task Permitted_action_moves_the_case_and_its_version_on()
    {
        var walk = await CaseWalk.OpenAsync(factory);
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);

        using var response = await mediator.ActAsync(walk.CaseId, "acceptForMediation", 1);

        var taken = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal("registered", taken.GetProperty("fromState").GetString());
        Assert.Equal("awaitingAssignment", taken.GetProperty("state").GetString());
        Assert.Equal(2, taken.GetProperty("version").GetInt32());
        var view = await mediator.CaseAsync(walk.CaseId);
        Assert.Equal("awaitingAssignment", view.GetProperty("state").GetString());
        Assert.Equal(2, view.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Missing_required_input_is_400_naming_the_input_field_and_changes_nothing()
    {
        var walk = await CaseWalk.OpenAsync(factory);
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        using var chair = await factory.ApiClientAsync(DemoUsers.Chair);
        var version = await mediator.TakeAsync(walk.CaseId, "acceptForMediation");

        using var response = await chair.ActAsync(walk.CaseId, "assignMediator", version, new { });

        Assert.Equal(["input.mediator"], (await response.ProblemAsync(HttpStatusCode.BadRequest)).Fields);
        Assert.Equal(version, (await chair.CaseAsync(walk.CaseId)).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Input_value_of_the_wrong_type_is_400_naming_the_input_field()
    {
        var walk = await (await CaseWalk.OpenAsync(factory)).ToInMediationAsync();
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        var version = (await mediator.CaseAsync(walk.CaseId)).GetProperty("version").GetInt32();

        using var response = await mediator.ActAsync(walk.CaseId, "scheduleSession", version, new { plannedAt = "next Tuesday", place = "Акимат" });

        Assert.Equal(["input.plannedAt"], (await response.ProblemAsync(HttpStatusCode.BadRequest)).Fields);
    }

    [Fact]
    public async Task Input_value_that_is_not_a_single_value_is_400_naming_the_input_field()
    {
        var walk = await (await CaseWalk.OpenAsync(factory)).ToInMediationAsync();
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        var version = (await mediator.CaseAsync(walk.CaseId)).GetProperty("version").GetInt32();

        using var response = await mediator.ActAsync(walk.CaseId, "scheduleSession", version, new { plannedAt = "2030-01-15T10:00+05:00", place = new { room = 12 } });

        Assert.Equal(["input.place"], (await response.ProblemAsync(HttpStatusCode.BadRequest)).Fields);
    }

    [Fact]
    public async Task Mediator_approving_a_settlement_is_403_and_changes_nothing()
    {
        var id = await factory.BurabayAsync("awaitingApproval");
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        var version = (await mediator.CaseAsync(id)).GetProperty("version").GetInt32();

        using var response = await mediator.ActAsync(id, "approve", version);

        var problem = await response.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.NotEmpty(problem["reasons"].EnumerateArray());
        var after = await mediator.CaseAsync(id);
        Assert.Equal("awaitingApproval", after.GetProperty("state").GetString());
        Assert.Equal(version, after.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Action_a_guard_blocks_is_409_with_the_guards_reason()
    {
        var walk = await (await CaseWalk.OpenAsync(factory)).ToInMediationAsync();
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        var view = await mediator.CaseAsync(walk.CaseId);
        var reason = view.GetProperty("actions").EnumerateArray()
            .Single(a => a.GetProperty("trigger").GetString() == "reachSettlement")
            .GetProperty("blockedBy")[0].GetProperty("message").GetString();

        using var response = await mediator.ActAsync(walk.CaseId, "reachSettlement", view.GetProperty("version").GetInt32());

        var problem = await response.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal([reason], problem["reasons"].EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("inMediation", (await mediator.CaseAsync(walk.CaseId)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Action_not_available_in_the_cases_state_is_409()
    {
        var walk = await CaseWalk.OpenAsync(factory);
        using var chair = await factory.ApiClientAsync(DemoUsers.Chair);

        using var response = await chair.ActAsync(walk.CaseId, "approve", 1, language: "en");

        var problem = await response.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("Registered", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stale_expected_version_is_409_with_the_current_state_and_version()
    {
        var walk = await CaseWalk.OpenAsync(factory);
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        using var chair = await factory.ApiClientAsync(DemoUsers.Chair);
        var current = await mediator.TakeAsync(walk.CaseId, "acceptForMediation");
        var events = await EventCountAsync(walk.CaseId);

        // The chair's form was built at version 1, before the mediator accepted the case.
        using var response = await chair.ActAsync(walk.CaseId, "closeNotMediable", 1);

        var problem = await response.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(walk.CaseId, problem["caseId"].GetInt64());
        Assert.Equal("awaitingAssignment", problem["currentState"].GetString());
        Assert.Equal(current, problem["currentVersion"].GetInt32());
        Assert.Equal(events, await EventCountAsync(walk.CaseId));
    }

    [Fact]
    public async Task Two_people_acting_on_the_same_version_at_once_exactly_one_wins()
    {
        var walk = await CaseWalk.OpenAsync(factory);
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        using var chair = await factory.ApiClientAsync(DemoUsers.Chair);

        var responses = await Task.WhenAll(
            mediator.ActAsync(walk.CaseId, "acceptForMediation", 1),
            chair.ActAsync(walk.CaseId, "acceptForMediation", 1));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var loser = responses.Single(r => r.StatusCode == HttpStatusCode.Conflict);
        Assert.Equal(2, (await loser.ProblemAsync(HttpStatusCode.Conflict))["currentVersion"].GetInt32());
        Assert.Equal(2, (await mediator.CaseAsync(walk.CaseId)).GetProperty("version").GetInt32());
        Assert.Equal(2, await EventCountAsync(walk.CaseId));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Unknown_trigger_is_400_naming_the_trigger()
    {
        // Bad input is a field error (Core's TakeAction reports an unknown trigger on "trigger"), not a missing resource.
        var walk = await CaseWalk.OpenAsync(factory);
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);

        using var response = await mediator.ActAsync(walk.CaseId, "teleport", 1, language: "en");

        // Bad input like any other field: the case exists, the action named in the path does not.
        Assert.Equal(["trigger"], (await response.ProblemAsync(HttpStatusCode.BadRequest)).Fields);
    }

    [Fact]
    public async Task Body_without_expected_version_is_400_naming_it()
    {
        var walk = await CaseWalk.OpenAsync(factory);
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);

        using var response = await mediator.PostRawAsync($"{CaseApi.CaseUrl(walk.CaseId)}/actions/acceptForMediation", """{"input":{}}""");

        Assert.Equal(["expectedVersion"], (await response.ProblemAsync(HttpStatusCode.BadRequest)).Fields);
    }

    private Task<int> EventCountAsync(long caseId) => factory.QueryAsync(db => db.CaseEvents.CountAsync(e => e.CaseId == caseId));
}
