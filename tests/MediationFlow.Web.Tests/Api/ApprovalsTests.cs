using System.Net;
using System.Text.Json;
using MediationFlow.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Web.Tests.Api;

/// <summary>GET /api/v1/approvals: the chair's queue of signed settlement agreements, oldest first.</summary>
public sealed class ApprovalsTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    [Fact]
    public async Task Chair_sees_signed_settlements_awaiting_approval_oldest_first()
    {
        var expected = await factory.QueryAsync(db => db.Cases
            .Where(c => c.Council!.Code == DemoUsers.BurabayCode && c.State == "awaitingApproval")
            .OrderBy(c => c.LastActivityAt).Select(c => c.Id).ToListAsync());

        var approvals = await ApprovalsAsync(DemoUsers.Chair);

        // Another test of this class approves one; either way the queue is what the database holds.
        Assert.NotEmpty(expected);
        Assert.Equal(expected, approvals.Select(a => a.GetProperty("caseId").GetInt64()));
        Assert.All(approvals, a =>
        {
            Assert.Equal("Гүлнар Ахметова", a.GetProperty("mediatorName").GetString());
            Assert.Equal(1, a.GetProperty("obligationCount").GetInt32());
            Assert.Equal(JsonValueKind.String, a.GetProperty("signedAt").ValueKind);
        });
    }

    [Fact]
    public async Task Approved_settlement_leaves_the_queue()
    {
        var before = await ApprovalsAsync(DemoUsers.Chair);
        var first = before[0];
        using var chair = await factory.ApiClientAsync(DemoUsers.Chair);

        using var response = await chair.ActAsync(first.GetProperty("caseId").GetInt64(), "approve", first.GetProperty("version").GetInt32());
        Assert.Equal("monitoring", (await response.JsonAsync(HttpStatusCode.OK)).GetProperty("state").GetString());

        var after = await ApprovalsAsync(DemoUsers.Chair);
        Assert.Equal(before.Skip(1).Select(a => a.GetProperty("caseId").GetInt64()), after.Select(a => a.GetProperty("caseId").GetInt64()));
    }

    [Theory]
    [InlineData(DemoUsers.Mediator)]
    [InlineData(DemoUsers.OtherMediator)]
    [InlineData(DemoUsers.Analyst)]
    [InlineData(DemoUsers.Admin)]
    public async Task Someone_who_chairs_no_council_has_no_approvals(string user)
    {
        Assert.Empty(await ApprovalsAsync(user));
    }

    private async Task<List<JsonElement>> ApprovalsAsync(string user)
    {
        using var client = await factory.ApiClientAsync(user);
        using var response = await client.GetPathAsync("/api/v1/approvals");
        return [.. (await response.JsonAsync(HttpStatusCode.OK)).EnumerateArray()];
    }
}
