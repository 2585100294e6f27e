using System.Net;
using System.Text.Json;
using MediationFlow.Core.Domain;
using MediationFlow.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Web.Tests.Api;

/// <summary>GET /api/v1/cases: filters, keyset paging and bad query values, always limited to the cases the reader may see.</summary>
public sealed class SearchCasesTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    [Fact]
    public async Task Chair_finds_every_case_of_the_council_newest_first_and_none_of_another()
    {
        var burabay = await factory.CouncilIdAsync(DemoUsers.BurabayCode);
        var expected = await factory.QueryAsync(db => db.Cases.Where(c => c.CouncilId == burabay).OrderByDescending(c => c.Id).Select(c => c.Id).ToListAsync());

        var page = await SearchAsync(DemoUsers.Chair, "pageSize=100");

        Assert.True(expected.Count >= 20, "the demo dataset has about twenty Burabay cases");
        Assert.Equal(expected, Ids(page));
        Assert.All(Items(page), hit => Assert.Equal(burabay, hit.GetProperty("councilId").GetInt32()));
        Assert.Equal(JsonValueKind.Null, page.GetProperty("next").ValueKind);
    }

    [Fact]
    public async Task Mediator_does_not_find_a_case_the_chair_registered_and_nobody_was_assigned_to()
    {
        var chair = await factory.UserIdAsync(DemoUsers.Chair);
        var chairs = await factory.QueryAsync(db => db.Cases.Where(c => c.RegisteredById == chair && c.AssignedMediatorId == null).Select(c => c.Id).ToListAsync());

        var page = await SearchAsync(DemoUsers.Mediator, "pageSize=100");

        Assert.NotEmpty(chairs);
        Assert.NotEmpty(Ids(page));
        Assert.Empty(Ids(page).Intersect(chairs));
    }

    [Fact]
    public async Task Number_filter_is_a_case_insensitive_prefix()
    {
        var year = factory.ThisYear;

        var page = await SearchAsync(DemoUsers.Chair, $"number=akm-bur-{year}-001&pageSize=100");

        var numbers = Items(page).Select(h => h.GetProperty("number").GetString()!).ToList();
        Assert.Equal(Enumerable.Range(10, 10).Select(n => $"AKM-BUR-{year}-00{n}").Reverse(), numbers);
    }

    [Fact]
    public async Task Party_name_filter_matches_a_name_prefix_in_any_case_but_only_in_visible_cases()
    {
        // "Айгерим Сәдуақасова" is a party in Burabay and in Zerendi (the demo reuses its disputes).
        var burabay = await factory.CouncilIdAsync(DemoUsers.BurabayCode);
        var expected = await factory.QueryAsync(db => db.Cases
            .Where(c => c.CouncilId == burabay && c.Parties.Any(p => p.FullName == "Айгерим Сәдуақасова"))
            .OrderByDescending(c => c.Id).Select(c => c.Id).ToListAsync());
        var elsewhere = await factory.QueryAsync(db => db.Cases
            .CountAsync(c => c.CouncilId != burabay && c.Parties.Any(p => p.FullName == "Айгерим Сәдуақасова")));

        var page = await SearchAsync(DemoUsers.Chair, "partyName=%D0%B0%D0%B9%D0%B3%D0%B5%D1%80%D0%B8%D0%BC&pageSize=100"); // "айгерим"

        Assert.True(expected.Count > 0 && elsewhere > 0);
        Assert.Equal(expected, Ids(page));
    }

    [Fact]
    public async Task Category_filter_returns_only_that_category()
    {
        var page = await SearchAsync(DemoUsers.Chair, "category=communityTension&pageSize=100");

        var expected = await factory.QueryAsync(db => db.Cases.CountAsync(c => c.Category == DisputeCategory.CommunityTension && c.Council!.Code == DemoUsers.BurabayCode));
        Assert.Equal(expected, Items(page).Count);
        Assert.All(Items(page), hit => Assert.Equal("communityTension", hit.GetProperty("category").GetString()));
    }

    [Fact]
    public async Task State_filter_returns_only_cases_in_that_state()
    {
        var expected = await factory.QueryAsync(db => db.Cases.CountAsync(c => c.State == "awaitingApproval" && c.Council!.Code == DemoUsers.BurabayCode));

        var page = await SearchAsync(DemoUsers.Chair, "state=awaitingApproval");

        Assert.True(expected > 0);
        Assert.Equal(expected, Items(page).Count);
        Assert.All(Items(page), hit => Assert.Equal("awaitingApproval", hit.GetProperty("state").GetString()));
    }

    [Fact]
    public async Task Council_filter_for_another_council_finds_nothing()
    {
        var zerendi = await factory.CouncilIdAsync(DemoUsers.ZerendiCode);

        var page = await SearchAsync(DemoUsers.Chair, $"councilId={zerendi}");

        Assert.Empty(Items(page));
    }

    [Fact]
    public async Task Pages_follow_one_another_through_next_and_after_without_gaps_or_repeats()
    {
        var all = Ids(await SearchAsync(DemoUsers.Chair, "pageSize=100"));
        var walked = new List<long>();
        var query = "pageSize=7";
        for (var pages = 0; pages < 10; pages++)
        {
            var page = await SearchAsync(DemoUsers.Chair, query);
            Assert.InRange(Items(page).Count, 1, 7);
            walked.AddRange(Ids(page));
            if (page.GetProperty("next").ValueKind == JsonValueKind.Null)
            {
                break;
            }

            var next = page.GetProperty("next").GetInt64();
            Assert.Equal(Ids(page)[^1], next);
            query = $"pageSize=7&after={next}";
        }

        Assert.Equal(all, walked);
    }

    [Fact]
    public async Task Analyst_and_administrator_find_no_cases()
    {
        Assert.Empty(Items(await SearchAsync(DemoUsers.Analyst, "pageSize=100")));
        Assert.Empty(Items(await SearchAsync(DemoUsers.Admin, "pageSize=100")));
    }

    [Theory]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("pageSize=-5", "pageSize")]
    [InlineData("pageSize=ten", "pageSize")]
    [InlineData("category=wedding", "category")]
    [InlineData("category=3", "category")]
    [InlineData("after=abc", "after")]
    [InlineData("after=0", "after")]
    [InlineData("councilId=x", "councilId")]
    public async Task Bad_query_value_is_400_naming_the_parameter(string query, string field)
    {
        using var chair = await factory.ApiClientAsync(DemoUsers.Chair);
        using var response = await chair.GetPathAsync($"{CaseApi.Cases}?{query}");

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal([field], problem.Fields);
    }

    private async Task<JsonElement> SearchAsync(string user, string query)
    {
        using var client = await factory.ApiClientAsync(user);
        using var response = await client.GetPathAsync($"{CaseApi.Cases}?{query}");
        return await response.JsonAsync(HttpStatusCode.OK);
    }

    private static List<JsonElement> Items(JsonElement page) => [.. page.GetProperty("items").EnumerateArray()];

    private static List<long> Ids(JsonElement page) => [.. Items(page).Select(h => h.GetProperty("caseId").GetInt64())];
}
