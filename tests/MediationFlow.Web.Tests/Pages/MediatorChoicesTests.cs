using System.Net;
using System.Text.RegularExpressions;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Pages;

/// <summary>The case page's mediator select offers what the API lists and the assign action accepts.</summary>
public sealed partial class MediatorChoicesTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    [GeneratedRegex("""<option value="(?<value>[0-9a-f-]{36})"[^>]*>""")]
    private static partial Regex UserOptions();

    [Fact]
    public async Task The_chair_is_offered_the_listed_mediators_and_not_one_who_recused()
    {
        var walk = await CaseWalk.OpenAsync(factory);
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        using var chair = await factory.ApiClientAsync(DemoUsers.Chair);
        var recused = (await factory.UserIdAsync(DemoUsers.Mediator)).ToString();
        await mediator.TakeAsync(walk.CaseId, "acceptForMediation");
        await chair.TakeAsync(walk.CaseId, "assignMediator", new { mediator = recused });
        await mediator.TakeAsync(walk.CaseId, "recuse", new { reason = "Заявитель — мой родственник." });
        using var browser = await factory.PageClientAsync(DemoUsers.Chair);

        using var page = await browser.GetPathAsync($"/Cases/{walk.CaseId}");
        using var listed = await chair.GetPathAsync($"{CaseApi.CaseUrl(walk.CaseId)}/mediators");

        var html = await page.Content.ReadAsStringAsync(TestRequests.Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var offered = UserOptions().Matches(html).Select(m => m.Groups["value"].Value).ToList();
        var expected = (await listed.JsonAsync(HttpStatusCode.OK)).EnumerateArray().Select(m => m.GetProperty("userId").GetString()!).ToList();
        Assert.Equal(expected, offered);
        Assert.DoesNotContain(recused, offered);
    }
}
