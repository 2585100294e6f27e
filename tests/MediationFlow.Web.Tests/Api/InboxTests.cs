using System.Net;
using System.Text.Json;
using MediationFlow.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Web.Tests.Api;

/// <summary>GET /api/v1/inbox: what needs the reader now, overdue first; only cases they may see.</summary>
public sealed class InboxTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    [Fact]
    public async Task Mediator_inbox_has_their_open_cases_overdue_first()
    {
        var mediatorId = await factory.UserIdAsync(DemoUsers.Mediator);
        var expected = await factory.QueryAsync(db => db.Cases
            .Where(c => !c.IsClosed && (c.AssignedMediatorId == mediatorId || (c.AssignedMediatorId == null && c.RegisteredById == mediatorId)))
            .Select(c => c.Id).ToListAsync());

        var inbox = await InboxAsync(DemoUsers.Mediator);

        var items = Items(inbox);
        Assert.Equal(expected.Order(), items.Select(i => i.GetProperty("caseId").GetInt64()).Order());
        Assert.Equal(items.Count, inbox.GetProperty("total").GetInt32());
        var overdue = items.Select(i => i.GetProperty("overdue").GetBoolean()).ToList();
        Assert.Contains(true, overdue);
        Assert.Equal(overdue.OrderByDescending(o => o), overdue);
    }

    [Fact]
    public async Task Chair_inbox_has_approvals_unassigned_and_overdue_cases()
    {
        var inbox = await InboxAsync(DemoUsers.Chair);

        var items = Items(inbox);
        var states = items.Select(i => i.GetProperty("state").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "awaitingApproval", "awaitingAssignment", "overdue" }, states);
        Assert.All(items, i => Assert.True(i.GetProperty("forChair").GetBoolean()));
        Assert.All(items.Where(i => i.GetProperty("state").GetString() == "awaitingApproval"), i => Assert.True(i.GetProperty("awaitingApproval").GetBoolean()));
        Assert.DoesNotContain(items, i => i.GetProperty("state").GetString() == "inMediation" && !i.GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task Chair_is_alerted_to_a_community_tension_case()
    {
        var inbox = await InboxAsync(DemoUsers.Chair, "en");

        Assert.Contains(inbox.GetProperty("notifications").EnumerateArray(), n => n.GetProperty("template").GetString() == "sensitiveCase");
    }

    [Fact]
    public async Task Mediator_of_another_council_sees_only_that_councils_cases()
    {
        var inbox = await InboxAsync(DemoUsers.OtherMediator);

        Assert.NotEmpty(Items(inbox));
        Assert.All(Items(inbox), i => Assert.StartsWith(DemoUsers.ZerendiCode + "-", i.GetProperty("number").GetString(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(DemoUsers.Analyst)]
    [InlineData(DemoUsers.Admin)]
    [InlineData(DemoUsers.Trainer)]
    public async Task Inbox_of_someone_without_casework_is_empty(string user)
    {
        var inbox = await InboxAsync(user);

        Assert.Empty(Items(inbox));
        Assert.Equal(0, inbox.GetProperty("total").GetInt32());
        Assert.Empty(inbox.GetProperty("notifications").EnumerateArray());
    }

    private async Task<JsonElement> InboxAsync(string user, string? language = null)
    {
        using var client = await factory.ApiClientAsync(user);
        using var response = await client.GetPathAsync("/api/v1/inbox", language);
        return await response.JsonAsync(HttpStatusCode.OK);
    }

    private static List<JsonElement> Items(JsonElement inbox) => [.. inbox.GetProperty("items").EnumerateArray()];
}
